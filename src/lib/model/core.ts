/**
 * The exact expected-value core: for every enabled form, total cost (tco.ts, decimal.js), E[λ] (frequency.ts),
 * the exact item means (severity.ts expectedItems) and the risk-adjusted total = cost + E[λ] × E[loss]. The one
 * simulated quantity is the capped insurance recovery, taken as the share of the covered costs a claim pays over
 * the scenario's shared base draws (`recoveryShareOf`); it is needed only when cyber insurance is in force, so the
 * base draws are made lazily (`DrawSource`) and once per scenario — the distribution layer and the what-if
 * analysis reuse them. Everything here matches what `evaluate` reports to the bit (same functions, same draws).
 */
import type { DataSet } from '../data/files';
import { SITE_FORMS, type SiteForm } from '../data/forms';
import type { Distribution } from './distributions';
import { drawRates, frequency, type Frequency } from './frequency';
import { meanOf, overriddenIds, type RiskParams } from './params';
import { createRng, type Rng } from './rng';
import { expectedRisk, incidentBase, perIncidentByYear, severityContext, type ExpectedRisk } from './risk';
import { expectedItems, formProfile, recoveryShareOf, sampleBase, type BaseDraws } from './severity';
import type { Scenario } from './scenario';
import { surveyView, type SurveyView } from './survey-view';
import { totalCost, type FormCost } from './tco';
import type { ModelMessage } from './warnings';

export const MODEL_VERSION = '2.0.0';
/** draws of the uncertain incident rate λ per form */
export const RATE_DRAWS = 1000;

export interface RiskAdjusted {
	byYear: number[];
	total: number;
	totalDiscounted: number;
}

export interface ExpectedFormResult {
	form: SiteForm;
	cost: FormCost;
	risk: ExpectedRisk;
	/** total cost + expected incident loss, by year (nominal and discounted) */
	riskAdjusted: RiskAdjusted;
}

/** What a result was computed with: enough to reproduce it (same versions, seed and trials → same figures). */
/** The data version of a result computed without one (tests and tools that call the model directly). */
export const UNVERSIONED = 'unversioned';

export interface ResultMeta {
	modelVersion: string;
	/** a content hash of data/ (src/lib/data/version.ts), or UNVERSIONED when the caller gave none */
	dataVersion: string;
	scenarioVersion: number;
	seed: number;
	trials: number;
	/** the risk-model parameters (data/risk-model.json ids) the scenario overrides (`assumptions`), in data/'s order */
	overridden: string[];
}

export interface ExpectedResults {
	meta: ResultMeta;
	horizonYears: number;
	forms: ExpectedFormResult[];
	posture: {
		checklist: Scenario['posture']['checklist'];
		paymentIntegration: string;
		frequency: Frequency[];
	};
	messages: ModelMessage[];
}

/** Each form's own random stream (rate draws, resampling), derived from the scenario seed and the form id. */
export function streamSeed(seed: number, form: SiteForm): number {
	let h = seed >>> 0;
	for (const ch of form) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
	return h;
}

/** The form's stream after its rate draws, and the draws. */
export function formStream(
	s: Scenario,
	params: RiskParams,
	freq: Frequency
): { rng: Rng; rates: Float64Array } {
	const rng = createRng(streamSeed(s.simulation.seed, freq.form));
	const rates = drawRates(params, freq, rng, RATE_DRAWS);
	return { rng, rates };
}

export interface SharedDraws {
	survey: SurveyView | null;
	base: BaseDraws;
}

/** The shared stream of a scenario: the survey resample first, then the incident draws (as evaluate draws them). */
export function sharedDraws(data: DataSet, s: Scenario, params: RiskParams): SharedDraws {
	const shared = createRng(s.simulation.seed);
	const survey = surveyView(
		data,
		s.business.employeeBand,
		shared,
		s.simulation.trials,
		meanOf(params, 'closure-months')
	);
	const base = sampleBase(incidentBase(s), params, shared, s.simulation.trials);
	return { survey, base };
}

