/**
 * Breach risk of one site form: expected loss (exact, checked against the simulation), loss per incident by
 * item, percentiles of annual and horizon loss, the chance a year's loss exceeds that year's EC gross profit,
 * loss-exceedance curves, and the survey view of closure loss. Yen, float64. Severity draws are made once; the
 * loss in year y is fixed + months of EC sales lost × monthly EC gross profit of year y (lost sales valued at the
 * gross margin). Insurance recovery, a capped function, is the simulated share of the covered items a claim pays
 * × their exact mean, so it never exceeds them and the expected loss per incident is never negative.
 * The survey view compares like with like: the modelled sales lost while closed (revenue basis) beside the sales
 * the PPC survey's respondents of the same employee band reported (機会損失額＝売上).
 */
import { PLATFORM_FORMS, type SiteForm } from '../data/forms';
import {
	aggregate,
	exceedance,
	poissonWeights,
	probabilityAnyOf,
	quantile,
	type Aggregate
} from './compound';
import { mean } from './distributions';
import type { Frequency } from './frequency';
import { insuranceInForce } from './insurance';
import { need, type RiskParams } from './params';
import type { Rng } from './rng';
import { quantileOf } from './sampler';
import { coverageOf, type Scenario } from './scenario';
import {
	ALL_MET,
	COVERED_ITEMS,
	expectedItems,
	formProfile,
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

/** A form's whole risk: the exact part (ExpectedRisk, from the core) with what the Monte Carlo layer adds. */
export interface FormRisk {
	probabilityOfIncident: ExpectedRisk['probabilityOfIncident'];
	perIncident: ExpectedRisk['perIncident'] & {
		/** percentiles of the loss of one incident, year-1 yen */
		percentiles: Percentiles;
	};
	expectedAnnualLoss: ExpectedRisk['expectedAnnualLoss'] & {
		/** the same from the simulation, year 1, and its standard error */
		simulatedYear1: number;
		standardErrorYear1: number;
		relativeStandardError: number;
	};
	/** every year: expected loss and the chance the year's loss exceeds the year's EC gross profit */
	annual: { year: number; expected: number; probabilityLossExceedsGrossProfit: number }[];
	/** percentiles of year 1's loss */
	year1: Percentiles;
	horizon: Percentiles & ExpectedRisk['horizon'];
	lec: { year1: LecPoint[]; horizon: LecPoint[] };
	closure: ClosureView;
}

/**
 * Sales lost while the site is closed, given a closure, year-1 yen. `modelled` is on the revenue basis (months ×
 * monthly EC sales × (1 − share kept)), the basis of the survey's 機会損失額; `modelledGrossProfit` is the same at
 * the gross margin, as the expected loss counts it.
 */
export interface ClosureView {
	basis: 'revenue';
	modelled: { p10: number; p50: number; p90: number; mean: number };
	modelledGrossProfit: { mean: number };
	/** P(closure | incident) for this form */
	probability: number;
	survey: SurveyView | null;
	/**
	 * Scale: the band's respondents lost on average `bandMonthlySales` of sales per month closed (their mean
	 * reported loss ÷ the mean closure length of self-built sites); this merchant loses `merchantMonthlySales` a
	 * month closed. `ratio` = merchant ÷ band: how much larger (or smaller) this EC business is than the surveyed
	 * firms of its band, which explains most of a gap between `modelled` and the survey.
	 */
	scale: { merchantMonthlySales: number; bandMonthlySales: number; ratio: number } | null;
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

/**
 * The severity context of a form. The loss-side requirements (build-10, 11, 12) count for self-run forms only
 * (on SaaS and malls the platform keeps and protects the logs); `freq` gives the platform-wide share of a
 * tenant's incidents (without it, none are taken as platform-wide).
 */
export function severityContext(s: Scenario, form: SiteForm, freq?: Frequency): SeverityContext {
	const platformForm = PLATFORM_FORMS.includes(form);
	const c = (id: string) => coverageOf(s.posture.checklist, id);
	return {
		...incidentBase(s),
		cardsStored: !platformForm && s.posture.paymentIntegration === 'stored',
		platformForm,
		lossSide: platformForm
			? ALL_MET
			: { safeguards: c('build-10'), logs: c('build-11'), logProtection: c('build-12') },
		platformWideShare: platformForm && freq && freq.rateMean > 0 ? freq.platformRateMean / freq.rateMean : 0,
		insurance: insuranceInForce(s)
	};
}

/** Sales lost while closed, given a closure: the form's closure months × monthly EC sales × (1 − kept). */
function closureView(
	params: RiskParams,
	ctx: SeverityContext,
	monthlySales: number,
	margin: number,
	survey: SurveyView | null
): ClosureView {
	const profile = formProfile(ctx, params);
	const months = need(params, profile.closureMonthsId);
	const scale = monthlySales * (1 - ctx.keptWhileClosed);
	const m = mean(months) * scale;
	return {
		basis: 'revenue',
		modelled: {
			p10: quantileOf(months, 0.1) * scale,
			p50: quantileOf(months, 0.5) * scale,
			p90: quantileOf(months, 0.9) * scale,
			mean: m
		},
		modelledGrossProfit: { mean: m * margin },
		probability: profile.closureShare,
		survey,
		scale:
			survey && survey.impliedMonthlySales > 0
				? {
						merchantMonthlySales: scale,
						bandMonthlySales: survey.impliedMonthlySales,
						ratio: scale / survey.impliedMonthlySales
					}
				: null
	};
}

/**
 * The exact part of a form's risk (the expected-value core): E[λ], the exact item means, the insurance recovery
 * as `recoveryShare` × the exact covered mean, the expected loss by year, and P(≥ 1 incident) from the rate draws
 * (1 − mean e^(−λ), no severity needed). No severity draws are read: cheap enough to re-run for every what-if.
 */
export interface ExpectedRisk {
	/** P(at least one incident) in a year and over the horizon */
	probabilityOfIncident: { annual: number; horizon: number };
	perIncident: {
		/** expected loss per incident by item, year-1 yen (month items × year-1 monthly gross profit) */
		items: Record<SeverityItem, number>;
		/** exact expected loss per incident, year-1 yen, before insurance */
		expectedGross: number;
		/** expected insurance recovery per incident (≤ 0): simulated share recovered × exact mean of the covered items */
		insuranceRecovery: number;
		/** expected loss per incident, year-1 yen, net of insurance (never negative) */
		expected: number;
	};
	expectedAnnualLoss: {
		/** E[λ] × E[loss per incident] for each year (exact; the insurance share recovered is simulated) */
		byYear: number[];
		method: 'analytic' | 'analytic-with-simulated-insurance';
	};
	horizon: { expected: number; expectedDiscounted: number };
	/** the closure view without the survey (that resample belongs to the distribution layer) */
	closure: Omit<ClosureView, 'survey' | 'scale'>;
	/** Σ recovered ÷ Σ covered over the shared base draws (0 without insurance) */
	recoveryShare: number;
}

/** What the Monte Carlo layer adds to a form's risk: percentiles, curves, exceedance of gross profit, the check. */
export interface RiskDistribution {
	perIncidentPercentiles: Percentiles;
	simulatedYear1: number;
	standardErrorYear1: number;
	relativeStandardError: number;
	/** by year: P(the year's loss > the year's EC gross profit) */
	probabilityLossExceedsGrossProfit: number[];
	year1: Percentiles;
	horizon: Percentiles;
	lec: { year1: LecPoint[]; horizon: LecPoint[] };
	closure: Pick<ClosureView, 'survey' | 'scale'>;
}

/** Expected loss per incident by year, net of insurance (never negative), from the exact means and the share. */
export function perIncidentByYear(
	exact: Record<SeverityItem, number>,
	recoveryShare: number,
	monthlyGp: readonly number[]
): { perYear: number[]; recovery: number; yenMean: number; monthMean: number } {
	const coveredMean = COVERED_ITEMS.reduce((a, k) => a + exact[k], 0);
	const recovery = -recoveryShare * coveredMean;
	const yenMean = YEN_ITEMS.reduce((a, k) => a + exact[k], 0);
	const monthMean = MONTH_ITEMS.reduce((a, k) => a + exact[k], 0);
	// (the recovery never exceeds the covered items, so only rounding could make this negative)
	const perYear = monthlyGp.map((g) => Math.max(0, yenMean + recovery + monthMean * g));
	return { perYear, recovery, yenMean, monthMean };
}

export function expectedRisk(
	params: RiskParams,
	s: Scenario,
	form: SiteForm,
	cost: FormCost,
	freq: Frequency,
	rates: Float64Array,
	recoveryShare: number
): ExpectedRisk {
	const ctx = severityContext(s, form, freq);
	const monthlyGp = cost.years.map((y) => y.grossProfit / 12);
	const gp1 = monthlyGp[0]!;
	const sales1 = cost.years[0]!.revenue / 12;
	const exact = expectedItems(ctx, params);
	const { perYear, recovery, yenMean, monthMean } = perIncidentByYear(exact, recoveryShare, monthlyGp);
	const items = Object.fromEntries([
		...YEN_ITEMS.map((k) => [k, k === 'insuranceRecovery' ? recovery : exact[k]]),
		...MONTH_ITEMS.map((k) => [k, exact[k] * gp1])
	]) as Record<SeverityItem, number>;
	const byYear = perYear.map((x) => x * freq.rateMean);
	const {
		survey: _survey,
		scale: _scale,
		...closure
	} = closureView(params, ctx, sales1, sales1 > 0 ? gp1 / sales1 : 0, null);
	return {
		probabilityOfIncident: {
			annual: probabilityAnyOf(rates),
			horizon: probabilityAnyOf(rates, s.horizonYears)
		},
		perIncident: {
			items,
			expectedGross: yenMean + monthMean * gp1,
			insuranceRecovery: recovery,
			expected: perYear[0]!
		},
		expectedAnnualLoss: {
			byYear,
			method: ctx.insurance ? 'analytic-with-simulated-insurance' : 'analytic'
		},
		horizon: {
			expected: byYear.reduce((a, b) => a + b, 0),
			expectedDiscounted: byYear.reduce((a, b, i) => a + b * cost.years[i]!.discountFactor, 0)
		},
		closure,
		recoveryShare
	};
}

/**
 * The Monte Carlo layer of a form's risk: the form's severity draws on the shared base draws, the aggregate loss
 * of year 1 (sorted: percentiles, curve), every other year (a linear count for P(loss > gross profit)) and the
 * horizon. `rng` is the form's stream just after its rate draws.
 */
export function riskDistribution(
	params: RiskParams,
	s: Scenario,
	form: SiteForm,
	cost: FormCost,
	freq: Frequency,
	rates: Float64Array,
	rng: Rng,
	base: BaseDraws,
	survey: SurveyView | null
): RiskDistribution {
	const n = base.n;
	const ctx = severityContext(s, form, freq);
	const draws = formSeverity(base, ctx, params);
	const monthlyGp = cost.years.map((y) => y.grossProfit / 12);
	const gp1 = monthlyGp[0]!;
	const sales1 = cost.years[0]!.revenue / 12;

	// Year by year: the exceedance of the year's gross profit (a linear count, no sort); full percentiles and the
	// loss-exceedance curve for year 1 and for the horizon.
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
	let y1: Aggregate | null = null;
	const exceeds = monthlyGp.map((g, yi) => {
		const sortedNeeded = yi === 0;
		const agg = aggregate(yearLoss(g), weights, rng, sortedNeeded);
		if (sortedNeeded) y1 = agg;
		return exceedance(agg, g * 12);
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
	const year1 = y1 as unknown as Aggregate;
	const sev1 = year1.sums[0]!;
	const { survey: sv, scale } = closureView(params, ctx, sales1, 0, survey);
	return {
		perIncidentPercentiles: {
			p50: percentileOfSorted(sev1, 0.5),
			p90: percentileOfSorted(sev1, 0.9),
			p95: percentileOfSorted(sev1, 0.95),
			p99: percentileOfSorted(sev1, 0.99),
			p999: percentileOfSorted(sev1, 0.999)
		},
		simulatedYear1: meanSev * freq.rateMean,
		standardErrorYear1: (sdSev / Math.sqrt(n)) * freq.rateMean,
		relativeStandardError: meanSev > 0 ? sdSev / Math.sqrt(n) / meanSev : 0,
		probabilityLossExceedsGrossProfit: exceeds,
		year1: percentiles(year1),
		horizon: percentiles(hAgg),
		lec: { year1: lec(year1), horizon: lec(hAgg) },
		closure: { survey: sv, scale }
	};
}

/** A form's full risk, the exact core and the Monte Carlo layer together (the shape `evaluate` has always had). */
export function combineRisk(e: ExpectedRisk, d: RiskDistribution): FormRisk {
	return {
		probabilityOfIncident: e.probabilityOfIncident,
		perIncident: {
			items: e.perIncident.items,
			expectedGross: e.perIncident.expectedGross,
			insuranceRecovery: e.perIncident.insuranceRecovery,
			expected: e.perIncident.expected,
			percentiles: d.perIncidentPercentiles
		},
		expectedAnnualLoss: {
			byYear: e.expectedAnnualLoss.byYear,
			simulatedYear1: d.simulatedYear1,
			standardErrorYear1: d.standardErrorYear1,
			relativeStandardError: d.relativeStandardError,
			method: e.expectedAnnualLoss.method
		},
		annual: e.expectedAnnualLoss.byYear.map((expected, i) => ({
			year: i + 1,
			expected,
			probabilityLossExceedsGrossProfit: d.probabilityLossExceedsGrossProfit[i]!
		})),
		year1: d.year1,
		horizon: { ...d.horizon, expected: e.horizon.expected, expectedDiscounted: e.horizon.expectedDiscounted },
		lec: d.lec,
		closure: { ...e.closure, survey: d.closure.survey, scale: d.closure.scale }
	};
}
