/**
 * User-visible names, in Japanese and English, of every code the CLI's text outputs show: site forms, checklist
 * modes, answers, coverage and verdicts, the recommendation's basis and exclusion kinds, card-rule statuses, the
 * stay-or-migrate plans, loss items. The report renders codes only through this table (ids stay only where a
 * machine reads them: JSON, and the id columns of the CSV).
 *
 * Each table is typed by the model's own code type (`Record<ChecklistVerdict, Label>` …), so a code added to the
 * model without a label fails type checking; labels.spec.ts checks the same at run time against the model's
 * exported const arrays and against the codes real results contain. *
 * The words are Paraglide messages: form names in messages/{ja,en}.json (the UI's), everything else in
 * messages/results/{ja,en}.json (label…).
 */
import type { Text } from '../data/figure';
import { m } from '../i18n';
import { bilingual } from './bilingual';
import type { DataSet } from '../data/files';
import type { SiteForm } from '../data/forms';
import { fieldLabelOf } from './field-labels';
import { requirementLabel } from './problems';
import type {
	CardRulesResult,
	ChecklistAnswer,
	ChecklistVerdict,
	Coverage,
	MissingItem,
	Recommendation,
	RequirementStatus,
	SaqType,
	Scenario,
	SeverityItem,
	StayOrMigrate,
	StopGap
} from '../model';

export type Label = Text;

const both = bilingual;

/** The five site forms, named once: the UI's Paraglide messages (messages/*.json). */
export const FORM_LABELS: Record<SiteForm, Label> = {
	scratch: both((locale) => m.formScratch({}, { locale })),
	package: both((locale) => m.formPackage({}, { locale })),
	managed: both((locale) => m.formManaged({}, { locale })),
	saas: both((locale) => m.formSaas({}, { locale })),
	mall: both((locale) => m.formMall({}, { locale }))
};

/** Form names inside a sentence (English takes an article there). */
export const FORM_IN_SENTENCE: Record<SiteForm, Label> = {
	scratch: both((locale) => m.formScratchInSentence({}, { locale })),
	package: both((locale) => m.formPackageInSentence({}, { locale })),
	managed: both((locale) => m.formManagedInSentence({}, { locale })),
	saas: both((locale) => m.formSaasInSentence({}, { locale })),
	mall: both((locale) => m.formMallInSentence({}, { locale }))
};

/* The tables below word the model's codes; their words are in messages/results/{ja,en}.json (label…). */

export const MODE_LABELS: Record<Scenario['posture']['checklist']['mode'], Label> = {
	new: both((locale) => m.labelModeNew({}, { locale })),
	running: both((locale) => m.labelModeRunning({}, { locale }))
};

export const ANSWER_LABELS: Record<ChecklistAnswer, Label> = {
	'in-house': both((locale) => m.labelAnswerInHouse({}, { locale })),
	outsourced: both((locale) => m.labelAnswerOutsourced({}, { locale })),
	'not-feasible': both((locale) => m.labelAnswerNotFeasible({}, { locale })),
	implemented: both((locale) => m.labelAnswerImplemented({}, { locale })),
	'not-implemented': both((locale) => m.labelAnswerNotImplemented({}, { locale })),
	'not-fixable': both((locale) => m.labelAnswerNotFixable({}, { locale })),
	unknown: both((locale) => m.labelAnswerUnknown({}, { locale })),
	unanswered: both((locale) => m.labelAnswerUnanswered({}, { locale }))
};

export const COVERAGE_LABELS: Record<Coverage, Label> = {
	met: both((locale) => m.labelCoverageMet({}, { locale })),
	conditional: both((locale) => m.labelCoverageConditional({}, { locale })),
	unmet: both((locale) => m.labelCoverageUnmet({}, { locale }))
};

export const VENDOR_MISSING_LABELS: Record<RequirementStatus['vendorMissing'][number], Label> = {
	contract: both((locale) => m.labelVendorMissingContract({}, { locale })),
	monitoring: both((locale) => m.labelVendorMissingMonitoring({}, { locale }))
};

export const VERDICT_LABELS: Record<ChecklistVerdict, Label> = {
	incomplete: both((locale) => m.labelVerdictIncomplete({}, { locale })),
	'self-build-allowed': both((locale) => m.labelVerdictSelfBuildAllowed({}, { locale })),
	'self-build-with-conditions': both((locale) => m.labelVerdictSelfBuildWithConditions({}, { locale })),
	'do-not-self-build': both((locale) => m.labelVerdictDoNotSelfBuild({}, { locale })),
	continue: both((locale) => m.labelVerdictContinue({}, { locale })),
	urgent: both((locale) => m.labelVerdictUrgent({}, { locale })),
	'migrate-or-stop': both((locale) => m.labelVerdictMigrateOrStop({}, { locale }))
};

