/**
 * Distributions used by the breach model, each with a sampler (float64, seeded Rng) and an exact mean, so the
 * expected loss can be computed analytically and checked against the simulation.
 *
 * - Lognormal(median, sigma): median in the quantity's unit, sigma the log-space standard deviation.
 * - PERT(low, mode, high): the modified-PERT Beta with shape 4 (riskquant, pyfair), mean (low + 4·mode + high) / 6.
 * - Bernoulli(p): p in [0, 1].
 */
import { exp, log, pow } from './detmath';
import type { Rng } from './rng';

export interface Lognormal {
	kind: 'lognormal';
	median: number;
	sigma: number;
}

export interface Pert {
	kind: 'pert';
	low: number;
	mode: number;
	high: number;
}

export type Distribution = Lognormal | Pert | { kind: 'constant'; value: number };

export const lognormal = (median: number, sigma: number): Lognormal => ({ kind: 'lognormal', median, sigma });
export const pert = (low: number, mode: number, high: number): Pert => ({ kind: 'pert', low, mode, high });
export const constant = (value: number): Distribution => ({ kind: 'constant', value });

export function mean(d: Distribution): number {
	switch (d.kind) {
		case 'lognormal':
			return d.median * exp((d.sigma * d.sigma) / 2);
		case 'pert':
			return (d.low + 4 * d.mode + d.high) / 6;
		case 'constant':
			return d.value;
	}
}

/** Gamma(shape ≥ 1, scale 1) by Marsaglia–Tsang. */
function gamma(rng: Rng, shape: number): number {
	if (shape < 1) return gamma(rng, shape + 1) * pow(rng.next() || Number.MIN_VALUE, 1 / shape);
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		let x: number, v: number;
		do {
			x = rng.normal();
			v = 1 + c * x;
		} while (v <= 0);
		v = v * v * v;
		const u = rng.next();
		if (u < 1 - 0.0331 * x * x * x * x) return d * v;
		if (log(u) < 0.5 * x * x + d * (1 - v + log(v))) return d * v;
	}
}

export function sample(d: Distribution, rng: Rng): number {
	switch (d.kind) {
		case 'lognormal':
			return d.median * exp(d.sigma * rng.normal());
		case 'pert': {
			const range = d.high - d.low;
			if (range <= 0) return d.low;
			const alpha = 1 + (4 * (d.mode - d.low)) / range;
			const beta = 1 + (4 * (d.high - d.mode)) / range;
			const x = gamma(rng, alpha);
			const y = gamma(rng, beta);
			return d.low + (range * x) / (x + y);
		}
		case 'constant':
			return d.value;
	}
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 via erf; |error| < 1.5e-7). */
export function normalCdf(z: number): number {
	const t = 1 / (1 + (0.3275911 * Math.abs(z)) / Math.SQRT2);
	const poly =
		t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
	const erf = 1 - poly * exp(-(z * z) / 2);
	return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** P(a ≤ X ≤ b) for a lognormal. */
export function lognormalMass(d: Lognormal, a: number, b: number): number {
	const z = (x: number) => (x <= 0 ? -Infinity : log(x / d.median) / d.sigma);
	return normalCdf(z(b)) - normalCdf(z(a));
}

/** Inverse standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
	const a = [
		-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
		2.506628277459239
	];
	const b = [
		-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572
	];
	const c = [
		-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
		2.938163982698783
	];
	const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
	const lowP = 0.02425;
	if (p <= 0) return -Infinity;
	if (p >= 1) return Infinity;
	if (p < lowP) {
		const q = Math.sqrt(-2 * log(p));
		return (
			(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
			((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
		);
	}
	if (p > 1 - lowP) return -normalQuantile(1 - p);
	const q = p - 0.5;
	const r = q * q;
	return (
		((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
		(((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
	);
}
