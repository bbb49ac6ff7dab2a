/**
 * Loads and validates the whole data set: every file against its schema, every number against the provenance
 * rules, every source id against data/sources.json. Any problem throws one DataError listing all of them, so a
 * broken data file fails the build (prerender imports this) and the tests, never falling back to a default.
 */
import { DATA_FILES, type DataFileName, type DataSet } from './files';
import { DataError, zodProblems, type DataProblem } from './errors';
import { findUnsourcedNumbers, formatPath } from './provenance';
import { resolveFigure, type FigureRef } from './resolve';
import { dataVersionOf } from './version';

/** Every `{ id, section, asOf }` source reference in a document, with its path. */
export function sourceRefs(doc: unknown): { path: string; id: string }[] {
	const found: { path: string; id: string }[] = [];
	const visit = (node: unknown, path: (string | number)[]) => {
		if (Array.isArray(node)) return node.forEach((v, i) => visit(v, [...path, i]));
		if (typeof node !== 'object' || node === null) return;
		const o = node as Record<string, unknown>;
		if (typeof o.id === 'string' && typeof o.section === 'string' && typeof o.asOf === 'string') {
			found.push({ path: formatPath(path), id: o.id });
		}
		for (const [k, v] of Object.entries(o)) visit(v, [...path, k]);
	};
	visit(doc, []);
	return found;
}

/** Validate raw documents (keyed by file name) and return the typed data set, or throw a DataError. */
export function validateDataSet(raw: Record<DataFileName, unknown>): DataSet {
	const problems: DataProblem[] = [];
	const parsed: Partial<Record<DataFileName, unknown>> = {};
	for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
		const result = DATA_FILES[name].schema.safeParse(raw[name]);
		if (result.success) parsed[name] = result.data;
		else problems.push(...zodProblems(name, result.error, raw[name]));
		for (const p of findUnsourcedNumbers(raw[name])) problems.push({ file: name, ...p });
	}
	const sources = parsed['sources.json'] as DataSet['sources.json'] | undefined;
	if (sources) {
		for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
			for (const ref of sourceRefs(raw[name])) {
				if (!(ref.id in sources.sources)) {
					problems.push({
						file: name,
						path: `${ref.path}.id`,
						message: `unknown source id "${ref.id}": expected a key of data/sources.json`
					});
				}
			}
		}
	}
	problems.push(...refProblems(raw));
	if (problems.length > 0) throw new DataError(problems);
	return parsed as DataSet;
}

/** Every `ref` ({ file, path }) in the data set must point at a figure. */
function refProblems(raw: Record<DataFileName, unknown>): DataProblem[] {
	const problems: DataProblem[] = [];
	const visit = (file: DataFileName, node: unknown, path: (string | number)[]) => {
		if (Array.isArray(node)) return node.forEach((v, i) => visit(file, v, [...path, i]));
		if (typeof node !== 'object' || node === null) return;
		for (const [k, v] of Object.entries(node)) {
			if (k === 'ref' && typeof v === 'object' && v !== null && 'file' in v && 'path' in v) {
				const found = resolveFigure(raw, v as FigureRef);
				if ('error' in found)
					problems.push({
						file,
						path: formatPath([...path, k]),
						message: `unresolved reference: ${found.error}`
					});
			} else visit(file, v, [...path, k]);
		}
	};
	for (const name of Object.keys(DATA_FILES) as DataFileName[]) visit(name, raw[name], []);
	return problems;
}

let cached: DataSet | undefined;
let version: string | undefined;

/** The content hash of the data files in data/ (see version.ts). */
export function dataVersion(): string {
	version ??= dataVersionOf(Object.fromEntries(Object.entries(DATA_FILES).map(([k, v]) => [k, v.raw])));
	return version;
}

/** The validated data set shipped in data/ (validated once, then cached). */
export function loadDataSet(): DataSet {
	cached ??= validateDataSet(
		Object.fromEntries(Object.entries(DATA_FILES).map(([k, v]) => [k, v.raw])) as Record<
			DataFileName,
			unknown
		>
	);
	return cached;
}
