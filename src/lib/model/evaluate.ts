/**
 * The engine's entry point: a validated scenario and the data set in, results for every enabled site form out.
 * Total cost is exact (decimal.js); breach risk is float64 Monte Carlo with a seeded generator (each form draws
 * rate draws and resamples from its own stream, derived from the scenario seed and the form id; the incident
 * draws are shared by all forms — common random numbers — so enabling or disabling one form never changes
 * another's figures, and differences between forms are not blurred by sampling noise). Same scenario + same seed → identical results in Node, a worker and the browser.
 */
import type { DataSet } from '../data/files';
import { SITE_FORMS, type SiteForm } from '../data/forms';
import { drawRates, frequency, type Frequency } from './frequency';
import { meanOf, readRiskParams, type RiskParams } from './params';
import { createRng } from './rng';
import { breachRisk, incidentBase, type FormRisk } from './risk';
import { sampleBase } from './severity';
import type { Scenario } from './scenario';
import { surveyView } from './survey-view';
import { totalCost, type FormCost } from './tco';
import type { ModelMessage } from './warnings';

export const MODEL_VERSION = '2.0.0';
/** draws of the uncertain incident rate λ per form */
const RATE_DRAWS = 1000;

export interface FormResult {
	form: SiteForm;
	cost: FormCost;
	risk: FormRisk;
	/** total cost + expected incident loss, by year (nominal and discounted) */
	riskAdjusted: { byYear: number[]; total: number; totalDiscounted: number };
}

export interface Results {
	modelVersion: string;
	scenarioVersion: number;
	seed: number;
	trials: number;
	horizonYears: number;
	forms: FormResult[];
	posture: {
		checklist: Scenario['posture']['checklist'];
		paymentIntegration: string;
		frequency: Frequency[];
	};
	messages: ModelMessage[];
}

function streamSeed(seed: number, form: SiteForm): number {
	let h = seed >>> 0;
	for (const ch of form) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
	return h;
}

export function evaluate(data: DataSet, s: Scenario, params: RiskParams = readRiskParams(data)): Results {
	const forms = SITE_FORMS.filter((f) => s.forms[f].enabled);
	// The survey view depends only on the employee band: one resample, shared by every form.
	const shared = createRng(s.simulation.seed);
	const survey = surveyView(
		data,
		s.business.employeeBand,
		shared,
		s.simulation.trials,
		meanOf(params, 'closure-months')
	);
	// Incident draws shared by every form (common random numbers), from the scenario's own stream.
	const base = sampleBase(incidentBase(s), params, shared, s.simulation.trials);
	const results: FormResult[] = [];
	const freqs: Frequency[] = [];
	for (const form of forms) {
		const cost = totalCost(data, s, form);
		const freq = frequency(data, params, s, form);
		freqs.push(freq);
		const rng = createRng(streamSeed(s.simulation.seed, form));
		const rates = drawRates(params, freq, rng, RATE_DRAWS);
		const risk = breachRisk(params, s, form, cost, freq, rates, rng, base, survey);
		const byYear = cost.years.map((y, i) => y.total + risk.expectedAnnualLoss.byYear[i]!);
		const discounted = cost.years.map(
			(y, i) => y.totalDiscounted + risk.expectedAnnualLoss.byYear[i]! * y.discountFactor
		);
		results.push({
			form,
			cost,
			risk,
			riskAdjusted: {
				byYear,
				total: byYear.reduce((a, b) => a + b, 0),
				totalDiscounted: discounted.reduce((a, b) => a + b, 0)
			}
		});
	}
	const messages: ModelMessage[] = [];
	if (forms.length === 0) {
		messages.push({
			code: 'no-forms',
			ja: '比較する運営形態が選ばれていません。',
			en: 'No site form is selected for comparison.'
		});
	}
	return {
		modelVersion: MODEL_VERSION,
		scenarioVersion: s.version,
		seed: s.simulation.seed,
		trials: s.simulation.trials,
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
