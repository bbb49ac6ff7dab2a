/**
 * Schema of data/card-rules.json: the card-data rules an EC merchant in Japan faces.
 *
 * - `integrationTypes`: the seven ways a shop can take card payments (fixed ids), each with its PCI DSS v4.0.1
 *   SAQ outcome(s) and its Installment Sales Act non-retention (非保持化) status.
 * - `saqDecisionOrder`: the ordered rules that pick an SAQ (text + result only; the model implements them).
 * - `saqs` / `otherSaqs` / `pciTimeline`: SAQ eligibility, question counts (not exact), ASV applicability, dates.
 * - `merchantLevels`: per-brand level thresholds (figures) and what each level submits.
 * - `japan`: legal basis, 非保持化, guideline versions, the 6.0 measures, the security checklist, EMV 3-D Secure.
 * - `platformClaims`: PCI DSS / card-data claims of platforms and PSPs serving Japan.
 * - `scopeCosts`: the costs a PCI scope adds (mostly `unknown`: no prices were found).
 * - `openItems`: what still has to be verified.
 */
import { z } from 'zod';
import { Figure, Text, FileHead, SourceRef } from '../figure';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id');
const Sources = z.array(SourceRef).min(1);
/** A date as the sources give it: YYYY, YYYY-MM or YYYY-MM-DD. */
const DateText = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date as YYYY, YYYY-MM or YYYY-MM-DD');

export const IntegrationTypeId = z.enum([
	'platform-checkout',
	'redirect',
	'iframe',
	'js-token',
	'direct-post',
	'server-pass-through',
	'stored'
]);
export type IntegrationTypeId = z.infer<typeof IntegrationTypeId>;

/** The three SAQs an e-commerce merchant can land on. */
export const SaqType = z.enum(['A', 'A-EP', 'D']);
export type SaqType = z.infer<typeof SaqType>;

/** Condition ids of `japan.conditions` that say when a Japanese measure applies. */
export const JapanConditionId = z.enum([
	'always',
	'has-customer-login',
	'fraud-manifested',
	'recent-fraud',
	'high-risk-goods',
	'new-merchant',
	'retains-card-data'
]);
export type JapanConditionId = z.infer<typeof JapanConditionId>;

const Note = z.object({ id: Id, text: Text, sources: Sources.optional() }).strict();

const Variant = z.object({ id: Id, name: Text, description: Text }).strict();

const SaqOutcome = z
	.object({
		/** 'always', or the id of one of the integration type's variants. */
		when: Id,
		result: SaqType,
		condition: Text
	})
	.strict();

const Caveat = z.object({ sourced: z.boolean(), text: Text }).strict();

const IntegrationType = z
	.object({
		id: IntegrationTypeId,
		name: Text,
		description: Text,
		/** The Japanese connection-method names it corresponds to (リンク型, トークン型 …); may be empty. */
		jpConnectionMethod: z
			.object({ names: z.array(Text), note: Text.optional(), sources: Sources.optional() })
			.strict(),
		variants: z.array(Variant).optional(),
		saq: z
			.object({
				outcomes: z.array(SaqOutcome).min(1),
				/** Whether the January 2025 SAQ A script criterion applies to this integration. */
				scriptCriterion: z.enum(['applies', 'not-applicable', 'not-relevant', 'ask-merchant']),
				scopeNote: Text.optional(),
				caveats: z.array(Caveat).optional(),
				asvScan: z.enum(['required', 'verify', 'not-applicable']),
				asvNote: Text,
				/** true when the research note derived the mapping rather than a source stating it. */
				derived: z.boolean(),
				sources: Sources
			})
			.strict(),
		nonRetention: z
			.object({ value: z.boolean(), explanation: Text, derived: z.boolean(), sources: Sources })
			.strict()
	})
	.strict();

const SaqDecisionRule = z
	.object({
		id: Id,
		no: z.number().int().positive(),
		condition: Text,
		result: z.enum(['A', 'A-EP', 'D', 'D-SP', 'per-channel']),
		resultNote: Text.optional(),
		integrationTypeIds: z.array(IntegrationTypeId),
		variantIds: z.array(Id).optional(),
		/** An additive rule adds SAQs for other channels instead of ending the evaluation. */
		additive: z.boolean(),
		sources: Sources
	})
	.strict();

const DatedItem = z.object({ id: Id, date: DateText, text: Text, sources: Sources }).strict();

const TimelineEvent = z
	.object({
		id: Id,
		date: DateText,
		text: Text,
		figures: z.array(Figure).optional(),
		sources: Sources
	})
	.strict();

