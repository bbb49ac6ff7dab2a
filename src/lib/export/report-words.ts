/**
 * The Markdown report's own words (headings, column names, phrases around the figures), from the messages of
 * messages/results/{ja,en}.json (report…). report.ts lays them out as "ja / en".
 */
import { m } from '../i18n';
import type { Label } from './labels';
import { bilingual } from './bilingual';

/** The report's headings, column names and phrases in both languages; report.ts puts them side by side. */
export const REPORT_WORDS = {
	title: bilingual((locale) => m.reportTitle({}, { locale })),
	yearsUnit: bilingual((locale) => m.reportYearsUnit({}, { locale })),
	seed: bilingual((locale) => m.reportSeed({}, { locale })),
	draws: bilingual((locale) => m.reportDraws({}, { locale })),
	colForm: bilingual((locale) => m.reportColForm({}, { locale })),
	colTotalCost: bilingual((locale) => m.reportColTotalCost({}, { locale })),
	colExpectedLoss: bilingual((locale) => m.reportColExpectedLoss({}, { locale })),
	colRiskAdjusted: bilingual((locale) => m.reportColRiskAdjusted({}, { locale })),
	colIncidentProbability: bilingual((locale) => m.reportColIncidentProbability({}, { locale })),
	colLossPerIncident: bilingual((locale) => m.reportColLossPerIncident({}, { locale })),
	colYear1P999: bilingual((locale) => m.reportColYear1P999({}, { locale })),
	lossBreakdown: bilingual((locale) => m.reportLossBreakdown({}, { locale })),
	colItem: bilingual((locale) => m.reportColItem({}, { locale })),
	recommendation: bilingual((locale) => m.reportRecommendation({}, { locale })),
	noRecommendation: bilingual((locale) => m.reportNoRecommendation({}, { locale })),
	runnerUp: bilingual((locale) => m.reportRunnerUp({}, { locale })),
	excluded: bilingual((locale) => m.reportExcluded({}, { locale })),
	caution: bilingual((locale) => m.reportCaution({}, { locale })),
	breakEven: bilingual((locale) => m.reportBreakEven({}, { locale })),
	breakEvenRevenue: bilingual((locale) => m.reportBreakEvenRevenue({}, { locale })),
	below: bilingual((locale) => m.reportBelow({}, { locale })),
	above: bilingual((locale) => m.reportAbove({}, { locale })),
	current: bilingual((locale) => m.reportCurrent({}, { locale })),
	breakEvenRate: bilingual((locale) => m.reportBreakEvenRate({}, { locale })),
	times: bilingual((locale) => m.reportTimes({}, { locale })),
	perYear: bilingual((locale) => m.reportPerYear({}, { locale })),
	sensitivity: bilingual((locale) => m.reportSensitivity({}, { locale })),
	colAssumption: bilingual((locale) => m.reportColAssumption({}, { locale })),
	colLow: bilingual((locale) => m.reportColLow({}, { locale })),
	colHigh: bilingual((locale) => m.reportColHigh({}, { locale })),
	colRecommendedLowHigh: bilingual((locale) => m.reportColRecommendedLowHigh({}, { locale })),
	colSwitchAt: bilingual((locale) => m.reportColSwitchAt({}, { locale })),
	checklist: bilingual((locale) => m.reportChecklist({}, { locale })),
	verdict: bilingual((locale) => m.reportVerdict({}, { locale })),
	mandatoryNotMet: bilingual((locale) => m.reportMandatoryNotMet({}, { locale })),
	toConfirm: bilingual((locale) => m.reportToConfirm({}, { locale })),
	vendorConditionsMissing: bilingual((locale) => m.reportVendorConditionsMissing({}, { locale })),
	colRequirement: bilingual((locale) => m.reportColRequirement({}, { locale })),
	colMandatory: bilingual((locale) => m.reportColMandatory({}, { locale })),
	colAnswer: bilingual((locale) => m.reportColAnswer({}, { locale })),
	colCoverage: bilingual((locale) => m.reportColCoverage({}, { locale })),
	colVendorConditions: bilingual((locale) => m.reportColVendorConditions({}, { locale })),
	recommended: bilingual((locale) => m.reportRecommended({}, { locale })),
	cardRules: bilingual((locale) => m.reportCardRules({}, { locale })),
	colAsvScan: bilingual((locale) => m.reportColAsvScan({}, { locale })),
	colNonRetention: bilingual((locale) => m.reportColNonRetention({}, { locale })),
	colPlatformPci: bilingual((locale) => m.reportColPlatformPci({}, { locale })),
	stayOrMigrate: bilingual((locale) => m.reportStayOrMigrate({}, { locale })),
	stayOrMigrateSource: bilingual((locale) => m.reportStayOrMigrateSource({}, { locale })),
	currentForm: bilingual((locale) => m.reportCurrentForm({}, { locale })),
	stopGap: bilingual((locale) => m.reportStopGap({}, { locale })),
	cannotFix: bilingual((locale) => m.reportCannotFix({}, { locale })),
	monthsUntilFixed: bilingual((locale) => m.reportMonthsUntilFixed({}, { locale })),
	monthsUnit: bilingual((locale) => m.reportMonthsUnit({}, { locale })),
	oneOff: bilingual((locale) => m.reportOneOff({}, { locale })),
	cheapest: bilingual((locale) => m.reportCheapest({}, { locale })),
	contradictions: bilingual((locale) => m.reportContradictions({}, { locale })),
	notes: bilingual((locale) => m.reportNotes({}, { locale }))
};
/** 3 件 / 3 items */
export const reportItemCount = (count: number): Label =>
	bilingual((locale) => m.reportItemCount({ count }, { locale }));
/** 満たしていない必須要件 / mandatory item(s) not met */
export const reportMandatoryItemsNotMet = (count: number): Label =>
	bilingual((locale) => m.reportMandatoryItemsNotMet({ count }, { locale }));
