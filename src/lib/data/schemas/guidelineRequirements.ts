/**
 * data/guideline-requirements.json: the 14 build-time and 6 operation-time security requirements of the IPA
 * outline (2022-10-17, 第二部 第1章), each mapped to the PPC WARNING's six incident patterns, the PPC survey's
 * direct attack causes and an ECOM measure theme (the mappings are the project's judgement, see `mappingNote`),
 * with what to ask of a vendor (`vendorSpec`); the decision rules of the two checklists (text only); and the IPA
 * vulnerability-response checklist.
 */
import { z } from 'zod';
import { Figure, Text, FileHead, SourceRef } from '../figure';

const KebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');
const No = z.number().int().positive();

export const IncidentPatternId = z.enum([
	'unpatched-software',
	'sql-injection',
	'credential-stuffing',
	'insecure-change',
	'scanner-misuse',
	'vendor-breach'
]);
export type IncidentPatternId = z.infer<typeof IncidentPatternId>;

export const AttackCauseId = z.enum([
	'payment-page-tampering',
	'sql-injection',
	'admin-access',
	'other-unknown'
]);
export type AttackCauseId = z.infer<typeof AttackCauseId>;

export const EcomThemeId = z.enum([
	'management',
	'unauthorized-access',
	'security-holes',
	'viruses',
	'security-information',
	'user-data',
	'communication',
	'authentication',
	'secure-build',
	'secure-operation',
	'incident-readiness'
]);
export type EcomThemeId = z.infer<typeof EcomThemeId>;

/** Text for a vendor specification, with the outline sections it is drawn from. */
const VendorSpec = z
	.object({ ja: z.string().min(1), en: z.string().min(1), sources: z.array(SourceRef).min(1) })
	.strict();

export const Requirement = z
	.object({
		/** build-01 … build-14, ops-01 … ops-06 */
		id: z.string().regex(/^(build|ops)-\d{2}$/),
		/** the requirement's number in the outline (要件N) */
		no: No,
		phase: z.enum(['build', 'operation']),
		/** ja: the outline's requirement text; en: a short summary */
		text: Text,
		/** wording differences between the places the outline states the requirement */
		textNote: Text.optional(),
		class: z.enum(['mandatory', 'recommended']),
		classJa: z.enum(['必須', '推奨']),
		source: SourceRef,
		defendsAgainst: z
			.object({
				incidentPatterns: z.array(IncidentPatternId),
				attackCauses: z.array(AttackCauseId)
			})
			.strict(),
		ecomTheme: EcomThemeId,
		/** sub-measure ids within `ecomTheme` */
		ecomMeasures: z.array(KebabId),
		/** why the mapping above (project judgement), one line */
		mappingRationale: Text,
		vendorSpec: VendorSpec.optional()
	})
	.strict();
export type Requirement = z.infer<typeof Requirement>;

const Countermeasure = z.object({ id: KebabId, text: Text, source: SourceRef }).strict();

export const IncidentPattern = z
	.object({
		id: IncidentPatternId,
		/** 事例 number in the WARNING */
		no: No,
		name: Text,
		summary: Text,
		countermeasures: z.array(Countermeasure).min(1),
		source: SourceRef,
		outlineCoverageNote: Text.optional()
	})
	.strict();
export type IncidentPattern = z.infer<typeof IncidentPattern>;

const CauseComponent = z.object({ id: KebabId, name: Text, share: Figure, respondents: Figure }).strict();

export const AttackCause = z
	.object({
		id: AttackCauseId,
		name: Text,
		summary: Text,
		/** the survey answer(s) the cause is made of; other-unknown has two (other, unknown) */
		components: z.array(CauseComponent).min(1)
	})
	.strict();
export type AttackCause = z.infer<typeof AttackCause>;

const AttackCauseSurvey = z
	.object({
		question: Text,
		answerMode: Text,
		respondents: Figure,
		outlineNote: Text,
		source: SourceRef
	})
	.strict();

const EcomSubMeasure = z
	.object({ id: KebabId, no: No, ja: z.string().min(1), en: z.string().min(1) })
	.strict();

export const EcomTheme = z
	.object({
		id: EcomThemeId,
		/** the theme's number in the ECOM document (表 1-1 項番) */
		no: No,
		name: Text,
		summary: Text,
		subMeasures: z.array(EcomSubMeasure).min(1),
		source: SourceRef
	})
	.strict();
