import { describe, expect, it } from 'vitest';
import { normalCdf } from './distributions';
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

	it('normals follow the normal CDF, tails included (ziggurat layers and the tail beyond 3.44)', () => {
		const r = createRng(2024);
		const n = 1_000_000;
		const points = [-4, -3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 3.5, 4];
		const below = new Array<number>(points.length).fill(0);
		for (let i = 0; i < n; i++) {
			const z = r.normal();
			for (let j = 0; j < points.length; j++) if (z < points[j]!) below[j]!++;
		}
		points.forEach((x, j) => {
			const p = normalCdf(x);
			const se = Math.sqrt((p * (1 - p)) / n);
			expect(Math.abs(below[j]! / n - p)).toBeLessThan(5 * se + 1e-6);
		});
	});
});
