/**
 * Breach risk of one site form: expected loss (exact, checked against the simulation), loss per incident by
 * item, percentiles of annual and horizon loss, the chance a year's loss exceeds that year's EC gross profit,
 * loss-exceedance curves, and the survey view of closure loss. Yen, float64. Severity draws are made once; the
 * loss in year y is fixed + months × monthly gross profit of year y.
 */
import { PLATFORM_FORMS, type SiteForm } from '../data/forms';
import { aggregate, exceedance, poissonWeights, probabilityAny, quantile, type Aggregate } from './compound';
import { mean } from './distributions';
import type { Frequency } from './frequency';
import { need, type RiskParams } from './params';
import type { Rng } from './rng';
import { quantileOf } from './sampler';
import type { Scenario } from './scenario';
import {
	expectedItems,
	formSeverity,
	MONTH_ITEMS,
	YEN_ITEMS,
	type BaseDraws,
	type IncidentBase,
	type SeverityContext,
	type SeverityItem
} from './severity';
import { percentileOfSorted, type SurveyView } from './survey-view';
import type { FormCost } from './tco';

export const PERCENTILES = [0.5, 0.9, 0.95, 0.99, 0.999] as const;

export interface Percentiles {
	p50: number;
	p90: number;
	p95: number;
	p99: number;
	p999: number;
}

export interface LecPoint {
	loss: number;
	probability: number;
}

export interface FormRisk {
	/** P(at least one incident) in a year and over the horizon */
	probabilityOfIncident: { annual: number; horizon: number };
	perIncident: {
		/** expected loss per incident by item, year-1 yen (month items × year-1 monthly gross profit) */
		items: Record<SeverityItem, number>;
		/** exact expected loss per incident, year-1 yen, before insurance */
		expectedGross: number;
		/** simulated mean insurance recovery per incident (≤ 0) */
		insuranceRecovery: number;
		expected: number;
		/** percentiles of the loss of one incident, year-1 yen */
		percentiles: Percentiles;
	};
	expectedAnnualLoss: {
		/** E[λ] × E[loss per incident] for each year (exact, insurance recovery simulated) */
		byYear: number[];
		/** the same from the simulation, year 1, and its standard error */
		simulatedYear1: number;
		standardErrorYear1: number;
		relativeStandardError: number;
		method: 'analytic' | 'analytic-with-simulated-insurance';
	};
	/** every year: expected loss and the chance the year's loss exceeds the year's EC gross profit */
	annual: { year: number; expected: number; probabilityLossExceedsGrossProfit: number }[];
	/** percentiles of year 1's loss */
	year1: Percentiles;
	horizon: Percentiles & { expected: number; expectedDiscounted: number };
	lec: { year1: LecPoint[]; horizon: LecPoint[] };
	closure: {
		/** modelled loss while closed, given a closure, year-1 yen */
		modelled: { p10: number; p50: number; p90: number; mean: number };
		survey: SurveyView | null;
	};
}

function percentiles(a: Aggregate): Percentiles {
	const [p50, p90, p95, p99, p999] = PERCENTILES.map((p) => quantile(a, p)) as [
		number,
		number,
		number,
		number,
		number
	];
	return { p50, p90, p95, p99, p999 };
}

/** Loss levels for the curves: 1, 2, 3, 5, 7 × 10^k yen from 10万円 up — exact integers, readable on a slide. */
function lossGrid(top: number): number[] {
	const grid: number[] = [];
	for (let scale = 100_000; scale <= 1e15; scale *= 10) {
		for (const m of [1, 2, 3, 5, 7]) {
			grid.push(m * scale);
			if (m * scale > top) return grid;
		}
	}
	return grid;
}

function lec(a: Aggregate): LecPoint[] {
	const top = Math.max(...a.sums.map((s) => s[s.length - 1] ?? 0));
	return lossGrid(top).map((loss) => ({ loss, probability: exceedance(a, loss) }));
}

/** The incident population of the scenario's business (year-1 volumes). */
export function incidentBase(s: Scenario): IncidentBase {
	const b = s.business;
	const orders = b.annualRevenue / b.averageOrderValue;
	return {
		recordsHeld: b.customerRecords,
		cardShare: b.cardShare / 100,
		cardOrdersPerMonth: (orders * (b.cardShare / 100)) / 12,
		keptWhileClosed: b.salesKeptWhileClosed / 100
	};
}

export function severityContext(s: Scenario, form: SiteForm): SeverityContext {
	const insured = s.forms[form].security;
	return {
		...incidentBase(s),
		cardsStored: !PLATFORM_FORMS.includes(form) && s.posture.paymentIntegration === 'stored',
		platformForm: PLATFORM_FORMS.includes(form),
		insurance:
			insured.insuranceAnnual > 0 && insured.insuranceLimit > 0
				? { limit: insured.insuranceLimit, deductible: insured.insuranceDeductible }
				: null
	};
}