const Eligibility = z
	.object({
		id: Id,
		text: Text,
		/** The short official wording, where the data file keeps it. */
		verbatimEn: z.string().min(1).optional(),
		addedIn: z.string().min(1).optional(),
		appliesToIntegrationTypeIds: z.array(IntegrationTypeId).optional(),
		sources: Sources
	})
	.strict();

const ScopeNote = z
	.object({ id: Id, text: Text, figures: z.array(Figure).optional(), sources: Sources })
	.strict();

const Saq = z
	.object({
		id: z.enum(['a', 'a-ep', 'd']),
		saq: SaqType,
		name: Text,
		summary: Text,
		eligibility: z.array(Eligibility).min(1),
		scopeNotes: z.array(ScopeNote),
		/** Question / requirement counts from different sources and versions: not exact, show as "about". */
		questionCounts: z.array(Figure).min(1),
		countsNote: Text,
		asvScan: z.object({ applies: z.enum(['yes', 'verify']), text: Text, sources: Sources }).strict(),
		effectiveDates: z.array(DatedItem)
	})
	.strict();

const OtherSaq = z
	.object({
		id: Id,
		saq: z.enum(['D-SP', 'C-VT', 'B-IP']),
		name: Text,
		appliesWhen: Text,
		questionCounts: z.array(Figure).optional(),
		sources: Sources
	})
	.strict();

const Threshold = z
	.object({
		metric: z.enum(['brand-transactions', 'brand-ecommerce-transactions', 'mastercard-maestro-transactions']),
		comparator: z.enum(['>', '>=', '<', '<=']),
		figure: Figure
	})
	.strict();

const MerchantLevel = z
	.object({
		id: Id,
		level: z.enum(['1', '2', '3', '4']),
		/** all: every threshold holds; any: a threshold or an other trigger; otherwise: none of the higher levels. */
		match: z.enum(['all', 'any', 'otherwise']),
		criteria: Text,
		thresholds: z.array(Threshold),
		otherTriggers: Text.optional(),
		deliverables: z
			.object({
				report: z.enum(['ROC', 'SAQ', 'acquirer-defined', 'on-site', 'self-assessment', 'brand-program']),
				aoc: z.enum(['yes', 'unknown']),
				asvScan: z.enum(['quarterly', 'if-applicable', 'unknown']),
				text: Text
			})
			.strict(),
		sources: Sources
	})
	.strict();

const Brand = z
	.object({
		id: z.enum(['visa', 'mastercard', 'jcb', 'amex']),
		name: Text,
		levels: z.array(MerchantLevel).min(1)
	})
	.strict();

const MerchantLevels = z
	.object({
		note: Text,
		boundaryNote: Text,
		brands: z.array(Brand).min(1),
		serviceProviders: z
			.array(z.object({ id: Id, text: Text, thresholds: z.array(Threshold), sources: Sources }).strict())
			.min(1)
	})
	.strict();

const LegalBasis = z
	.object({
		id: Id,
		text: Text,
		/** Article numbers as the law writes them (第35条の16 …). */
		articles: z.array(z.string().min(1)),
		lawNumber: z.string().min(1).optional(),
		dates: z.array(z.object({ id: Id, date: DateText, text: Text }).strict()).optional(),
		sources: Sources
	})
	.strict();

const Condition = z
	.object({
		id: JapanConditionId,
		text: Text,
		figures: z.array(Figure).optional(),
		categories: z.array(z.object({ id: Id, name: Text }).strict()).optional(),
		sources: Sources.optional()
	})
	.strict();

const ConnectionMethod = z
	.object({
		id: Id,
		name: Text,
		dataFlow: Text,
		nonRetention: z.boolean(),
		note: Text.optional(),
		integrationTypeIds: z.array(IntegrationTypeId).min(1),
		sources: Sources
	})
	.strict();

const GuidelineVersion = z
	.object({ id: Id, version: Text, date: DateText, changes: Text, sources: Sources })
	.strict();

const GuidelineMeasure = z
	.object({
		id: Id,
		area: z.enum(['card-number-management', 'fraud-prevention', 'declaration']),
		text: Text,
		/** New in guideline 6.0 (null: the sources do not say). */
		newIn60: z.boolean().nullable(),
		appliesWhen: JapanConditionId,
		checklistItemIds: z.array(Id).optional(),
		sources: Sources
	})
	.strict();

