import { describe, expect, it } from 'vitest';
import { exp, log, pow } from './detmath';
import { createRng } from './rng';

const ulpDiff = (a: number, b: number) => {
	const v = new DataView(new ArrayBuffer(16));
	v.setFloat64(0, a);
	v.setFloat64(8, b);
	return Number(v.getBigInt64(0) - v.getBigInt64(8));
};

describe('deterministic exp and log', () => {
	it('agree with the engine’s Math.exp / Math.log within one unit in the last place', () => {
		const rng = createRng(123);
		let worstExp = 0;
		let worstLog = 0;
		let same = 0;
		const n = 100_000;
		for (let i = 0; i < n; i++) {
			const x = (rng.next() - 0.5) * 1400;
			const de = Math.abs(ulpDiff(exp(x), Math.exp(x)));
			worstExp = Math.max(worstExp, de);
			const y = Math.exp((rng.next() - 0.5) * 1400);
			const dl = Math.abs(ulpDiff(log(y), Math.log(y)));
			worstLog = Math.max(worstLog, dl);
			if (de === 0 && dl === 0) same++;
		}
		expect(worstExp).toBeLessThanOrEqual(1);
		expect(worstLog).toBeLessThanOrEqual(1);
		expect(same / n).toBeGreaterThan(0.99);
	});

	it('handle the special values', () => {
		expect(exp(0)).toBe(1);
		expect(exp(1000)).toBe(Infinity);
		expect(exp(-1000)).toBe(0);
		expect(Number.isNaN(exp(NaN))).toBe(true);
		expect(log(1)).toBe(0);
		expect(log(0)).toBe(-Infinity);
		expect(Number.isNaN(log(-1))).toBe(true);
		expect(log(5e-324)).toBeCloseTo(Math.log(5e-324), 10);
		expect(log(Math.E)).toBeCloseTo(1, 15);
		expect(pow(2, 10)).toBeCloseTo(1024, 10);
		expect(pow(7, 0)).toBe(1);
	});
});