/** Base-draw columns a parameter feeds, and whether the column is conditional (0 where the item is not paid). */
const COLUMNS: Record<string, { column: keyof BaseDraws; conditional: boolean }> = {
	'records-exposed-share': { column: 'exposedShare', conditional: false },
	'card-exposure-window': { column: 'window', conditional: false },
	'fraud-per-card': { column: 'fraudPerCard', conditional: true },
	'forensics-cost': { column: 'forensics', conditional: false },
	'call-centre-per-record': { column: 'callCentrePerRecord', conditional: false },
	'legal-consulting': { column: 'legal', conditional: false },
	'apology-per-person': { column: 'apologyPerPerson', conditional: true },
	'hardening-cost': { column: 'hardening', conditional: false },
	'recovery-months': { column: 'recovery', conditional: false }
};
const KERNEL_COLUMNS = Object.keys(COLUMNS).filter(
	(id) => id !== 'hardening-cost' && id !== 'recovery-months'
);
/** Parameters sampleBase reads as thresholds or unit costs (a change re-draws the base). */
const THRESHOLDS = [
	'card-leak-share',
	'reissue-borne-share',
	'fraud-compensated-share',
	'reissue-fee',
	'apology-share'
];

function pointValue(d: Distribution): number | null {
	if (d.kind === 'constant') return d.value;
	if (d.kind === 'lognormal' && d.sigma === 0) return d.median;
	if (d.kind === 'pert' && d.high <= d.low) return d.low;
	return null;
}

/**
 * The scenario's shared draws, made on first use and kept. `baseFor(params)` gives the base draws under other
 * parameters: the same draws when nothing sampleBase reads changed; with a parameter fixed at one value (the
 * what-if levers), the same draws with that column set to the value — exactly what re-drawing would give, since
 * a point-valued sampler consumes the stream as its distribution did; otherwise the base is drawn again from the
 * scenario's seed.
 */
export class DrawSource {
	private drawn: SharedDraws | null = null;
	constructor(
		readonly data: DataSet,
		readonly s: Scenario,
		readonly params: RiskParams
	) {}

	/** whether the draws have been made (analyse hands them on to the distribution layer) */
	get made(): boolean {
		return this.drawn !== null;
	}

	get shared(): SharedDraws {
		this.drawn ??= sharedDraws(this.data, this.s, this.params);
		return this.drawn;
	}

	/**
	 * Key of the base draws under `p` as the recovery kernel reads them (the empty string: the scenario's own).
	 * Hardening and recovery months are not covered costs, so a change in them keeps the key.
	 */
	keyFor(p: RiskParams): string {
		if (p === this.params) return '';
		let key = '';
		for (const id of [...KERNEL_COLUMNS, ...THRESHOLDS]) {
			const d = p.dist[id];
			if (d !== this.params.dist[id]) key += `${id}=${JSON.stringify(d)};`;
		}
		return key;
	}

	baseFor(p: RiskParams): BaseDraws {
		const base = this.shared.base;
		if (p === this.params) return base;
		let out: BaseDraws | null = { ...base };
		for (const id of THRESHOLDS) if (p.dist[id] !== this.params.dist[id]) out = null;
		for (const [id, { column, conditional }] of Object.entries(COLUMNS)) {
			const d = p.dist[id];
			if (!out || !d || d === this.params.dist[id]) continue;
			const v = pointValue(d);
			if (v === null) {
				out = null;
				break;
			}
			const src = base[column] as Float64Array;
			const col = new Float64Array(base.n);
			for (let i = 0; i < base.n; i++) col[i] = conditional && src[i] === 0 ? 0 : v;
			(out as unknown as Record<string, Float64Array>)[column] = col;
		}
		return out ?? sharedDraws(this.data, this.s, p).base;
	}
}

/** total cost + expected loss by year, nominal and discounted. */
export function riskAdjustedOf(cost: FormCost, lossByYear: readonly number[]): RiskAdjusted {
	const byYear = cost.years.map((y, i) => y.total + lossByYear[i]!);
	const discounted = cost.years.map((y, i) => y.totalDiscounted + lossByYear[i]! * y.discountFactor);
	return {
		byYear,
		total: byYear.reduce((a, b) => a + b, 0),
		totalDiscounted: discounted.reduce((a, b) => a + b, 0)
	};
}

/** The recovery share of a form (0 without insurance: then no draws are made). */
export function recoveryShareFor(
	draws: DrawSource,
	s: Scenario,
	form: SiteForm,
	params: RiskParams,
	freq: Frequency
): number {
	const ctx = severityContext(s, form, freq);
	return ctx.insurance ? recoveryShareOf(draws.baseFor(params), ctx, params) : 0;
}

