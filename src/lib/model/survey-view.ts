/**
 * The "survey" view of closure loss: the opportunity losses PPC survey respondents of the user's employee band
 * reported (data/survey-ppc-2022.json, 百万円 → yen; 機会損失額＝売上, i.e. SALES lost, not gross profit),
 * resampled, shown beside the modelled sales lost while closed (also on the revenue basis, risk.ts) so a user
 * compares like with like. `impliedMonthlySales` puts the band on a per-month scale: the band's mean reported loss
 * ÷ the mean closure length of self-built sites (data/risk-model.json closure-months) — the sales a month of
 * closure cost the surveyed firms of this band. The survey gives no EC revenue per firm; this is the only way to
 * tell whether a merchant is larger or smaller than the firms whose losses are shown.
 */
import type { DataSet } from '../data/files';
import type { Rng } from './rng';
import { toBase } from './units';

export interface SurveyView {
	/** the survey reports sales (売上) lost */
	basis: 'revenue';
	band: string;
	/** how many firms of this band reported a loss */
	n: number;
	/** the reported values, in yen, ascending */
	reported: number[];
	/** the median of the reported values (table median) */
	tableMedian: number;
	/** percentiles of a bootstrap resample of the reported values */
	sampled: { p10: number; p50: number; p90: number; mean: number };
	/** mean of the reported values (exact, not resampled) */
	reportedMean: number;
	/** the band's mean reported loss ÷ the mean closure months of self-built sites (yen a month; 0 if not given) */
	impliedMonthlySales: number;
}

/** The p-quantile of an ascending array (nearest rank). */
export function percentileOfSorted(sorted: Float64Array | number[], p: number): number {
	if (sorted.length === 0) return 0;
	const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
	return sorted[idx]!;
}

export function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function surveyView(
	data: DataSet,
	band: string,
	rng: Rng,
	n: number,
	closureMonthsMean = 0
): SurveyView | null {
	const table = data['survey-ppc-2022.json'].opportunityLoss.byEmployeeBand;
	const entry = table.bands.find((b) => b.id === band);
	const values = entry?.losses.values;
	if (!entry || !values || values.length === 0) return null;
	const reported = values.map((v) => toBase(v, entry.losses.unit)).sort((a, b) => a - b);
	const draws = new Float64Array(n);
	let total = 0;
	for (let i = 0; i < n; i++) {
		draws[i] = reported[Math.floor(rng.next() * reported.length)]!;
		total += draws[i]!;
	}
	draws.sort();
	const reportedMean = reported.reduce((a, b) => a + b, 0) / reported.length;
	return {
		basis: 'revenue',
		band,
		n: reported.length,
		reported,
		tableMedian: median(reported),
		sampled: {
			p10: percentileOfSorted(draws, 0.1),
			p50: percentileOfSorted(draws, 0.5),
			p90: percentileOfSorted(draws, 0.9),
			mean: total / n
		},
		reportedMean,
		impliedMonthlySales: closureMonthsMean > 0 ? reportedMean / closureMonthsMean : 0
	};
}
