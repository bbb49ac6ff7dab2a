/**
 * The registry of data files: each file in data/ with the schema that validates it. The provenance test checks
 * that every JSON file in data/ is listed here, so a new file cannot slip in unvalidated.
 */
import type { z } from 'zod';
import baseRates from '../../../data/base-rates.json' with { type: 'json' };
import cardRules from '../../../data/card-rules.json' with { type: 'json' };
import guidelineRequirements from '../../../data/guideline-requirements.json' with { type: 'json' };
import incidentCosts from '../../../data/incident-costs.json' with { type: 'json' };
import platforms from '../../../data/platforms.json' with { type: 'json' };
import riskModel from '../../../data/risk-model.json' with { type: 'json' };
import scenarioDefaults from '../../../data/scenario-defaults.json' with { type: 'json' };
import securityCosts from '../../../data/security-costs.json' with { type: 'json' };
import sources from '../../../data/sources.json' with { type: 'json' };
import surveyPpc2022 from '../../../data/survey-ppc-2022.json' with { type: 'json' };
import { BaseRatesFile } from './schemas/baseRates';
import { CardRulesFile } from './schemas/cardRules';
import { GuidelineRequirementsFile } from './schemas/guidelineRequirements';
import { IncidentCostsFile } from './schemas/incidentCosts';
import { PlatformsFile } from './schemas/platforms';
import { RiskModelFile } from './schemas/riskModel';
import { ScenarioDefaultsFile } from './schemas/scenarioDefaults';
import { SecurityCostsFile } from './schemas/securityCosts';
import { SourcesFile } from './schemas/sources';
import { SurveyPpc2022File } from './schemas/surveyPpc2022';

export const DATA_FILES = {
	'sources.json': { schema: SourcesFile, raw: sources as unknown },
	'guideline-requirements.json': { schema: GuidelineRequirementsFile, raw: guidelineRequirements as unknown },
	'survey-ppc-2022.json': { schema: SurveyPpc2022File, raw: surveyPpc2022 as unknown },
	'incident-costs.json': { schema: IncidentCostsFile, raw: incidentCosts as unknown },
	'security-costs.json': { schema: SecurityCostsFile, raw: securityCosts as unknown },
	'platforms.json': { schema: PlatformsFile, raw: platforms as unknown },
	'base-rates.json': { schema: BaseRatesFile, raw: baseRates as unknown },
	'card-rules.json': { schema: CardRulesFile, raw: cardRules as unknown },
	'risk-model.json': { schema: RiskModelFile, raw: riskModel as unknown },
	'scenario-defaults.json': { schema: ScenarioDefaultsFile, raw: scenarioDefaults as unknown }
} as const satisfies Record<string, { schema: z.ZodType; raw: unknown }>;

export type DataFileName = keyof typeof DATA_FILES;
export type DataSet = { [K in DataFileName]: z.infer<(typeof DATA_FILES)[K]['schema']> };
