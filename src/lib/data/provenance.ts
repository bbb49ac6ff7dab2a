/**
 * The provenance walker: finds every number in a parsed data file and reports the ones that are not inside a
 * figure with a source or an assumption flag (see figure.ts and docs/data-format.md). It works on raw JSON, not
 * on schema output, so a number the schema would let through unnoticed is still caught.
 */

/** Keys whose numbers are structure (version, item numbers), not figures. */
export const STRUCTURAL_KEYS: ReadonlySet<string> = new Set(['schemaVersion', 'no']);

/** Keys under which a figure keeps its numbers. */
const VALUE_KEYS: ReadonlySet<string> = new Set(['value', 'low', 'mostLikely', 'high', 'values']);

export interface ProvenanceProblem {
	path: string;
	message: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(v: Json | undefined): v is { [key: string]: Json } {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function provenanceOf(figure: { [key: string]: Json }): string | null {
	const source = figure.source;
	const hasSource =
		isObject(source) &&
		typeof source.id === 'string' &&
		source.id.length > 0 &&
		typeof source.section === 'string' &&
		source.section.length > 0 &&
		typeof source.asOf === 'string' &&
		source.asOf.length > 0;
	const rationale = figure.rationale;
	const hasAssumption =
		figure.assumption === true &&
		isObject(rationale) &&
		typeof rationale.ja === 'string' &&
		rationale.ja.trim().length > 0 &&
		typeof rationale.en === 'string' &&
		rationale.en.trim().length > 0;
	if (hasSource || hasAssumption) return null;
	if (source !== undefined) return 'its source needs id, section and asOf';
	if (figure.assumption === true) return 'its assumption needs a one-line rationale { ja, en }';
	return 'it has neither a source nor an assumption flag';
}

export function formatPath(path: readonly (string | number)[]): string {
	return path.reduce<string>(
		(acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
		''
	);
}

/** Every number in `doc` that lacks provenance, with its path. An empty list means the file is clean. */
export function findUnsourcedNumbers(doc: unknown): ProvenanceProblem[] {
	const problems: ProvenanceProblem[] = [];
	const visit = (
		node: Json,
		path: (string | number)[],
		figure: { [key: string]: Json } | null,
		key: string | null
	) => {
		if (typeof node === 'number') {
			if (key !== null && STRUCTURAL_KEYS.has(key) && figure === null) return;
			if (figure === null) {
				problems.push({
					path: formatPath(path),
					message: 'a number outside any figure (needs label, unit and a source or assumption)'
				});
				return;
			}
			if (typeof figure.unit !== 'string' || figure.unit.length === 0) {
				problems.push({ path: formatPath(path), message: 'a number in a figure without a unit' });
			}
			const why = provenanceOf(figure);
			if (why)
				problems.push({ path: formatPath(path), message: `a number whose figure has no provenance: ${why}` });
			return;
		}
		if (Array.isArray(node)) {
			node.forEach((item, i) => visit(item, [...path, i], figure, key));
			return;
		}
		if (isObject(node)) {
			for (const [k, v] of Object.entries(node)) {
				// Entering a figure's value keys keeps the figure as context; any other key leaves it.
				const isFigure = Object.keys(node).some((x) => VALUE_KEYS.has(x)) && 'label' in node;
				const context = isFigure && VALUE_KEYS.has(k) ? node : null;
				visit(v, [...path, k], context, k);
			}
		}
	};
	visit(doc as Json, [], null, null);
	return problems;
}
