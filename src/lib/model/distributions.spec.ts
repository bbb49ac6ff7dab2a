import { describe, expect, it } from 'vitest';
import { lognormal, lognormalMass, mean, normalCdf, normalQuantile, pert, sample } from './distributions';
import { createRng } from './rng';
import { compile, quantileOf } from './sampler';

const simulatedMean = (draw: () => number, n = 200_000) => {
	let s = 0;
	for (let i = 0; i < n; i++) s += draw();
	return s / n;
};

describe('distributions', () => {
	it('PERT: exact mean (low + 4·mode + high) / 6, matched by both samplers', () => {
		const d = pert(1, 6, 18);
		expect(mean(d)).toBeCloseTo((1 + 24 + 18) / 6, 12);
		const rng = createRng(1);
		expect(simulatedMean(() => sample(d, rng))).toBeCloseTo(mean(d), 1);
		const fast = compile(d);
		expect(simulatedMean(() => fast(rng)) / mean(d)).toBeCloseTo(1, 2);
	});

	it('PERT quantile table stays inside [low, high] and is increasing', () => {
		const d = pert(0.23, 6.84, 24);
		let prev = -Infinity;
		for (const p of [0, 0.01, 0.1, 0.5, 0.9, 0.99, 1]) {
			const q = quantileOf(d, p);
			expect(q).toBeGreaterThanOrEqual(0.23 - 1e-9);
			expect(q).toBeLessThanOrEqual(24 + 1e-9);
			expect(q).toBeGreaterThanOrEqual(prev);
			prev = q;
		}
	});

	it('lognormal: mean median·e^(σ²/2), sampled and exact agree; quantiles invert the CDF', () => {
		const d = lognormal(100, 0.8);
		expect(mean(d)).toBeCloseTo(100 * Math.exp(0.32), 10);
		const rng = createRng(3);
		expect(simulatedMean(() => sample(d, rng)) / mean(d)).toBeCloseTo(1, 2);
		expect(quantileOf(d, 0.5)).toBeCloseTo(100, 6);
		for (const p of [0.001, 0.05, 0.5, 0.95, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 6);
		expect(lognormalMass(d, 0, Infinity)).toBeCloseTo(1, 6);
	});
});
