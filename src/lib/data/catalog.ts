/**
 * A readable catalogue of the data set: every figure of every file with its path, and the bibliography. Built
 * at prerender time for the /sources page; plain JSON, so it serialises into the page data.
 */
import { Figure, type Text } from './figure';
import type { DataFileName, DataSet } from './files';
import { formatPath } from './provenance';
import type { Source } from './schemas/sources';

export interface FigureRow {
	path: string;
	/** what the figure belongs to: the names of its enclosing items, outermost first (e.g. a plan's name) */
	context: Text[];
	figure: Figure;
}

function isText(v: unknown): v is Text {
	return (
		typeof v === 'object' &&
		v !== null &&
		typeof (v as Text).ja === 'string' &&
		typeof (v as Text).en === 'string'
	);
}

/** A readable name for an enclosing item: its name or label, else its id. */
function itemName(node: Record<string, unknown>): Text | null {
	// A plan names its platform by id only; prefix it so "Basic" reads "shopify Basic".
	const prefix = typeof node.platform === 'string' ? `${node.platform} ` : '';
	for (const key of ['name', 'label']) {
		const text = node[key];
		if (isText(text)) return { ja: prefix + text.ja, en: prefix + text.en };
	}
	if (typeof node.id === 'string') return { ja: node.id, en: node.id };
	return null;
}

export interface FileCatalog {
	file: DataFileName;
	title: Text;
	description?: Text;
	figures: FigureRow[];
}

export interface Catalog {
	sources: { id: string; source: Source; uses: number }[];
	files: FileCatalog[];
}

/** The /sources index: the bibliography and a summary of each data file (its figures are on their own page). */
export interface CatalogIndex {
	sources: Catalog['sources'];
	files: { file: DataFileName; slug: string; title: Text; description?: Text; count: number }[];
}

/** A data file's page name: the file name without .json. */
export const fileSlug = (file: string) => file.replace(/\.json$/, '');

export function buildIndex(data: DataSet): CatalogIndex {
	const { sources, files } = buildCatalog(data);
	return {
		sources,
		files: files.map((f) => ({
			file: f.file,
			slug: fileSlug(f.file),
			title: f.title,
			...(f.description ? { description: f.description } : {}),
			count: f.figures.length
		}))
	};
}

export function buildFileCatalog(data: DataSet, slug: string): FileCatalog | null {
	return buildCatalog(data).files.find((f) => fileSlug(f.file) === slug) ?? null;
}

/** Every object in `doc` that is a figure, in document order. */
export function collectFigures(doc: unknown): FigureRow[] {
	const rows: FigureRow[] = [];
	const visit = (node: unknown, path: (string | number)[], context: Text[]) => {
		if (Array.isArray(node)) return node.forEach((v, i) => visit(v, [...path, i], context));
		if (typeof node !== 'object' || node === null) return;
		if ('label' in node && 'unit' in node) {
			const parsed = Figure.safeParse(node);
			if (parsed.success) {
				rows.push({ path: formatPath(path), context, figure: parsed.data });
				return;
			}
		}
		const name = path.length > 0 ? itemName(node as Record<string, unknown>) : null;
		const inner = name ? [...context, name] : context;
		for (const [k, v] of Object.entries(node)) visit(v, [...path, k], inner);
	};
	visit(doc, [], []);
	return rows;
}

function sourceIdsOf(figure: Figure): string[] {
	return [figure.source?.id, ...(figure.basedOn ?? []).map((b) => b.id)].filter((x): x is string => !!x);
}

export function buildCatalog(data: DataSet): Catalog {
	const files: FileCatalog[] = (Object.keys(data) as DataFileName[])
		.filter((name) => name !== 'sources.json')
		.map((name) => {
			const doc = data[name];
			return { file: name, title: doc.title, description: doc.description, figures: collectFigures(doc) };
		});
	const uses = new Map<string, number>();
	for (const f of files) {
		for (const row of f.figures) {
			for (const id of sourceIdsOf(row.figure)) uses.set(id, (uses.get(id) ?? 0) + 1);
		}
	}
	const sources = Object.entries(data['sources.json'].sources).map(([id, source]) => ({
		id,
		source,
		uses: uses.get(id) ?? 0
	}));
	return { sources, files };
}
