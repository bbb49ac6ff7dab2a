/**
 * data/incident-costs.json: what a card/personal-data breach at a small EC merchant costs.
 *
 * - `hearing`: the IPA outline's (2022-10-17) part-1 figures — its own hearing of breached merchants and the PPC
 *   survey figures it quotes — each tagged with a group and where the number originally comes from.
 * - `cases`: the outline's two itemised cases (A: about 3,000 records, B: about 10,000 records); items sum to the total.
 * - `postIncident`: sales, customer and site-form effects after a breach.
 * - `unitCosts`: incident-response unit costs (forensics, call centre, mail, apology gifts, legal, card re-issue,
 *   credit monitoring …) from secondary sources, grouped by category.
 */
import { z } from 'zod';
import { Figure, Text, FileHead } from '../figure';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');

function uniqueIds<T extends { id: string }>(items: T[], ctx: z.RefinementCtx) {
	const seen = new Set<string>();
	for (const [i, item] of items.entries()) {
		if (seen.has(item.id))
			ctx.addIssue({ code: 'custom', message: `duplicate id ${item.id}`, path: [i, 'id'] });
		seen.add(item.id);
	}
}

/** Where a hearing figure originally comes from: the outline's own hearing, the PPC survey it quotes, or JCA. */
export const HearingOrigin = z.enum(['ipa-hearing', 'ppc-survey', 'jca']);
export type HearingOrigin = z.infer<typeof HearingOrigin>;

export const HearingGroup = z.enum([
	'scale',
	'loss',
	'closure',
	'response',
	'maintenance',
	'causes',
	'context'
]);
export type HearingGroup = z.infer<typeof HearingGroup>;

export const HearingFigure = z
	.object({
		id: Id,
		group: HearingGroup,
		origin: HearingOrigin,
		figure: Figure,
		/** How many companies the average or share was taken over, where the outline says. */
		sample: Figure.optional(),
		note: Text.optional()
	})
	.strict();
export type HearingFigure = z.infer<typeof HearingFigure>;

export const CaseItem = z
	.object({
		id: Id,
		label: Text,
		figure: Figure,
		/** For a lump that bundles several cost items, the items it covers. */
		includes: z.array(Text).min(1).optional()
	})
	.strict();
export type CaseItem = z.infer<typeof CaseItem>;

export const IncidentCase = z
	.object({
		id: z.enum(['case-a', 'case-b']),
		label: Text,
		records: Figure,
		total: Figure,
		items: z.array(CaseItem).min(1)
	})
	.strict()
	.superRefine((c, ctx) => {
		uniqueIds(c.items, ctx);
		const values = c.items.map((i) => i.figure.value);
		if (typeof c.total.value === 'number' && values.every((v) => typeof v === 'number')) {
			const sum = (values as number[]).reduce((a, b) => a + b, 0);
			if (Math.abs(sum - c.total.value) > 1e-9) {
				ctx.addIssue({
					code: 'custom',
					message: `items sum to ${sum}, total says ${c.total.value}`,
					path: ['total']
				});
			}
		}
	});
export type IncidentCase = z.infer<typeof IncidentCase>;

export const PostIncidentFigure = z
	.object({
		id: Id,
		group: z.enum(['sales', 'customers', 'site-form']),
		origin: HearingOrigin,
		figure: Figure,
		note: Text.optional()
	})
	.strict();
export type PostIncidentFigure = z.infer<typeof PostIncidentFigure>;

export const UnitCostCategory = z.enum([
	'forensics',
	'call-centre',
	'notification',
	'apology',
	'legal-consulting',
	'card-reissue',
	'credit-monitoring',
	'pr-reputation',
	'dark-web',
	'recovery',
	'compensation',
	'benchmark-total'
]);
export type UnitCostCategory = z.infer<typeof UnitCostCategory>;

export const UnitCost = z
	.object({
		id: Id,
		category: UnitCostCategory,
		label: Text,
		figures: z.array(Figure).min(1),
		note: Text.optional()
	})
	.strict();
export type UnitCost = z.infer<typeof UnitCost>;

export const IncidentCostsFile = z
	.object({
		...FileHead,
		hearing: z.array(HearingFigure).min(1),
		cases: z.array(IncidentCase).length(2),
		postIncident: z.array(PostIncidentFigure).min(1),
		unitCosts: z.array(UnitCost).min(1)
	})
	.strict()
	.superRefine((f, ctx) => {
		uniqueIds(f.hearing, ctx);
		uniqueIds(f.cases, ctx);
		uniqueIds(f.postIncident, ctx);
		uniqueIds(f.unitCosts, ctx);
	});
export type IncidentCostsFile = z.infer<typeof IncidentCostsFile>;
