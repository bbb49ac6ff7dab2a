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
	return value === undefined ? 'nothing' : showValue(value, 60);
}

/**
 * A value as JSON-like text of at most `max` characters, for messages. Never stringifies the whole value: it
 * walks at most three levels and stops as soon as the budget is spent, so a value nested 100,000 levels deep or
 * a 10 MB string costs no more than a short one. Numbers JSON cannot hold are worded, not printed as Infinity.
 */
export function showValue(value: unknown, max = 80): string {
	let out = '';
	const full = () => out.length > max;
	const write = (v: unknown, depth: number): void => {
		if (full()) return;
		if (typeof v === 'string') {
			out += JSON.stringify(v.length > max ? v.slice(0, max + 1) : v);
		} else if (typeof v === 'number') {
			out += Number.isFinite(v)
				? String(v)
				: Number.isNaN(v)
					? 'not-a-number'
					: v > 0
						? '>1.8e308'
						: '<-1.8e308';
		} else if (v === null || typeof v === 'boolean') {
			out += String(v);
		} else if (v === undefined) {
			out += 'undefined';
		} else if (Array.isArray(v)) {
			if (depth >= 3) {
				out += v.length ? '[…]' : '[]';
				return;
			}
			out += '[';
			for (let i = 0; i < v.length && !full(); i++) {
				if (i) out += ',';
				write(v[i], depth + 1);
			}
			out += ']';
		} else if (typeof v === 'object') {
			let first = true;
			if (depth >= 3) {
				for (const k in v) if (Object.hasOwn(v, k)) return void (out += '{…}');
				out += '{}';
				return;
			}
			out += '{';
			for (const k in v) {
				if (!Object.hasOwn(v, k)) continue;
				if (full()) break;
				if (!first) out += ',';
				first = false;
				out += `${JSON.stringify(k.length > max ? k.slice(0, max + 1) : k)}:`;
				write((v as Record<string, unknown>)[k], depth + 1);
			}
			out += '}';
		} else {
			out += `(${typeof v})`;
		}
	};
	write(value, 0);
	return out.length > max ? `${out.slice(0, max - 1)}…` : out;
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

/** A text in both languages (the same shape as data/'s Text). */
export interface Bilingual {
	ja: string;
	en: string;
}
