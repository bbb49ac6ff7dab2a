/**
 * data/platforms.json: SaaS (ASP) shop platforms and marketplaces (malls) in Japan, their plans and fees, and what
 * is known about each platform's PCI DSS status. Built for a "platform → plan" choice in the UI and for the cost
 * model of the `saas` and `mall` site forms.
 *
 * Every fee slot of a plan has a `default` (a figure, or `notApplicable` with a reason when the fee does not exist
 * for that kind of platform), optional `variants` (other billing cycles, payment methods, categories, sales bands
 * — each with an id) and optional `superseded` figures (earlier prices kept for reference; never use them as
 * current). A price that could not be found is a figure with `value: "unknown"` and a note.
 */
import { z } from 'zod';
import { AsOf, Figure, FileHead, SourceRef, Text } from '../figure';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');

export const PlatformKind = z.enum(['saas', 'mall']);
export type PlatformKind = z.infer<typeof PlatformKind>;

/** What the sources say about PCI DSS for the platform. `source` is absent only when nothing was found. */
export const PciDss = z
	.object({
		status: z.enum(['compliant', 'non-compliant', 'unknown']),
		evidence: Text,
		source: SourceRef.optional()
	})
	.strict();
export type PciDss = z.infer<typeof PciDss>;

/** A fee that does not exist for this kind of platform (e.g. mall point funding on a SaaS shop). */
export const NotApplicable = z
	.object({
		notApplicable: z.literal(true),
		reason: Text
	})
	.strict();
export type NotApplicable = z.infer<typeof NotApplicable>;

/** How a monthly fee is paid. `unspecified`: the source does not say. */
export const Billing = z.enum(['monthly', 'annual-prepaid', 'semiannual-prepaid', 'unspecified']);
export type Billing = z.infer<typeof Billing>;

/** An alternative to the slot's default: another billing cycle, payment method, category or sales band. */
export const FeeVariant = z
	.object({
		id: Id,
		billing: Billing.optional(),
		figure: Figure
	})
	.strict();
export type FeeVariant = z.infer<typeof FeeVariant>;

export const FeeSlot = z
	.object({
		/** The value a model should use unless the user picks a variant. */
		default: z.union([Figure, NotApplicable]),
		/** Billing cycle of the default (monthly fee slots only). */
		billing: Billing.optional(),
		variants: z.array(FeeVariant).min(1).optional(),
		/** Earlier prices, kept for reference only. */
		superseded: z.array(Figure).min(1).optional()
	})
	.strict();
export type FeeSlot = z.infer<typeof FeeSlot>;

/** Any further fee. `applies`: always charged, charged under a condition, an optional add-on, or not stated. */
export const OtherFee = z
	.object({
		id: Id,
		applies: z.enum(['always', 'conditional', 'optional', 'unknown']),
		condition: Text.optional(),
		figure: Figure
	})
	.strict();
export type OtherFee = z.infer<typeof OtherFee>;

export const Fees = z
	.object({
		/** 円, one-off. */
		initialFee: FeeSlot,
		/** 円/月 (for annual or half-yearly billing: the per-month amount). */
		monthlyFee: FeeSlot,
		/** Card / payment processing, % of the paid amount. */
		paymentRate: FeeSlot,
		/** Fixed amount per order (or per item where the label says so), 円. */
		perTransactionFee: FeeSlot,
		/** Platform commission on sales (mall system usage fee, SaaS service / transaction fee), %. */
		salesCommission: FeeSlot,
		/** Point funding the merchant must bear, %. */
		pointCost: FeeSlot,
		/** Affiliate funding, % (of affiliate-referred sales unless the label says otherwise). */
		affiliateCost: FeeSlot,
		otherFees: z.array(OtherFee)
	})
	.strict();
export type Fees = z.infer<typeof Fees>;

export const TaxBasis = z
	.object({
		basis: z.enum(['tax-excluded', 'tax-included', 'mixed', 'unknown']),
		text: Text,
		sources: z.array(SourceRef)
	})
	.strict();
export type TaxBasis = z.infer<typeof TaxBasis>;

export const Plan = z
	.object({
		id: Id,
		/** Id of an entry in `platforms`. */
		platform: Id,
		kind: PlatformKind,
		name: Text,
		/** `placeholder`: stands for the platform's plans when no per-plan data was found. */
		status: z.enum(['current', 'unclear', 'placeholder']),
		fees: Fees,
		taxBasis: TaxBasis,
		pciDss: PciDss,
		/** Date the plan's main prices are valid for; `unknown` when every source is undated or nothing was found. */
		asOf: z.union([AsOf, z.literal('unknown')]),
		asOfNote: Text.optional(),
		/** Figures that are not fees but help check a model (break-even sales, typical total fee share). */
		referenceFigures: z.array(Figure).min(1).optional(),
		note: Text.optional()
	})
	.strict();
export type Plan = z.infer<typeof Plan>;

export const Platform = z
	.object({
		id: Id,
		name: Text,
		kind: PlatformKind,
		operator: Text.optional(),
		/** An official page the sources name for this platform's prices or terms. */
		url: z.url().optional(),
		pciDss: PciDss,
		note: Text.optional()
	})
	.strict();
export type Platform = z.infer<typeof Platform>;

export const PlatformGap = z
	.object({
		id: Id,
		platforms: z.array(Id).min(1),
		text: Text
	})
	.strict();
export type PlatformGap = z.infer<typeof PlatformGap>;

export const PlatformsFile = z
	.object({
		...FileHead,
		platforms: z.array(Platform).min(1),
		plans: z.array(Plan).min(1),
		gaps: z.array(PlatformGap)
	})
	.strict()
	.superRefine((file, ctx) => {
		const platformIds = new Set<string>();
		file.platforms.forEach((p, i) => {
			if (platformIds.has(p.id))
				ctx.addIssue({ code: 'custom', path: ['platforms', i, 'id'], message: 'duplicate platform id' });
			platformIds.add(p.id);
		});
		const kinds = new Map(file.platforms.map((p) => [p.id, p.kind]));
		const planIds = new Set<string>();
		file.plans.forEach((plan, i) => {
			if (planIds.has(plan.id))
				ctx.addIssue({ code: 'custom', path: ['plans', i, 'id'], message: 'duplicate plan id' });
			planIds.add(plan.id);
			const kind = kinds.get(plan.platform);
			if (kind === undefined) {
				ctx.addIssue({ code: 'custom', path: ['plans', i, 'platform'], message: 'unknown platform id' });
			} else if (kind !== plan.kind) {
				ctx.addIssue({
					code: 'custom',
					path: ['plans', i, 'kind'],
					message: 'plan kind differs from its platform'
				});
			}
		});
		file.gaps.forEach((g, i) =>
			g.platforms.forEach((id, j) => {
				if (!platformIds.has(id))
					ctx.addIssue({ code: 'custom', path: ['gaps', i, 'platforms', j], message: 'unknown platform id' });
			})
		);
	});
export type PlatformsFile = z.infer<typeof PlatformsFile>;
