import { describe, expect, it } from 'vitest';
import {
	aggregate,
	exceedance,
	poissonWeights,
	probabilityAny,
	probabilityAnyOf,
	quantile
} from './compound';
import { createRng } from './rng';

function poissonDraw(rng: ReturnType<typeof createRng>, lambda: number): number {
	let k = 0;
	let p = Math.exp(-lambda);
	let s = p;
	const u = rng.next();
	while (u > s) {
		k++;
		p *= lambda / k;
		s += p;
	}
	return k;
}

describe('compound Poisson aggregation', () => {
	it('weights are the Poisson probabilities and sum to 1', () => {
		const w = poissonWeights(Float64Array.of(0.3));
		expect(w[0]).toBeCloseTo(Math.exp(-0.3), 12);
		expect(w[2]).toBeCloseTo((Math.exp(-0.3) * 0.09) / 2, 12);
		expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 11);
	});

	it('matches a brute-force simulation of years, including years with several incidents', () => {
		const rng = createRng(11);
		const n = 20_000;
		const sev = new Float64Array(n);
		for (let i = 0; i < n; i++) sev[i] = Math.exp(rng.normal() + 10);
		const lambda = 0.8;
		const agg = aggregate(sev, poissonWeights(Float64Array.of(lambda)), rng);
		const years = 200_000;
		const losses = new Float64Array(years);
		for (let y = 0; y < years; y++) {
			const k = poissonDraw(rng, lambda);
			let total = 0;
			for (let j = 0; j < k; j++) total += sev[Math.floor(rng.next() * n)]!;
			losses[y] = total;
		}
		losses.sort();
		for (const p of [0.5, 0.9, 0.99]) {
			const brute = losses[Math.floor(p * years)]!;
			expect(quantile(agg, p) / brute).toBeGreaterThan(0.95);
			expect(quantile(agg, p) / brute).toBeLessThan(1.05);
		}
		expect(probabilityAny(agg)).toBeCloseTo(1 - Math.exp(-lambda), 10);
		const x = losses[Math.floor(0.95 * years)]!;
		expect(exceedance(agg, x)).toBeCloseTo(0.05, 2);
	});

	it('gives a rare-event tail an order of magnitude above "rate × one loss" would suggest at P99.9', () => {
		const rng = createRng(5);
		const sev = new Float64Array(10_000).map(() => Math.exp(rng.normal() * 0.5 + 16));
		const agg = aggregate(sev, poissonWeights(Float64Array.of(0.002)), rng);
		// With λ = 0.2%, P(one year has an incident) ≈ 0.2% > 0.1%, so the P99.9 year is a real loss, not 0 …
		expect(quantile(agg, 0.999)).toBeGreaterThan(1e6);
		// … while a point estimate λ × mean loss is tiny by comparison.
		const meanLoss = sev.reduce((a, b) => a + b, 0) / sev.length;
		expect(quantile(agg, 0.999)).toBeGreaterThan(10 * 0.002 * meanLoss);
		expect(quantile(agg, 0.5)).toBe(0);
	});

	it('P(≥ 1 incident) from the rate draws alone is the aggregate’s, to the bit (the core uses it)', () => {
		const rng = createRng(11);
		const rates = new Float64Array(1000).map(() => rng.next() * 0.02);
		rates[3] = 0;
		for (const scale of [1, 5]) {
			const agg = aggregate(Float64Array.of(1, 2, 3), poissonWeights(rates, scale), rng, false);
			expect(probabilityAnyOf(rates, scale)).toBe(probabilityAny(agg));
		}
	});
});
