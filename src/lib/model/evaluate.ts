/**
 * The engine's entry point: a validated scenario and the data set in, results for every enabled site form out.
 * Total cost is exact (decimal.js); breach risk is float64 Monte Carlo with a seeded generator (each form draws
 * rate draws and resamples from its own stream, derived from the scenario seed and the form id; the incident
 * draws are shared by all forms — common random numbers — so enabling or disabling one form never changes
 * another's figures, and differences between forms are not blurred by sampling noise). Same scenario + same seed → identical results in Node, a worker and the browser.
 *
 * It is the two layers together: the exact expected-value core (core.ts: costs, E[λ], exact means, the insurance
 * share recovered, risk-adjusted totals) and the Monte Carlo distribution layer (distribution.ts), on one set of
 * shared draws.
 */
import type { DataSet } from '../data/files';
import type { SiteForm } from '../data/forms';
import {
	DrawSource,
	expectedCore,
	MODEL_VERSION,
	type ExpectedResults,
	type ResultMeta,
	type RiskAdjusted
} from './core';
import { distributionOf, type DistributionResult } from './distribution';
import type { Frequency } from './frequency';
import { readRiskParams, riskParamsWith, type RiskParams } from './params';
import { combineRisk, type FormRisk } from './risk';
import type { Scenario } from './scenario';
import type { FormCost } from './tco';
import type { ModelMessage } from './warnings';

export { MODEL_VERSION };

export interface FormResult {
	form: SiteForm;
	cost: FormCost;
	risk: FormRisk;
	/** total cost + expected incident loss, by year (nominal and discounted) */
	riskAdjusted: RiskAdjusted;
}

export interface Results {
	meta: ResultMeta;
	horizonYears: number;
	forms: FormResult[];
	posture: {
		checklist: Scenario['posture']['checklist'];
		paymentIntegration: string;
		frequency: Frequency[];
	};
	messages: ModelMessage[];
}

/** The two layers as one `Results` (the shape the CLI, the reports and the tests read). */
export function composeResults(core: ExpectedResults, dist: DistributionResult): Results {
	return {
		meta: core.meta,
		horizonYears: core.horizonYears,
		forms: core.forms.map((f, i) => ({
			form: f.form,
			cost: f.cost,
			risk: combineRisk(f.risk, dist.forms[i]!),
			riskAdjusted: f.riskAdjusted
		})),
		posture: core.posture,
		messages: core.messages
	};
}

export function evaluate(data: DataSet, s: Scenario, base: RiskParams = readRiskParams(data)): Results {
	// the scenario's own figures (`assumptions`) in place of data/'s, as in analyse
	const params = riskParamsWith(data, base, s.assumptions);
	const draws = new DrawSource(data, s, params);
	const core = expectedCore(data, s, params, draws);
	return composeResults(core, distributionOf(data, s, params, core, draws));
}
