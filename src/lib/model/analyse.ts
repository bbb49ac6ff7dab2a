/**
 * The full analysis the UI, the reports and the CLI show, in three phases a worker can answer one after another:
 * - `analyseExpected`: the exact expected-value core (costs, E[λ], exact expected losses, risk-adjusted totals)
 *   with the checklist, the card rules, contradictions, the vendor specification, the recommendation, the
 *   running-site plans and the vulnerability-readiness checklist — everything but distributions and what-ifs;
 * - `analyseDistribution`: the Monte Carlo layer (percentiles, loss-exceedance curves, P(loss > gross profit),
 *   the survey view);
 * - `analyseWhatIf`: break-even and sensitivity on the core, a generator that yields its progress.
 * `analyse` composes the three into the one `Analysis` (the engine's `Results` plus the rest), as before.
 * Every result is plain data (structured-cloneable). The shared draws the core makes (only when insurance is in
 * force) are kept beside the expected result for the later phases of the same run — never inside it.
 */
import type { DataSet } from '../data/files';
import { SITE_FORMS } from '../data/forms';
import { whatIfSteps, type BreakEven, type SensitivityRow } from './what-if/what-if';
import { evaluateCardRules, type CardRulesResult } from './rules/card-rules';
import { evaluateChecklist, type ChecklistResult } from './rules/checklist';
import { findContradictions, type Contradiction } from './rules/contradictions';
import { recommend, type Recommendation } from './decision/recommend';
import { stayOrMigrate, withSunkBuild, type StayOrMigrate } from './what-if/stay-or-migrate';
import { vendorSpecification, type VendorSpec } from './documents/vendor-spec';
import { vulnReadiness, type VulnReadiness } from './documents/vuln-readiness';
import { DrawSource, expectedCore, UNVERSIONED, type ExpectedResults } from './core';
import { distributionOf, type DistributionResult } from './distribution';
import { composeResults, type Results } from './evaluate';
import { readRiskParams, riskParamsWith, type RiskParams } from './params';
import type { Scenario } from './scenario';

export type { DistributionResult, FormDistribution } from './distribution';
export type { ExpectedFormResult, ExpectedResults, ResultMeta, RiskAdjusted } from './core';
export type { ExpectedRisk, RiskDistribution } from './risk';

/** Phase 1: the expected-value core and the rules, ranking and plans built on it. */
export interface ExpectedAnalysis extends ExpectedResults {
	checklist: ChecklistResult;
	cardRules: CardRulesResult[];
	contradictions: Contradiction[];
	vendorSpec: VendorSpec;
	recommendation: Recommendation;
	/** a running site with missing mandatory requirements: stop-gaps and stay-or-migrate (第二部 第3章) */
	stayOrMigrate: StayOrMigrate | null;
	/** the IPA vulnerability-response readiness checklist, ticked by the user (an appendix for running sites) */
	vulnReadiness: VulnReadiness;
}

/** Phase 3: null when fewer than two forms remain to compare. */
export interface WhatIfResult {
	breakEven: BreakEven | null;
	sensitivity: SensitivityRow[] | null;
}

export interface WhatIfProgress {
	done: number;
	total: number;
}

export interface Analysis extends Results {
	checklist: ChecklistResult;
	cardRules: CardRulesResult[];
	contradictions: Contradiction[];
	vendorSpec: VendorSpec;
	recommendation: Recommendation;
	/** null when fewer than two forms remain, or when the caller skipped it */
	breakEven: BreakEven | null;
	sensitivity: SensitivityRow[] | null;
	/** a running site with missing mandatory requirements: stop-gaps and stay-or-migrate (第二部 第3章) */
	stayOrMigrate: StayOrMigrate | null;
	/** the IPA vulnerability-response readiness checklist, ticked by the user (an appendix for running sites) */
	vulnReadiness: VulnReadiness;
}

export interface AnalyseOptions {
	/** break-even and sensitivity (the what-if phase); skip them for quick previews */
	whatIf?: boolean;
}

/**
 * The shared draws of an expected result, for the later phases of the same run (the worker keeps the object it
 * computed). A WeakMap, so the results stay plain data; a structured clone simply misses and re-draws.
 */
const drawsOf = new WeakMap<object, DrawSource>();

