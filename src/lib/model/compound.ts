/**
 * Aggregate loss over a period from a Poisson count of incidents and the conditional severity distribution,
 * without simulating mostly-empty years. For a rate λ (itself uncertain: a set of draws), the count weights are
 * w_k = mean over draws of e^(−λ) λ^k / k!. The loss of k incidents, S_k, is the sum of k severities; S_1 is the
 * sampled severity, S_k (k ≥ 2) sums k severities resampled at random. Then
 *   P(L > x) = Σ_{k≥1} w_k · P(S_k > x),   and a percentile p solves P(L ≤ x) = p.
 * k runs until the remaining weight is below 1e-12, so a year with two or more incidents is counted exactly as
 * often as the Poisson law says — never "rate × one loss".
 */
import { exp, log } from './detmath';
import type { Rng } from './rng';

export interface Aggregate {
	/** w_0 … w_K */
	weights: number[];
	/** sums of k severities, index k − 1 (ascending when `sorted`) */
	sums: Float64Array[];
	sorted: boolean;
}

const TAIL = 1e-12;
const MAX_K = 60;
/** Sums of two or more incidents carry little weight; this many resamples describe them well enough. */
const MULTI_SAMPLES = 2048;

export function poissonWeights(rates: Float64Array, scale = 1): number[] {
	const weights: number[] = [];
	let cumulative = 0;
	let logFact = 0;
	for (let k = 0; k <= MAX_K; k++) {
		if (k >= 2) logFact += log(k);
		let w = 0;
		for (let g = 0; g < rates.length; g++) {
			const l = rates[g]! * scale;
			// e^(−λ) λ^k / k! in log space
			w += l === 0 ? (k === 0 ? 1 : 0) : exp(-l + k * log(l) - logFact);
		}
		w /= rates.length;
		weights.push(w);
		cumulative += w;
		if (1 - cumulative < TAIL && k >= 1) break;
	}
	return weights;
}

/**
 * The aggregate for a severity sample. With `sorted: false` the arrays stay in draw order: enough for one
 * exceedance probability (a linear count), without the cost of sorting.
 */
export function aggregate(severity: Float64Array, weights: number[], rng: Rng, sorted = true): Aggregate {
	const n = severity.length;
	const sums: Float64Array[] = [];
	for (let k = 1; k < weights.length; k++) {
		const m = k === 1 ? n : Math.min(n, MULTI_SAMPLES);
		const s = new Float64Array(m);
		if (k === 1) s.set(severity);
		else {
			for (let i = 0; i < m; i++) {
				let total = 0;
				for (let j = 0; j < k; j++) total += severity[Math.floor(rng.next() * n)]!;
				s[i] = total;
			}
		}
		if (sorted) s.sort();
		sums.push(s);
	}
	return { weights, sums, sorted };
}

/** Share of an array strictly above x, by a linear count. */
function countAbove(values: Float64Array, x: number): number {
	let c = 0;
	for (let i = 0; i < values.length; i++) if (values[i]! > x) c++;
	return c / values.length;
}

/** Share of a sorted array strictly above x. */
function above(sorted: Float64Array, x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! <= x) lo = mid + 1;
		else hi = mid;
	}
	return (sorted.length - lo) / sorted.length;
}

export function exceedance(a: Aggregate, x: number): number {
	if (x < 0) return 1;
	let p = 0;
	const share = a.sorted ? above : countAbove;
	for (let k = 1; k < a.weights.length; k++) p += a.weights[k]! * share(a.sums[k - 1]!, x);
	return p;
}

/** The p-quantile of the aggregate loss (0 when no incident is at least that likely). */
export function quantile(a: Aggregate, p: number): number {
	if (!a.sorted) throw new Error('quantile needs a sorted aggregate');
	if (1 - a.weights[0]! <= 1 - p) return 0;
	let lo = 0;
	let hi = Math.max(...a.sums.map((s) => s[s.length - 1] ?? 0));
	for (let i = 0; i < 80; i++) {
		const mid = (lo + hi) / 2;
		if (exceedance(a, mid) > 1 - p) lo = mid;
		else hi = mid;
	}
	return hi;
}

/** P(at least one incident). */
export function probabilityAny(a: Aggregate): number {
	return 1 - a.weights[0]!;
}

/**
 * P(at least one incident) straight from the rate draws, 1 − mean e^(−λ·scale): the same number as
 * `probabilityAny(aggregate(…, poissonWeights(rates, scale)))` (its w_0, computed the same way), without the
 * rest of the Poisson weights. The expected-value core uses it.
 */
export function probabilityAnyOf(rates: Float64Array, scale = 1): number {
	let w = 0;
	for (let g = 0; g < rates.length; g++) {
		const l = rates[g]! * scale;
		w += l === 0 ? 1 : exp(-l);
	}
	return 1 - w / rates.length;
}