/** One form on the core, in full (with P(≥ 1 incident) from its rate draws). */
export function expectedForm(
	data: DataSet,
	s: Scenario,
	params: RiskParams,
	form: SiteForm,
	draws: DrawSource,
	cost: FormCost = totalCost(data, s, form)
): { result: ExpectedFormResult; freq: Frequency } {
	const freq = frequency(data, params, s, form);
	const { rates } = formStream(s, params, freq);
	const share = recoveryShareFor(draws, s, form, params, freq);
	const risk = expectedRisk(params, s, form, cost, freq, rates, share);
	return {
		result: { form, cost, risk, riskAdjusted: riskAdjustedOf(cost, risk.expectedAnnualLoss.byYear) },
		freq
	};
}

/**
 * A form in a what-if, split so the simulated part is computed only when it matters: everything exact
 * (cost, E[λ], the exact item means) is made at once; `at(share)` gives the risk-adjusted totals for a recovered
 * share, and `exact()` computes the form's share on the shared draws (cached in `shares` by everything the kernel
 * reads, so levers that leave severity alone reuse it). Without insurance the share is 0 and nothing is drawn.
 * Since the expected loss falls as the share rises, `at(1)` and `at(0)` bound the exact totals: the what-if
 * analysis decides a ranking or a sign from the bounds where they suffice.
 */
export interface WhatIfForm {
	insured: boolean;
	at(share: number): RiskAdjusted;
	exact(): RiskAdjusted;
}

export function whatIfForm(
	data: DataSet,
	s: Scenario,
	params: RiskParams,
	form: SiteForm,
	cost: FormCost,
	draws: DrawSource,
	shares: Map<string, number>
): WhatIfForm {
	const freq = frequency(data, params, s, form);
	const ctx = severityContext(s, form, freq);
	const exact = expectedItems(ctx, params);
	const monthlyGp = cost.years.map((y) => y.grossProfit / 12);
	const at = (share: number) =>
		riskAdjustedOf(
			cost,
			perIncidentByYear(exact, share, monthlyGp).perYear.map((x) => x * freq.rateMean)
		);
	const shareOf = (): number => {
		if (!ctx.insurance) return 0;
		const f = formProfile(ctx, params);
		const key = JSON.stringify([
			ctx.recordsHeld,
			ctx.cardShare,
			ctx.cardOrdersPerMonth,
			ctx.fixedRecords ?? null,
			ctx.fixedCards ?? null,
			ctx.cardsStored,
			ctx.insurance,
			f.widening,
			f.extraWindow,
			f.cardLeak,
			f.forensicsFactor,
			f.notification,
			draws.keyFor(params)
		]);
		let share = shares.get(key);
		if (share === undefined) {
			share = recoveryShareOf(draws.baseFor(params), ctx, params);
			shares.set(key, share);
		}
		return share;
	};
	let done: RiskAdjusted | null = null;
	return {
		insured: ctx.insurance !== null,
		at,
		exact: () => (done ??= at(shareOf()))
	};
}

/** The risk-adjusted totals of a form on the core (the what-if analysis and the running-site plans). */
export function riskAdjustedFor(
	data: DataSet,
	s: Scenario,
	params: RiskParams,
	form: SiteForm,
	cost: FormCost,
	draws: DrawSource,
	shares: Map<string, number>
): RiskAdjusted {
	return whatIfForm(data, s, params, form, cost, draws, shares).exact();
}

/** The core for every enabled form. */
export function expectedCore(
	data: DataSet,
	s: Scenario,
	params: RiskParams,
	draws: DrawSource = new DrawSource(data, s, params),
	dataVersion: string = UNVERSIONED
): ExpectedResults {
	const forms = SITE_FORMS.filter((f) => s.forms[f].enabled);
	const results: ExpectedFormResult[] = [];
	const freqs: Frequency[] = [];
	for (const form of forms) {
		const { result, freq } = expectedForm(data, s, params, form, draws);
		results.push(result);
		freqs.push(freq);
	}
	const messages: ModelMessage[] = forms.length === 0 ? [{ code: 'no-forms' }] : [];
	return {
		meta: {
			modelVersion: MODEL_VERSION,
			dataVersion,
			scenarioVersion: s.version,
			seed: s.simulation.seed,
			trials: s.simulation.trials,
			overridden: overriddenIds(data, s.assumptions)
		},
		horizonYears: s.horizonYears,
		forms: results,
		posture: {
			checklist: s.posture.checklist,
			paymentIntegration: s.posture.paymentIntegration,
			frequency: freqs
		},
		messages
	};
}