const ChecklistItem = z
	.object({
		id: Id,
		no: z.number().int().positive().optional(),
		title: Text,
		/** all: every measure; at-least-one: one or more of the measures; declare: information only. */
		rule: z.enum(['all', 'at-least-one', 'declare']),
		appliesWhen: JapanConditionId,
		measures: z.array(z.object({ id: Id, text: Text }).strict()),
		figures: z.array(Figure).optional(),
		sources: Sources
	})
	.strict();

const Japan = z
	.object({
		legalBasis: z.array(LegalBasis).min(1),
		cardDataRule: z
			.object({
				text: Text,
				options: z.array(z.enum(['non-retention', 'pci-dss'])).min(1),
				deadlines: z.array(z.object({ id: Id, date: DateText, text: Text }).strict()),
				sources: Sources
			})
			.strict(),
		nonRetention: z
			.object({
				definition: Text,
				equivalence: Text,
				leakStillPossible: Text,
				figures: z.array(Figure),
				sources: Sources
			})
			.strict(),
		pciBoundEntities: z.object({ text: Text, sources: Sources }).strict(),
		ipaOutline: z
			.array(
				z
					.object({ id: Id, no: z.number().int().positive().optional(), text: Text, sources: Sources })
					.strict()
			)
			.min(1),
		connectionMethods: z.array(ConnectionMethod).min(1),
		guidelineBody: Text,
		guidelineVersions: z.array(GuidelineVersion).min(1),
		conditions: z.array(Condition).min(1),
		guidelineMeasures: z.array(GuidelineMeasure).min(1),
		securityChecklist: z.object({ note: Text, items: z.array(ChecklistItem).min(1) }).strict(),
		declarationProcess: z
			.array(z.object({ id: Id, date: DateText.optional(), text: Text, sources: Sources }).strict())
			.min(1),
		emv3ds: z
			.object({
				deadline: z.object({ date: DateText, text: Text, sources: Sources }).strict(),
				rolloutTiers: z
					.array(
						z
							.object({ id: Id, no: z.number().int().positive(), conditionId: JapanConditionId, text: Text })
							.strict()
					)
					.min(1),
				rolloutSources: Sources,
				penalty: z.object({ text: Text, sources: Sources }).strict(),
				exemptions: z.object({ text: Text, sources: Sources }).strict(),
				figures: z.array(Figure),
				frictionlessNote: Text
			})
			.strict()
	})
	.strict();

const PlatformClaim = z
	.object({
		id: Id,
		name: Text,
		kind: z.enum(['saas', 'mall', 'psp', 'cloud-package']),
		/** current: the company states it now; historical: only an old statement; third-party-only; none-found. */
		pciStatement: z.enum(['current', 'historical', 'third-party-only', 'none-found']),
		pciLevel: Text.optional(),
		pciVersion: Text.optional(),
		statementAsOf: DateText,
		/** P primary, V vendor documentation, S secondary, none: nothing found. */
		evidenceTag: z.enum(['P', 'V', 'S', 'none']),
		evidence: Text,
		cardDataHandling: Text.optional(),
		relatedPlatformIds: z.array(Id).optional(),
		saqMapping: z
			.array(z.object({ integrationTypeId: IntegrationTypeId, saq: SaqType, text: Text }).strict())
			.optional(),
		sources: Sources
	})
	.strict();

const ScopeCost = z
	.object({
		id: Id,
		name: Text,
		appliesTo: z
			.object({
				saqs: z.array(SaqType).optional(),
				integrationTypeIds: z.array(IntegrationTypeId).optional(),
				text: Text
			})
			.strict(),
		conditionId: JapanConditionId.optional(),
		figures: z.array(Figure).min(1)
	})
	.strict();

const OpenItem = z.object({ id: Id, no: z.number().int().positive(), text: Text, sources: Sources }).strict();

export const CardRulesFile = z
	.object({
		...FileHead,
		notes: z.array(Note),
		integrationTypes: z.array(IntegrationType).length(7),
		saqDecisionNote: Text,
		saqDecisionOrder: z.array(SaqDecisionRule).min(1),
		saqs: z.array(Saq).length(3),
		otherSaqs: z.array(OtherSaq),
		pciTimeline: z.array(TimelineEvent).min(1),
		merchantLevels: MerchantLevels,
		japan: Japan,
		platformClaims: z.array(PlatformClaim).min(1),
		scopeCosts: z.array(ScopeCost).min(1),
		openItems: z.array(OpenItem).min(1)
	})
	.strict();
export type CardRulesFile = z.infer<typeof CardRulesFile>;
