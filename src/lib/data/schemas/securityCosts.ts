/**
 * data/security-costs.json: what it costs to keep an EC site secure, by site form.
 *
 * - `outlineItems`: the operating items the IPA outline (2022-10-17, 第二部 第2章 2.(1)) lists for self-built
 *   sites, plus the related operation requirements and the platform side (※1); each says which site forms it
 *   applies to, how often, and whether the outline's managed security-hosting service covers it.
 * - `minimumMonthly`: the outline's floor for a self-built site's security operating cost (10万円/月).
 * - `comparison`: the outline's qualitative self-build vs SaaS table (2.(1)②).
 * - `marketPrices`: market prices grouped by category (WAF, diagnosis, insurance, build, hosting …).
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

export const SiteForm = z.enum(['scratch', 'package', 'managed', 'saas', 'mall']);
export type SiteForm = z.infer<typeof SiteForm>;

export const OutlineItemGroup = z.enum([
	'vulnerability-ops',
	'threat-detection',
	'operation-requirement',
	'platform',
	'managed-service'
]);
export type OutlineItemGroup = z.infer<typeof OutlineItemGroup>;

export const OutlineItem = z
	.object({
		id: Id,
		group: OutlineItemGroup,
		label: Text,
		figure: Figure,
		/** Site forms for which the item has to be done (and paid for) by the merchant or its contractor. */
		appliesTo: z.array(SiteForm).min(1),
		cadence: Text,
		/** True when the outline's managed security-hosting service lists the item among what it provides. */
		coveredByManagedService: z.boolean().optional(),
		note: Text.optional()
	})
	.strict();
export type OutlineItem = z.infer<typeof OutlineItem>;

export const ComparisonRow = z
	.object({
		id: Id,
		label: Text,
		selfBuilt: Text,
		saasOrModule: Text
	})
	.strict();
export type ComparisonRow = z.infer<typeof ComparisonRow>;

export const MarketCategoryId = z.enum([
	'waf',
	'diagnosis',
	'pentest',
	'insurance',
	'fraud-detection',
	'login-protection',
	'emv-3ds',
	'managed-hosting',
	'file-integrity',
	'build',
	'hosting',
	'running',
	'maintenance'
]);
export type MarketCategoryId = z.infer<typeof MarketCategoryId>;

export const MarketItem = z
	.object({
		id: Id,
		vendor: z.string().min(1).optional(),
		product: z.string().min(1).optional(),
		label: Text,
		figures: z.array(Figure).min(1),
		note: Text.optional()
	})
	.strict();
export type MarketItem = z.infer<typeof MarketItem>;

export const MarketCategory = z
	.object({
		id: MarketCategoryId,
		label: Text,
		items: z.array(MarketItem).min(1)
	})
	.strict()
	.superRefine((c, ctx) => uniqueIds(c.items, ctx));
export type MarketCategory = z.infer<typeof MarketCategory>;

export const SecurityCostsFile = z
	.object({
		...FileHead,
		outlineItems: z.array(OutlineItem).min(1),
		minimumMonthly: Figure,
		comparison: z.array(ComparisonRow).min(1),
		marketPrices: z.array(MarketCategory).min(1)
	})
	.strict()
	.superRefine((f, ctx) => {
		uniqueIds(f.outlineItems, ctx);
		uniqueIds(f.comparison, ctx);
		uniqueIds(f.marketPrices, ctx);
		const itemIds = f.marketPrices.flatMap((c) => c.items.map((i) => ({ id: i.id })));
		uniqueIds(itemIds, ctx);
	});
export type SecurityCostsFile = z.infer<typeof SecurityCostsFile>;