function drawSource(data: DataSet, s: Scenario, params: RiskParams, expected: ExpectedAnalysis): DrawSource {
	const known = drawsOf.get(expected);
	if (
		known &&
		known.data === data &&
		known.params === params &&
		known.s.simulation.seed === s.simulation.seed &&
		known.s.simulation.trials === s.simulation.trials &&
		known.s.business.employeeBand === s.business.employeeBand
	)
		return known;
	const fresh = new DrawSource(data, s, params);
	drawsOf.set(expected, fresh);
	return fresh;
}

export function analyseExpected(
	data: DataSet,
	scenario: Scenario,
	baseParams: RiskParams = readRiskParams(data),
	dataVersion: string = UNVERSIONED
): ExpectedAnalysis {
	// A running site's current build is sunk: every comparison below starts from what is still to be paid.
	const s = withSunkBuild(scenario);
	// The scenario's own figures (`assumptions`) in place of data/'s; the same object for the same overrides.
	const params = riskParamsWith(data, baseParams, scenario.assumptions);
	const draws = new DrawSource(data, s, params);
	const core = expectedCore(data, s, params, draws, dataVersion);
	const checklist = evaluateChecklist(data, s);
	const cardRules = SITE_FORMS.filter((f) => s.forms[f].enabled).map((f) => evaluateCardRules(data, s, f));
	// recommend() reads each form's cost, risk-adjusted totals, P(incident over the horizon) and expected loss
	// per incident: all in the core.
	const recommendation = recommend(data, s, core, checklist, cardRules);
	const expected: ExpectedAnalysis = {
		...core,
		checklist,
		cardRules,
		contradictions: findContradictions(s),
		vendorSpec: vendorSpecification(data, s),
		recommendation,
		stayOrMigrate: stayOrMigrate(data, s, params, checklist, draws),
		vulnReadiness: vulnReadiness(data, s.posture.vulnResponseTicks)
	};
	drawsOf.set(expected, draws);
	return expected;
}

export function analyseDistribution(
	data: DataSet,
	scenario: Scenario,
	baseParams: RiskParams,
	expected: ExpectedAnalysis
): DistributionResult {
	const s = withSunkBuild(scenario);
	const params = riskParamsWith(data, baseParams, scenario.assumptions);
	return distributionOf(data, s, params, expected, drawSource(data, s, params, expected));
}

export function* analyseWhatIf(
	data: DataSet,
	scenario: Scenario,
	baseParams: RiskParams,
	expected: ExpectedAnalysis
): Generator<WhatIfProgress, WhatIfResult, void> {
	const { recommended, runnerUp, excluded } = expected.recommendation;
	if (recommended === null || runnerUp === null) return { breakEven: null, sensitivity: null };
	const s = withSunkBuild(scenario);
	const params = riskParamsWith(data, baseParams, scenario.assumptions);
	const ctx = {
		data,
		scenario: s,
		params,
		excluded: new Set(excluded.map((e) => e.form)),
		draws: drawSource(data, s, params, expected),
		core: expected.forms
	};
	const { breakEven, sensitivity } = yield* whatIfSteps(ctx, recommended, runnerUp);
	return { breakEven, sensitivity };
}

export function analyse(
	data: DataSet,
	scenario: Scenario,
	params: RiskParams = readRiskParams(data),
	options: AnalyseOptions = { whatIf: true },
	dataVersion: string = UNVERSIONED
): Analysis {
	const expected = analyseExpected(data, scenario, params, dataVersion);
	const distribution = analyseDistribution(data, scenario, params, expected);
	let whatIf: WhatIfResult = { breakEven: null, sensitivity: null };
	if (options.whatIf !== false) {
		const steps = analyseWhatIf(data, scenario, params, expected);
		for (let step = steps.next(); ; step = steps.next()) {
			if (step.done) {
				whatIf = step.value;
				break;
			}
		}
	}
	const e = expected;
	return {
		...composeResults(e, distribution),
		checklist: e.checklist,
		cardRules: e.cardRules,
		contradictions: e.contradictions,
		vendorSpec: e.vendorSpec,
		recommendation: e.recommendation,
		breakEven: whatIf.breakEven,
		sensitivity: whatIf.sensitivity,
		stayOrMigrate: e.stayOrMigrate,
		vulnReadiness: e.vulnReadiness
	};
}
