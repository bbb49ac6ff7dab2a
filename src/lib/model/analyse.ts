/**
 * The full analysis the UI, the reports and the CLI show: the engine's results (evaluate.ts) plus the checklist,
 * the card rules per form, contradictions in the answers, the vendor specification and the recommendation.
 */
import type { DataSet } from '../data/files';
import { SITE_FORMS } from '../data/forms';
import { breakEven, sensitivity, type BreakEven, type SensitivityRow } from './compliance/analysis';
import { evaluateCardRules, type CardRulesResult } from './compliance/card-rules';
import { evaluateChecklist, type ChecklistResult } from './compliance/checklist';
import { findContradictions, type Contradiction } from './compliance/contradictions';
import { recommend, type Recommendation } from './compliance/recommend';
import { stayOrMigrate, withSunkBuild, type StayOrMigrate } from './compliance/running';
import { vendorSpecification, type VendorSpec } from './compliance/vendor-spec';
import { vulnReadiness, type VulnReadiness } from './compliance/vuln-readiness';
import { evaluate, type Results } from './evaluate';
import { readRiskParams, type RiskParams } from './params';
import type { Scenario } from './scenario';

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
	/** break-even and sensitivity re-run the engine many times (about a second); skip them for quick previews */
	whatIf?: boolean;
}

export function analyse(
	data: DataSet,
	scenario: Scenario,
	params: RiskParams = readRiskParams(data),
	options: AnalyseOptions = { whatIf: true }
): Analysis {
	// A running site's current build is sunk: every comparison below starts from what is still to be paid.
	const s = withSunkBuild(scenario);
	const results = evaluate(data, s, params);
	const checklist = evaluateChecklist(data, s);
	const cardRules = SITE_FORMS.filter((f) => s.forms[f].enabled).map((f) => evaluateCardRules(data, s, f));
	const recommendation = recommend(data, s, results, checklist, cardRules);
	const ctx = { data, scenario: s, params, excluded: new Set(recommendation.excluded.map((e) => e.form)) };
	const { recommended, runnerUp } = recommendation;
	const whatIf = options.whatIf !== false && recommended !== null && runnerUp !== null;
	return {
		...results,
		checklist,
		cardRules,
		contradictions: findContradictions(s),
		vendorSpec: vendorSpecification(data, s),
		recommendation,
		breakEven: whatIf ? breakEven(ctx, recommended, runnerUp) : null,
		sensitivity: whatIf ? sensitivity(ctx, recommended) : null,
		stayOrMigrate: stayOrMigrate(data, s, params, checklist),
		vulnReadiness: vulnReadiness(data, s.posture.vulnResponseTicks)
	};
}