export const BASIS_LABELS: Record<Recommendation['basis'], Label> = {
	'risk-adjusted-total': both((locale) => m.labelBasisRiskAdjustedTotal({}, { locale })),
	'risk-adjusted-total-discounted': both((locale) => m.labelBasisRiskAdjustedTotalDiscounted({}, { locale }))
};

export const EXCLUSION_KIND_LABELS: Record<Recommendation['excluded'][number]['kind'], Label> = {
	rule: both((locale) => m.labelExclusionRule({}, { locale })),
	pending: both((locale) => m.labelExclusionPending({}, { locale }))
};

export const SAQ_LABELS: Record<SaqType, Label> = {
	A: both((locale) => m.labelSaqA({}, { locale })),
	'A-EP': both((locale) => m.labelSaqAEp({}, { locale })),
	D: both((locale) => m.labelSaqD({}, { locale }))
};

export const ASV_LABELS: Record<CardRulesResult['asvScan'], Label> = {
	required: both((locale) => m.labelAsvRequired({}, { locale })),
	verify: both((locale) => m.labelAsvVerify({}, { locale })),
	'not-applicable': both((locale) => m.labelAsvNotApplicable({}, { locale }))
};

export const NON_RETENTION_LABELS: Record<'met' | 'not-met', Label> = {
	met: both((locale) => m.labelNonRetentionMet({}, { locale })),
	'not-met': both((locale) => m.labelNonRetentionNotMet({}, { locale }))
};

export const PLATFORM_PCI_LABELS: Record<NonNullable<CardRulesResult['platformPci']>['status'], Label> = {
	compliant: both((locale) => m.labelPlatformPciCompliant({}, { locale })),
	'non-compliant': both((locale) => m.labelPlatformPciNonCompliant({}, { locale })),
	unknown: both((locale) => m.labelPlatformPciUnknown({}, { locale }))
};

export const STOP_GAP_LABELS: Record<StopGap['id'], Label> = {
	waf: both((locale) => m.labelStopGapWaf({}, { locale })),
	'cyber-insurance': both((locale) => m.labelStopGapCyberInsurance({}, { locale }))
};

export const FIX_KIND_LABELS: Record<MissingItem['fix'], Label> = {
	'one-off': both((locale) => m.labelFixKindOneOff({}, { locale })),
	recurring: both((locale) => m.labelFixKindRecurring({}, { locale })),
	quote: both((locale) => m.labelFixKindQuote({}, { locale }))
};

/** What a missing requirement's fix means, said once per kind. */
export const FIX_NOTES: Record<MissingItem['fix'], Label> = {
	'one-off': both((locale) => m.labelFixNoteOneOff({}, { locale })),
	recurring: both((locale) => m.labelFixNoteRecurring({}, { locale })),
	quote: both((locale) => m.labelFixNoteQuote({}, { locale }))
};

/** The stay-or-migrate plans (a form id names a migration to that form). */
export const PLAN_LABELS: Record<
	Exclude<NonNullable<StayOrMigrate['cheapest']>, SiteForm> | 'stay-as-is',
	Label
> = {
	'stay-as-is': both((locale) => m.labelPlanStayAsIs({}, { locale })),
	'stay-and-fix': both((locale) => m.labelPlanStayAndFix({}, { locale }))
};

export const LOSS_ITEM_LABELS: Record<SeverityItem, Label> = {
	forensics: both((locale) => m.labelLossForensics({}, { locale })),
	cardReissue: both((locale) => m.labelLossCardReissue({}, { locale })),
	fraudCompensation: both((locale) => m.labelLossFraudCompensation({}, { locale })),
	callCentre: both((locale) => m.labelLossCallCentre({}, { locale })),
	notification: both((locale) => m.labelLossNotification({}, { locale })),
	legal: both((locale) => m.labelLossLegal({}, { locale })),
	apology: both((locale) => m.labelLossApology({}, { locale })),
	hardening: both((locale) => m.labelLossHardening({}, { locale })),
	insuranceRecovery: both((locale) => m.labelLossInsuranceRecovery({}, { locale })),
	closure: both((locale) => m.labelLossClosure({}, { locale })),
	depressedSales: both((locale) => m.labelLossDepressedSales({}, { locale })),
	lostCustomers: both((locale) => m.labelLossLostCustomers({}, { locale })),
	exit: both((locale) => m.labelLossExit({}, { locale }))
};

