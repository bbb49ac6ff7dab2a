/**
 * The field catalogue: every scalar field of the scenario as plain data — its dotted path, label ({ja,en} from the
 * schema's metadata in scenario.ts), unit, type, range, the values an option field takes, whether it may be null
 * (unknown), its default, and, where data/scenario-defaults.json gives the default a figure, that figure's
 * provenance (source with section and as-of date, or an assumption with its rationale) and the titles of the
 * sources it cites. Built at prerender (a page's server load) so that forms get labels, units, ranges and sources
 * as page data and the main-thread bundle never imports zod or the data set. Records keyed by requirement id
 * (checklist answers, vendor conditions) are listed once with `key: 'requirement'`; their rows come from the
 * requirements in data/guideline-requirements.json.
 */
import type { DataSet } from '../data/files';
import type { SourceRef, Text } from '../data/figure';
import { resolveFigure } from '../data/resolve';
import { defaultScenario } from './defaults';
import { scenarioJsonSchema } from './fields';

export type FieldType = 'number' | 'integer' | 'boolean' | 'option' | 'text';

export interface FieldProvenance {
	/** a sourced figure: the document, section and as-of date */
	source?: SourceRef;
	/** an assumption: why this value */
	assumption?: boolean;
	rationale?: Text;
	basedOn?: SourceRef[];
	note?: Text;
	/** the data file and path of the figure the default takes, when it references one */
	figure?: { file: string; path: string };
}

export interface FieldInfo {
	path: string;
	label: Text;
	unit?: string;
	type: FieldType;
	/** null is accepted and means "unknown" (left out of the total, listed as a missing quote) */
	nullable: boolean;
	min?: number;
	max?: number;
	/** the allowed values of an option field, in schema order */
	options?: string[];
	/** the default scenario's value (null: unknown until quoted; undefined under a keyed record) */
	default?: unknown;
	/** a record keyed by requirement id: one row per requirement of the IPA outline */
	key?: 'requirement';
	provenance?: FieldProvenance;
}

export interface FieldCatalogue {
	fields: FieldInfo[];
	/** titles of the sources the fields' provenance cites, by source id */
	sources: Record<string, { title: string; titleEn?: string; publisher?: string; date?: string }>;
}

interface Node {
	type?: string | string[];
	enum?: unknown[];
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	exclusiveMaximum?: number;
	label?: Text;
	unit?: string;
	properties?: Record<string, Node>;
	additionalProperties?: Node | boolean;
	propertyNames?: Node;
	anyOf?: Node[];
}

const valueAt = (doc: unknown, path: string[]): unknown =>
	path.reduce<unknown>(
		(node, key) =>
			typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined,
		doc
	);

function scalar(
	path: string,
	node: Node,
	label: Text | undefined,
	unit: string | undefined
): FieldInfo | null {
	const alternatives = node.anyOf ?? [node];
	const nullable = alternatives.some((n) => n.type === 'null');
	const main = alternatives.find((n) => n.type !== 'null');
	if (!main || !label) return null;
	const type: FieldType | null = main.enum
		? 'option'
		: main.type === 'integer'
			? 'integer'
			: main.type === 'number'
				? 'number'
				: main.type === 'boolean'
					? 'boolean'
					: main.type === 'string'
						? 'text'
						: null;
	if (!type) return null;
	const min = main.minimum ?? main.exclusiveMinimum;
	const max = main.maximum ?? main.exclusiveMaximum;
	return {
		path,
		label,
		...(unit ? { unit } : {}),
		type,
		nullable,
		...(min !== undefined ? { min } : {}),
		...(max !== undefined ? { max } : {}),
		...(main.enum ? { options: main.enum.map(String) } : {})
	};
}

function walk(node: Node, path: string[], out: FieldInfo[]) {
	// the risk model's figures, keyed by parameter id: assumptionCatalogue (assumptions.ts) lists them
	if (path.length === 1 && path[0] === 'assumptions') return;
	const props = node.properties ?? node.anyOf?.find((n) => n.properties)?.properties;
	if (props) {
		for (const [key, child] of Object.entries(props)) walk(child, [...path, key], out);
		return;
	}
	const record = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
	if (record && node.propertyNames) {
		// keyed by requirement id: the value's own fields (vendor conditions) or the value itself (answers)
		const inner: FieldInfo[] = [];
		walk({ ...record, label: record.label ?? node.label }, [...path, '*'], inner);
		out.push(...inner.map((f) => ({ ...f, key: 'requirement' as const })));
		return;
	}
	const info = scalar(path.join('.'), node, node.label, node.unit ?? node.anyOf?.find((n) => n.unit)?.unit);
	if (info) out.push(info);
}

export function fieldCatalogue(data: DataSet): FieldCatalogue {
	const fields: FieldInfo[] = [];
	walk(scenarioJsonSchema() as Node, [], fields);
	// the format version is written by the app, never entered
	fields.splice(
		fields.findIndex((f) => f.path === 'version'),
		1
	);
	const defaults = defaultScenario(data);
	const picks = new Map(data['scenario-defaults.json'].defaults.map((d) => [d.field, d]));
	const cited = new Set<string>();
	for (const f of fields) {
		// `default` undefined: a keyed record, or a fee taken from the plan in data/platforms.json unless overridden
		if (f.key) continue;
		f.default = valueAt(defaults, f.path.split('.'));
		const pick = picks.get(f.path);
		if (!pick) continue;
		const found = pick.figure
			? { figure: pick.figure }
			: pick.ref
				? resolveFigure(data, pick.ref)
				: undefined;
		if (!found || 'error' in found) continue;
		const fig = found.figure;
		f.provenance = {
			...(fig.source ? { source: fig.source } : {}),
			...(fig.assumption ? { assumption: true, rationale: fig.rationale } : {}),
			...(fig.basedOn ? { basedOn: fig.basedOn } : {}),
			...(fig.note ? { note: fig.note } : {}),
			...(pick.ref ? { figure: { file: pick.ref.file, path: pick.ref.path } } : {})
		};
		for (const ref of [fig.source, ...(fig.basedOn ?? [])]) if (ref) cited.add(ref.id);
	}
	const all = data['sources.json'].sources;
	const sources: FieldCatalogue['sources'] = {};
	for (const id of [...cited].sort()) {
		const s = all[id];
		if (s) sources[id] = { title: s.title, titleEn: s.titleEn, publisher: s.publisher, date: s.date };
	}
	return { fields, sources };
}
