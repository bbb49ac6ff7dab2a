import { z } from 'zod';
import { AsOf, FileHead, Text } from '../figure';

export const Source = z
	.object({
		title: z.string().min(1),
		titleEn: z.string().min(1),
		publisher: z.string().min(1),
		date: z.union([AsOf, z.literal('unknown')]),
		url: z.url().optional(),
		kind: z.enum(['seed', 'primary', 'secondary']),
		checked: z.boolean(),
		checkedNote: Text
	})
	.strict();
export type Source = z.infer<typeof Source>;

export const SourcesFile = z
	.object({
		...FileHead,
		sources: z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case source id'), Source)
	})
	.strict();
export type SourcesFile = z.infer<typeof SourcesFile>;
