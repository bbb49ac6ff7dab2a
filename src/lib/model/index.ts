/**
 * The engine's public API: the only module of the model that code outside src/lib/model may import (lint
 * enforces it). `createEngine(data)` reads the risk parameters and the default scenario once and exposes
 * everything a screen, an export, the CLI or the worker needs: parse raw input, the defaults, migrate an older
 * file, and the analysis — whole (`analyse`) or in phases (`expected`, then `distribution`, then the `whatIf`
 * generator that yields its progress between units of work).
 *
 * Importing values from here pulls in the model (zod, decimal.js); browser code outside the worker imports types
 * only and gets results through src/lib/engine/client.ts.
 */
import type { DataSet } from '../data/files';
import {
	analyse,
	analyseDistribution,
	analyseExpected,
	analyseWhatIf,
	type AnalyseOptions,
	type DistributionResult,
	type ExpectedAnalysis,
	type WhatIfProgress,
	type WhatIfResult
} from './analyse';
import { defaultScenario } from './defaults';
import { migrateScenario } from './migrate';
import { readRiskParams } from './params';
import { parseScenario } from './parse';
import type { Scenario } from './scenario';

/**
 * `dataVersion` names the data set in every result's meta: the CLI passes `dataVersion()` from the data loader,
 * the worker the version generated beside its trimmed data.
 */
export function createEngine(data: DataSet, options: { dataVersion: string }) {
	const { dataVersion } = options;
	const params = readRiskParams(data);
	const defaults = defaultScenario(data);
	const requirementIds = data['guideline-requirements.json'].requirements.map((r) => r.id);
	return {
		/** Raw input (a file, a share link, a form) → a valid scenario, or the problems field by field. Never throws. */
		parse: (input: unknown) => parseScenario(input, data),
		/** The default scenario (a fresh copy). */
		defaults: (): Scenario => structuredClone(defaults),
		/** An older scenario file converted to the current format (null: a version this engine cannot convert). */
		migrate: (doc: Record<string, unknown>) => migrateScenario(doc, requirementIds),
		/** The whole analysis in one call. */
		analyse: (s: Scenario, options?: AnalyseOptions) => analyse(data, s, params, options, dataVersion),
		/** Phase 1: the exact expected-value core. */
		expected: (s: Scenario): ExpectedAnalysis => analyseExpected(data, s, params, dataVersion),
		/** Phase 2: the Monte Carlo distribution layer. */
		distribution: (s: Scenario, expected: ExpectedAnalysis): DistributionResult =>
			analyseDistribution(data, s, params, expected),
		/** Phase 3: break-even and sensitivity; yields {done, total} between units of work. */
		whatIf: (s: Scenario, expected: ExpectedAnalysis): Generator<WhatIfProgress, WhatIfResult, void> =>
			analyseWhatIf(data, s, params, expected)
	};
}
export type Engine = ReturnType<typeof createEngine>;

export type { DataSet } from '../data/files';
export type { Bilingual } from '../data/errors';
export type { Text } from '../data/figure';
export { SITE_FORMS, SELF_RUN_FORMS, PLATFORM_FORMS, type SiteForm } from '../data/forms';
export { MODEL_VERSION, type FormResult, type Results } from './evaluate';
export type {
	Analysis,
	AnalyseOptions,
	DistributionResult,
	ExpectedAnalysis,
	ExpectedFormResult,
	ExpectedResults,
	ExpectedRisk,
	FormDistribution,
	ResultMeta,
	RiskAdjusted,
	RiskDistribution,
	WhatIfProgress,
	WhatIfResult
} from './analyse';
export { LIMITS, TOP_LEVEL } from './constants';
export type { ParseResult } from './parse';
export type * from './problems';
export { fieldLabel, fieldLabelTable } from './fields';
export { MIGRATABLE_VERSIONS, type Migrated, type MigrationProblem } from './migrate';
export {
	CHECKLIST_MODES,
	NEW_SITE_ANSWERS,
	RUNNING_SITE_ANSWERS,
	SCENARIO_VERSION,
	type ChecklistAnswer,
	type Coverage,
	type Scenario
} from './scenario';
export { MONTH_ITEMS, YEN_ITEMS, type MonthItem, type SeverityItem, type YenItem } from './severity';
export type { ModelMessage, ModelMessageCode } from './warnings';
export { NEW_SITE_VERDICTS, RUNNING_SITE_VERDICTS } from './rules/checklist';
export type * from './rules/card-rules';
export type * from './rules/checklist';
export type * from './rules/contradictions';
export type * from './decision/recommend';
export type * from './what-if/stay-or-migrate';
export type * from './documents/vendor-spec';
export type * from './documents/vuln-readiness';
export type * from './what-if/what-if';
export { scenarioSchemaWithDefaults } from './schema-export';
export {
	assumptionCatalogue,
	ASSUMPTION_GROUPS,
	type AllowedRange,
	type AssumptionCatalogue,
	type AssumptionGroup,
	type AssumptionInfo
} from './assumptions';
export { ASSUMPTION_FIELDS, type AssumptionField, type AssumptionOverride } from './scenario';
export {
	fieldCatalogue,
	type FieldCatalogue,
	type FieldInfo,
	type FieldProvenance,
	type FieldType
} from './catalogue';
