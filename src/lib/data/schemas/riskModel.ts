/**
 * data/risk-model.json: the breach model's parameters. Each parameter is either a reference to a sourced figure
 * elsewhere in data/ (`ref`) or a figure of its own (mostly assumptions calibrated on the seeds, with `basedOn`).
 * `distribution` says how the engine reads it:
 * - `point`: the figure's value;
 * - `lognormal90`: low/high are the 5th and 95th percentiles of a lognormal;
 * - `pert`: low / mostLikely / high of a modified PERT.
 * `requirements` holds each requirement's frequency multiplier 1 + u_r (倍: the rate factor if it alone were unmet);
 * the engine ADDS the u_r of the unmet requirements (φ × u_r for outsourced ones without the outline's two
 * conditions), so the posture multiplier is 1 + Σ u_r × w_r and never exceeds 1 + k (`upliftFormula`).
 */
import { z } from 'zod';
import { Figure, FileHead, Text } from '../figure';
import { SiteForm } from '../forms';
import { FigureRef } from '../resolve';

export const ParameterDistribution = z.enum(['point', 'lognormal90', 'pert']);
export type ParameterDistribution = z.infer<typeof ParameterDistribution>;

export const RiskParameter = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		use: Text,
		distribution: ParameterDistribution,
		figure: Figure.optional(),
		ref: FigureRef.optional()
	})
	.strict()
	.refine((p) => (p.figure === undefined) !== (p.ref === undefined), {
		message: 'a parameter has exactly one of figure or ref'
	});
export type RiskParameter = z.infer<typeof RiskParameter>;

export const RequirementUplift = z
	.object({
		requirement: z.string().min(1),
		appliesTo: z.array(SiteForm),
		multiplier: Figure
	})
	.strict();
export type RequirementUplift = z.infer<typeof RequirementUplift>;

export const RiskModelFile = z
	.object({
		...FileHead,
		upliftFormula: Text,
		parameters: z.array(RiskParameter).min(1),
		requirements: z.array(RequirementUplift).min(1)
	})
	.strict()
	.superRefine((doc, ctx) => {
		const seen = new Set<string>();
		doc.parameters.forEach((p, i) => {
			if (seen.has(p.id))
				ctx.addIssue({ code: 'custom', path: ['parameters', i, 'id'], message: `duplicate id ${p.id}` });
			seen.add(p.id);
		});
	});
export type RiskModelFile = z.infer<typeof RiskModelFile>;