/** Words the outputs use around the codes. */
export const TERMS = {
	lowerBound: both((locale) => m.labelTermLowerBound({}, { locale })),
	lowerBoundNote: both((locale) => m.labelTermLowerBoundNote({}, { locale })),
	unknownCost: both((locale) => m.labelTermUnknownCost({}, { locale })),
	none: both((locale) => m.labelTermNone({}, { locale })),
	never: both((locale) => m.labelTermNever({}, { locale })),
	notAnOption: both((locale) => m.labelTermNotAnOption({}, { locale }))
} as const satisfies Record<string, Label>;

/** One table of every code family, for lookups and for the spec. */
export const LABELS = {
	form: FORM_LABELS,
	mode: MODE_LABELS,
	answer: ANSWER_LABELS,
	coverage: COVERAGE_LABELS,
	vendorMissing: VENDOR_MISSING_LABELS,
	verdict: VERDICT_LABELS,
	basis: BASIS_LABELS,
	exclusionKind: EXCLUSION_KIND_LABELS,
	saq: SAQ_LABELS,
	asvScan: ASV_LABELS,
	nonRetention: NON_RETENTION_LABELS,
	platformPci: PLATFORM_PCI_LABELS,
	stopGap: STOP_GAP_LABELS,
	fixKind: FIX_KIND_LABELS,
	plan: PLAN_LABELS,
	lossItem: LOSS_ITEM_LABELS
} as const;
export type LabelFamily = keyof typeof LABELS;

/** The label of a code; a code with no label (a model change the spec has not caught yet) shows as itself. */
export function label(family: LabelFamily, code: string): Label {
	return (LABELS[family] as Record<string, Label>)[code] ?? { ja: code, en: code };
}

/** A stay-or-migrate plan: stay as is, stay and fix, or migrate to a form. */
export function planLabel(plan: string): Label {
	if (plan in FORM_LABELS) {
		const f = FORM_LABELS[plan as SiteForm];
		return both((locale) => m.labelPlanMigrate({ form: f[locale] }, { locale }));
	}
	return label('plan', plan);
}

/** 構築時要件1 (build-01) / build requirement 1 (build-01). */
export function requirementName(data: DataSet, id: string): Label {
	const l = requirementLabel(data, id);
	return l.ja === id ? l : both((locale) => m.labelRequirementWithId({ label: l[locale], id }, { locale }));
}

/**
 * A list of requirements, compact: 構築時要件1〜14・運用時要件1〜4 / build requirements 1–14, operation
 * requirements 1–4 (ids data/ does not know are listed as they are).
 */
export function requirementList(data: DataSet, ids: readonly string[]): Label {
	const all = data['guideline-requirements.json'].requirements;
	const parts: Label[] = [];
	for (const phase of ['build', 'operation'] as const) {
		const nos = all
			.filter((r) => r.phase === phase && ids.includes(r.id))
			.map((r) => r.no)
			.sort((a, b) => a - b);
		if (nos.length === 0) continue;
		parts.push(requirementNumbers(phase, nos));
	}
	const unknown = ids.filter((id) => !all.some((r) => r.id === id));
	return {
		ja: [...parts.map((p) => p.ja), ...unknown].join('・'),
		en: [...parts.map((p) => p.en), ...unknown].join('; ')
	};
}

/** 構築時要件1〜3・5 / build requirements 1–3, 5: numbers of one phase, consecutive ones as a range. */
export function requirementNumbers(phase: 'build' | 'operation', nos: readonly number[]): Label {
	const runs: [number, number][] = [];
	for (const n of nos) {
		const last = runs[runs.length - 1];
		if (last && n === last[1] + 1) last[1] = n;
		else runs.push([n, n]);
	}
	const text = (sep: string, dash: string) =>
		runs.map(([a, b]) => (a === b ? `${a}` : b === a + 1 ? `${a}${sep}${b}` : `${a}${dash}${b}`)).join(sep);
	const count = nos.length;
	return both((locale) => {
		const numbers = locale === 'ja' ? text('・', '〜') : text(', ', '–');
		return phase === 'build'
			? m.labelBuildRequirements({ count, numbers }, { locale })
			: m.labelOperationRequirements({ count, numbers }, { locale });
	});
}

/** A scenario field by its label (the dotted path when the schema has none). */
export function fieldName(path: string): Label {
	return fieldLabelOf(path) ?? { ja: path, en: path };
}