export type EcomTheme = z.infer<typeof EcomTheme>;

const ChecklistState = z.object({ id: KebabId, name: Text, note: Text }).strict();
const ChecklistRule = z.object({ id: KebabId, text: Text, source: SourceRef }).strict();
const Checklist = z
	.object({
		name: Text,
		purpose: Text,
		states: z.array(ChecklistState).min(2),
		rules: z.array(ChecklistRule).min(1)
	})
	.strict();

const VulnItem = z
	.object({
		id: KebabId,
		no: No,
		ja: z.string().min(1),
		en: z.string().min(1),
		/** the ○ in the column SI事業者が協力可能な項目 */
		siVendorCanAssist: z.boolean(),
		source: SourceRef
	})
	.strict();
const VulnStage = z
	.object({ id: KebabId, no: No, name: Text, source: SourceRef, items: z.array(VulnItem).min(1) })
	.strict();

export const GuidelineRequirementsFile = z
	.object({
		...FileHead,
		mappingNote: Text,
		finalGuidelineNote: z
			.object({
				text: Text,
				buildRequirementCount: Figure,
				operationRequirementCount: Figure,
				sources: z.array(SourceRef).min(1)
			})
			.strict(),
		managedServiceNote: z
			.object({
				text: Text,
				coversRequirements: z.array(z.string().regex(/^(build|ops)-\d{2}$/)),
				coverageNote: Text,
				source: SourceRef
			})
			.strict(),
		requirements: z.array(Requirement).min(1),
		incidentPatterns: z.array(IncidentPattern).length(6),
		attackCauseSurvey: AttackCauseSurvey,
		attackCauses: z.array(AttackCause).length(4),
		ecomThemes: z.array(EcomTheme).length(11),
		checklistRules: z.object({ newSite: Checklist, runningSite: Checklist }).strict(),
		vulnResponseChecklist: z
			.object({
				name: Text,
				purpose: Text,
				countNote: Text,
				siVendorColumnNote: Text,
				ipaResponseTarget: Figure,
				source: SourceRef,
				stages: z.array(VulnStage).min(1)
			})
			.strict()
	})
	.strict()
	.superRefine((f, ctx) => {
		const dup = (ids: string[], where: string) => {
			const seen = new Set<string>();
			for (const id of ids) {
				if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${id} in ${where}` });
				seen.add(id);
			}
		};
		dup(
			f.requirements.map((r) => r.id),
			'requirements'
		);
		dup(
			f.incidentPatterns.map((p) => p.id),
			'incidentPatterns'
		);
		dup(
			f.attackCauses.map((c) => c.id),
			'attackCauses'
		);
		dup(
			f.ecomThemes.map((t) => t.id),
			'ecomThemes'
		);
		dup(
			f.vulnResponseChecklist.stages.flatMap((s) => [s.id, ...s.items.map((i) => i.id)]),
			'vulnResponseChecklist'
		);
		const themes = new Map(f.ecomThemes.map((t) => [t.id, new Set(t.subMeasures.map((m) => m.id))]));
		const reqIds = new Set(f.requirements.map((r) => r.id));
		f.requirements.forEach((r, i) => {
			const prefix = r.phase === 'build' ? 'build-' : 'ops-';
			if (r.id !== `${prefix}${String(r.no).padStart(2, '0')}`) {
				ctx.addIssue({
					code: 'custom',
					path: ['requirements', i, 'id'],
					message: 'id must match phase and no'
				});
			}
			if ((r.class === 'mandatory') !== (r.classJa === '必須')) {
				ctx.addIssue({
					code: 'custom',
					path: ['requirements', i, 'class'],
					message: 'class and classJa disagree'
				});
			}
			const subs = themes.get(r.ecomTheme);
			for (const m of r.ecomMeasures) {
				if (!subs?.has(m)) {
					ctx.addIssue({
						code: 'custom',
						path: ['requirements', i, 'ecomMeasures'],
						message: `${m} is not a sub-measure of ${r.ecomTheme}`
					});
				}
			}
		});
		for (const id of f.managedServiceNote.coversRequirements) {
			if (!reqIds.has(id))
				ctx.addIssue({ code: 'custom', message: `managedServiceNote names unknown ${id}` });
		}
	});
export type GuidelineRequirementsFile = z.infer<typeof GuidelineRequirementsFile>;