/** Loss while closed, given a closure: the PERT of closure months × monthly gross profit kept from (1 − kept). */
function closureLoss(
	params: RiskParams,
	ctx: SeverityContext,
	gp1: number,
	survey: SurveyView | null
): FormRisk['closure'] {
	const months = need(params, 'closure-months');
	const scale = gp1 * (1 - ctx.keptWhileClosed);
	return {
		modelled: {
			p10: quantileOf(months, 0.1) * scale,
			p50: quantileOf(months, 0.5) * scale,
			p90: quantileOf(months, 0.9) * scale,
			mean: mean(months) * scale
		},
		survey
	};
}

export function breachRisk(
	params: RiskParams,
	s: Scenario,
	form: SiteForm,
	cost: FormCost,
	freq: Frequency,
	rates: Float64Array,
	rng: Rng,
	base: BaseDraws,
	survey: SurveyView | null
): FormRisk {
	const n = base.n;
	const ctx = severityContext(s, form);
	const draws = formSeverity(base, ctx, params);
	const monthlyGp = cost.years.map((y) => y.grossProfit / 12);
	const gp1 = monthlyGp[0]!;

	// Exact means per item; insurance recovery (a capped function) from the simulation.
	const exact = expectedItems(ctx, params);
	let recovery = 0;
	for (let i = 0; i < n; i++) recovery += draws.items.insuranceRecovery[i]!;
	recovery /= n;
	const yenMean = YEN_ITEMS.reduce((a, k) => a + exact[k], 0);
	const monthMean = MONTH_ITEMS.reduce((a, k) => a + exact[k], 0);
	const items = Object.fromEntries([
		...YEN_ITEMS.map((k) => [k, k === 'insuranceRecovery' ? recovery : exact[k]]),
		...MONTH_ITEMS.map((k) => [k, exact[k] * gp1])
	]) as Record<SeverityItem, number>;
	const perIncidentByYear = monthlyGp.map((g) => yenMean + recovery + monthMean * g);

	// Year by year: expected loss and the exceedance of the year's gross profit (a linear count, no sort); full
	// percentiles and the loss-exceedance curve for year 1 and for the horizon.
	const weights = poissonWeights(rates);
	const year = new Float64Array(n);
	let sim = 0;
	let sim2 = 0;
	for (let i = 0; i < n; i++) {
		const v = draws.fixed[i]! + draws.months[i]! * gp1;
		sim += v;
		sim2 += v * v;
	}
	const yearLoss = (g: number) => {
		for (let i = 0; i < n; i++) year[i] = draws.fixed[i]! + draws.months[i]! * g;
		return year;
	};
	const annual = monthlyGp.map((g, yi) => {
		const sortedNeeded = yi === 0;
		const agg = aggregate(yearLoss(g), weights, rng, sortedNeeded);
		return {
			year: yi + 1,
			agg: sortedNeeded ? agg : null,
			probabilityLossExceedsGrossProfit: exceedance(agg, g * 12)
		};
	});
	const meanSev = sim / n;
	const sdSev = Math.sqrt(Math.max(0, sim2 / n - meanSev * meanSev));

	// Horizon: Poisson(H·λ) incidents, each in a uniformly drawn year, discounted.
	const H = s.horizonYears;
	const hSeverity = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const yi = Math.floor(rng.next() * H);
		hSeverity[i] = (draws.fixed[i]! + draws.months[i]! * monthlyGp[yi]!) * cost.years[yi]!.discountFactor;
	}
	const hAgg = aggregate(hSeverity, poissonWeights(rates, H), rng);
	const byYear = perIncidentByYear.map((x) => x * freq.rateMean);

	const y1 = annual[0]!.agg!;
	const sev1 = y1.sums[0]!;

	return {
		probabilityOfIncident: { annual: probabilityAny(y1), horizon: probabilityAny(hAgg) },
		perIncident: {
			items,
			expectedGross: yenMean + monthMean * gp1,
			insuranceRecovery: recovery,
			expected: perIncidentByYear[0]!,
			percentiles: {
				p50: percentileOfSorted(sev1, 0.5),
				p90: percentileOfSorted(sev1, 0.9),
				p95: percentileOfSorted(sev1, 0.95),
				p99: percentileOfSorted(sev1, 0.99),
				p999: percentileOfSorted(sev1, 0.999)
			}
		},
		expectedAnnualLoss: {
			byYear,
			simulatedYear1: meanSev * freq.rateMean,
			standardErrorYear1: (sdSev / Math.sqrt(n)) * freq.rateMean,
			relativeStandardError: meanSev > 0 ? sdSev / Math.sqrt(n) / meanSev : 0,
			method: ctx.insurance ? 'analytic-with-simulated-insurance' : 'analytic'
		},
		annual: annual.map(({ year: y, probabilityLossExceedsGrossProfit }, i) => ({
			year: y,
			expected: byYear[i]!,
			probabilityLossExceedsGrossProfit
		})),
		year1: percentiles(y1),
		horizon: {
			...percentiles(hAgg),
			expected: byYear.reduce((a, b) => a + b, 0),
			expectedDiscounted: byYear.reduce((a, b, i) => a + b * cost.years[i]!.discountFactor, 0)
		},
		lec: { year1: lec(y1), horizon: lec(hAgg) },
		closure: closureLoss(params, ctx, gp1, survey)
	};
}
