/**
 * data/scenario-defaults.json: the default scenario — a typical small merchant — field by field. Each default is
 * a figure of its own (an assumption about the business, with its rationale) or a reference to a sourced figure
 * elsewhere in data/; `pick` says which value of a range to take (default: the value, else the midpoint).
 * Presets name the SaaS and mall plans (ids in data/platforms.json) the default scenario compares; with plan
 * selection `cheapest-of-platform` the engine moves to the cheapest plan of the same service for the revenue.
 * `insurancePremiumBands` gives the cyber insurance premium by revenue band.
 */
import { z } from 'zod';
import { Figure, FileHead, Text } from '../figure';
import { FigureRef } from '../resolve';

export const DefaultPick = z.enum(['value', 'low', 'mostLikely', 'high', 'mid']);
export type DefaultPick = z.infer<typeof DefaultPick>;

export const ScenarioDefault = z
	.object({
		field: z.string().regex(/^[a-zA-Z]+(\.[a-zA-Z]+)*$/, 'a dotted scenario field path'),
		figure: Figure.optional(),
		ref: FigureRef.optional(),
		pick: DefaultPick.optional(),
		note: Text.optional()
	})
	.strict()
	.refine((d) => (d.figure === undefined) !== (d.ref === undefined), {
		message: 'a default has exactly one of figure or ref'
	});
export type ScenarioDefault = z.infer<typeof ScenarioDefault>;

export const ScenarioDefaultsFile = z
	.object({
		...FileHead,
		presets: z.object({ saas: z.string().min(1), mall: z.string().min(1) }).strict(),
		defaults: z.array(ScenarioDefault).min(1),
		/** cyber insurance premium by revenue: each band applies up to its revenue (both refs to sourced figures) */
		insurancePremiumBands: z
			.object({
				note: Text,
				bands: z.array(z.object({ upToRevenue: FigureRef, premium: FigureRef }).strict()).min(1)
			})
			.strict(),
		/** own sites' card rate and PSP monthly fee by monthly card sales (the first tier starts at zero) */
		cardRateTiers: z
			.object({
				note: Text,
				tiers: z
					.array(
						z
							.object({ fromMonthlyCardSales: FigureRef.nullable(), rate: FigureRef, monthly: FigureRef })
							.strict()
					)
					.min(1)
			})
			.strict()
	})
	.strict();
export type ScenarioDefaultsFile = z.infer<typeof ScenarioDefaultsFile>;
