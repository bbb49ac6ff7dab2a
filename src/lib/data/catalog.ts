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
	figure: Figure;
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

/** Every object in `doc` that is a figure, in document order. */
export function collectFigures(doc: unknown): FigureRow[] {
	const rows: FigureRow[] = [];
	const visit = (node: unknown, path: (string | number)[]) => {
		if (Array.isArray(node)) return node.forEach((v, i) => visit(v, [...path, i]));
		if (typeof node !== 'object' || node === null) return;
		if ('label' in node && 'unit' in node) {
			const parsed = Figure.safeParse(node);
			if (parsed.success) {
				rows.push({ path: formatPath(path), figure: parsed.data });
				return;
			}
		}
		for (const [k, v] of Object.entries(node)) visit(v, [...path, k]);
	};
	visit(doc, []);
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
