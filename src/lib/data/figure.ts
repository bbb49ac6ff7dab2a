/**
 * The building blocks every data file is made of.
 *
 * A *figure* is one number (or one range, or one list of observations) together with what it is (a bilingual
 * label), its unit, and its provenance: either `source` (an id into data/sources.json, the section or table it
 * comes from, and the as-of date) or `assumption: true` with a one-line `rationale`. Every text a user reads
 * (label, note, rationale, source note) is bilingual: { ja, en }. An assumption may also name
 * the sources it was built on (`basedOn`). A price or rate that could not be found is `value: "unknown"` with a
 * `note` saying what was looked for — never an invented number.
 */
import { z } from 'zod';
import { UNITS } from './units';

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const AsOf = z
	.string()
	.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'as-of date as YYYY, YYYY-MM or YYYY-MM-DD');

export const Text = z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict();
export type Text = z.infer<typeof Text>;

export const SourceRef = z
	.object({
		id: z.string().min(1),
		section: z.string().min(1),
		asOf: AsOf,
		note: Text.optional()
	})
	.strict();
export type SourceRef = z.infer<typeof SourceRef>;

const FigureShape = z
	.object({
		label: Text,
		unit: z.enum(UNITS),
		value: z.union([z.number().finite(), z.literal('unknown')]).optional(),
		low: z.number().finite().optional(),
		mostLikely: z.number().finite().optional(),
		high: z.number().finite().optional(),
		values: z.array(z.number().finite()).min(1).optional(),
		source: SourceRef.optional(),
		assumption: z.literal(true).optional(),
		rationale: Text.optional(),
		basedOn: z.array(SourceRef).min(1).optional(),
		calibration: z.boolean().optional(),
		note: Text.optional()
	})
	.strict();

/** One sourced or assumed number. See the module comment for the rules. */
export const Figure = FigureShape.superRefine((f, ctx) => {
	const kinds = [f.value !== undefined, f.low !== undefined || f.high !== undefined, f.values !== undefined];
	if (kinds.filter(Boolean).length !== 1) {
		ctx.addIssue({
			code: 'custom',
			message: 'a figure holds exactly one of: value, low/high (with optional mostLikely), values'
		});
	}
	if ((f.low === undefined) !== (f.high === undefined)) {
		ctx.addIssue({ code: 'custom', message: 'a range needs both low and high' });
	}
	if (f.low !== undefined && f.high !== undefined) {
		if (f.low > f.high) ctx.addIssue({ code: 'custom', message: 'low must not exceed high' });
		if (f.mostLikely !== undefined && (f.mostLikely < f.low || f.mostLikely > f.high)) {
			ctx.addIssue({ code: 'custom', message: 'mostLikely must lie between low and high' });
		}
	} else if (f.mostLikely !== undefined) {
		ctx.addIssue({ code: 'custom', message: 'mostLikely only goes with low and high' });
	}
	if (f.value === 'unknown' && !f.note) {
		ctx.addIssue({ code: 'custom', message: 'an unknown value needs a note saying what was looked for' });
	}
	const sourced = f.source !== undefined;
	const assumed = f.assumption === true;
	if (sourced === assumed) {
		ctx.addIssue({
			code: 'custom',
			message:
				'a figure has either source (id, section, asOf) or assumption: true with a rationale — exactly one'
		});
	}
	if (assumed && !f.rationale) {
		ctx.addIssue({ code: 'custom', message: 'an assumption needs a one-line rationale' });
	}
	if (!assumed && (f.rationale || f.basedOn)) {
		ctx.addIssue({ code: 'custom', message: 'rationale and basedOn belong to assumptions only' });
	}
});
export type Figure = z.infer<typeof Figure>;

/** The head every data file starts with. */
export const FileHead = {
	schemaVersion: z.literal(1),
	title: Text,
	description: Text.optional()
};
