/**
 * Resolves a reference to a figure in another data file: `{ file, path }`, where path is dotted with array
 * selectors by key (`closure.closed.options[id=closed].share`, `rates[form=saas].rate`) or by index
 * (`figures[1]`). Used by data/risk-model.json and data/scenario-defaults.json, so a figure taken from a source
 * is stated once, where its source is, and referenced everywhere else.
 */
import { z } from 'zod';
import { Figure } from './figure';

export const DATA_FILE_NAMES = [
	'sources.json',
	'guideline-requirements.json',
	'survey-ppc-2022.json',
	'incident-costs.json',
	'security-costs.json',
	'platforms.json',
	'base-rates.json',
	'card-rules.json',
	'risk-model.json',
	'scenario-defaults.json'
] as const;

export const FigureRef = z
	.object({
		file: z.enum(DATA_FILE_NAMES),
		path: z.string().min(1)
	})
	.strict();
export type FigureRef = z.infer<typeof FigureRef>;

const SEGMENT = /^([A-Za-z0-9_]+)((?:\[[^\]]+\])*)$/;

/** The node at `path` inside `doc`, or an error message saying which segment did not resolve. */
export function nodeAt(doc: unknown, path: string): { node: unknown } | { error: string } {
	let node = doc;
	for (const segment of path.split('.')) {
		const m = SEGMENT.exec(segment);
		if (!m) return { error: `malformed path segment "${segment}"` };
		node = (node as Record<string, unknown> | undefined)?.[m[1]!];
		for (const sel of m[2]!.match(/\[[^\]]+\]/g) ?? []) {
			const inner = sel.slice(1, -1);
			if (!Array.isArray(node)) return { error: `"${segment}" is not a list` };
			if (/^\d+$/.test(inner)) node = node[Number(inner)];
			else {
				const [key, value] = inner.split('=');
				node = node.find((item) => (item as Record<string, unknown>)?.[key!] === value);
			}
		}
		if (node === undefined) return { error: `nothing at "${segment}"` };
	}
	return { node };
}

/**
 * Figures already resolved, per data set: the engine resolves the same references (insurance premiums, card-rate
 * tiers) on every evaluation, and a what-if evaluates dozens of times. A data set is never changed after it is
 * loaded; the cached figures are frozen so that a caller that tried to change one would fail loudly.
 */
const resolved = new WeakMap<object, Map<string, { figure: Figure }>>();

export function resolveFigure(
	files: Record<string, unknown>,
	ref: FigureRef
): { figure: Figure } | { error: string } {
	let cache = resolved.get(files);
	if (!cache) resolved.set(files, (cache = new Map()));
	const key = `${ref.file}\u0000${ref.path}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const found = nodeAt(files[ref.file], ref.path);
	if ('error' in found) return { error: `${ref.file} › ${ref.path}: ${found.error}` };
	const parsed = Figure.safeParse(found.node);
	if (!parsed.success) return { error: `${ref.file} › ${ref.path}: not a figure` };
	const result = { figure: Object.freeze(parsed.data) };
	cache.set(key, result);
	return result;
}
