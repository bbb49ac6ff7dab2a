import { describe, expect, it } from 'vitest';
import { createRng } from './rng';

describe('seeded generator', () => {
	it('gives the same stream for the same seed and a different one for another seed', () => {
		const a = createRng(42);
		const b = createRng(42);
		const c = createRng(43);
		const xs = Array.from({ length: 5 }, () => a.next());
		expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
		expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
	});

	it('is uniform on [0, 1) and its normals have mean 0 and variance 1', () => {
		const r = createRng(7);
		let sum = 0;
		let min = 1;
		let max = 0;
		for (let i = 0; i < 100_000; i++) {
			const u = r.next();
			sum += u;
			min = Math.min(min, u);
			max = Math.max(max, u);
		}
		expect(min).toBeGreaterThanOrEqual(0);
		expect(max).toBeLessThan(1);
		expect(sum / 100_000).toBeCloseTo(0.5, 2);
		let s1 = 0;
		let s2 = 0;
		for (let i = 0; i < 100_000; i++) {
			const z = r.normal();
			s1 += z;
			s2 += z * z;
		}
		expect(s1 / 100_000).toBeCloseTo(0, 1);
		expect(s2 / 100_000).toBeCloseTo(1, 1);
	});
});
