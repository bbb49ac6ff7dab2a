/**
 * Errors raised when a data file breaks its schema, its provenance rules or a cross-reference. The message names
 * the file, the path inside it, what was expected and what was given, so an editor of data/ can fix it without
 * reading code.
 */
import type { z } from 'zod';
import { formatPath } from './provenance';

export interface DataProblem {
	file: string;
	path: string;
	message: string;
}

export class DataError extends Error {
	readonly problems: DataProblem[];
	constructor(problems: DataProblem[]) {
		super(
			`data/ に不正な内容があります / data/ is invalid (${problems.length}):\n` +
				problems.map((p) => `  - data/${p.file} › ${p.path || '(top level)'}: ${p.message}`).join('\n')
		);
		this.name = 'DataError';
		this.problems = problems;
	}
}

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

const cleanPath = (path: readonly PropertyKey[]): Path =>
	path.filter((p): p is string | number => typeof p !== 'symbol');

function valueAt(doc: unknown, path: Path): unknown {
	let node = doc;
	for (const key of path) {
		if (typeof node !== 'object' || node === null) return undefined;
		node = (node as Record<string | number, unknown>)[key];
	}
	return node;
}

function shown(value: unknown): string {
	const text = value === undefined ? 'nothing' : JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** What the issue expected, in one line; a union lists each alternative instead of zod's bare "Invalid input". */
export function expectation(issue: Issue): string {
	if (issue.code === 'invalid_union' && issue.errors.length > 0) {
		const alternatives = issue.errors.map((list) =>
			list
				.map((i) =>
					expectation(i)
						.replace(/^expected /, '')
						.replace(/, received \w+$/, '')
				)
				.join(' and ')
		);
		return `expected one of: ${alternatives.join(' | ')}`;
	}
	return issue.message.replace(/^Invalid input: /, '');
}

export function zodProblems(file: string, error: z.ZodError, doc?: unknown): DataProblem[] {
	return error.issues.map((issue) => {
		const path = cleanPath(issue.path);
		const given =
			doc !== undefined && issue.code !== 'unrecognized_keys' ? ` (given: ${shown(valueAt(doc, path))})` : '';
		return { file, path: formatPath(path), message: `${expectation(issue)}${given}` };
	});
}
