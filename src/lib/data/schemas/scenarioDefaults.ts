/**
 * data/scenario-defaults.json: the default scenario — a typical small merchant — field by field. Each default is
 * a figure of its own (an assumption about the business, with its rationale) or a reference to a sourced figure
 * elsewhere in data/; `pick` says which value of a range to take (default: the value, else the midpoint).
 * Presets name the SaaS and mall plans (ids in data/platforms.json) the default scenario compares.
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
		defaults: z.array(ScenarioDefault).min(1)
	})
	.strict();
export type ScenarioDefaultsFile = z.infer<typeof ScenarioDefaultsFile>;
