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

/** A message in both languages (the same shape as data/'s Text). */
export interface Bilingual {
	ja: string;
	en: string;
}

/** 1000000000000 → "1,000,000,000,000"; non-integers keep up to six significant digits. */
function numberText(n: number): string {
	if (!Number.isFinite(n)) return showValue(n);
	if (!Number.isInteger(n)) return String(Number(n.toPrecision(6)));
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The Japanese reading of a round number (1兆, 10億, 5万), added beside large bounds. */
function japaneseReading(n: number): string {
	for (const [unit, size] of [
		['兆', 1e12],
		['億', 1e8],
		['万', 1e4]
	] as const) {
		if (Math.abs(n) >= size && Number.isInteger(n / size)) return `（${n / size}${unit}）`;
	}
	return '';
}

const TYPE_NAMES: Record<string, Bilingual> = {
	number: { ja: '数値', en: 'a number' },
	int: { ja: '整数', en: 'a whole number' },
	string: { ja: '文字列', en: 'text (a string)' },
	boolean: { ja: 'true または false', en: 'true or false' },
	object: { ja: 'オブジェクト（{ … }）', en: 'an object ({ … })' },
	record: { ja: 'オブジェクト（{ … }）', en: 'an object ({ … })' },
	array: { ja: '配列（[ … ]）', en: 'a list ([ … ])' },
	null: { ja: 'null', en: 'null' }
};

const SIZE_NAMES: Record<string, Bilingual> = {
	string: { ja: '文字', en: 'characters' },
	array: { ja: '個の項目', en: 'items' },
	set: { ja: '個の項目', en: 'items' }
};

function bound(
	issue: { origin?: string; inclusive?: boolean },
	n: number,
	side: 'min' | 'max',
	integer = false
): Bilingual {
	const size = SIZE_NAMES[issue.origin ?? ''];
	const text = numberText(n);
	if (size) {
		return side === 'min'
			? { ja: `${text}${size.ja}以上`, en: `at least ${text} ${size.en}` }
			: { ja: `${text}${size.ja}以下`, en: `at most ${text} ${size.en}` };
	}
	const what = issue.origin === 'int' || integer ? TYPE_NAMES.int! : TYPE_NAMES.number!;
	const inclusive = issue.inclusive !== false;
	const ja = `${text}${japaneseReading(n)} ${side === 'min' ? (inclusive ? '以上' : 'より大きい') : inclusive ? '以下' : '未満'}の${what.ja}`;
	const op = side === 'min' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
	return { ja, en: `${what.en} ${op} ${text}` };
}

const listOf = (values: readonly unknown[]): string =>
	values.map((v) => (typeof v === 'string' ? v : showValue(v, 40))).join(', ');

/** Options that sharpen the wording: the field also accepts null (unknown); the values allowed here. */
export interface ExpectationOptions {
	nullable?: boolean;
	/** the field takes whole numbers only (bounds then say "whole number") */
	integer?: boolean;
	allowed?: readonly string[];
}

/**
 * What an issue expected, in Japanese and English, from zod's issue code and its parameters (never zod's English
 * message inside the Japanese text): bounds with their numbers, types by name, the allowed values listed.
 */
export function expectationText(issue: Issue, options: ExpectationOptions = {}): Bilingual {
	const orNull = (t: Bilingual): Bilingual =>
		options.nullable ? { ja: `${t.ja}、または null（不明）`, en: `${t.en}, or null (unknown)` } : t;
	const oneOf = (values: readonly unknown[]): Bilingual =>
		values.length === 1
			? { ja: listOf(values), en: listOf(values) }
			: { ja: `次のいずれか: ${listOf(values)}`, en: `one of: ${listOf(values)}` };
	if (options.allowed) return oneOf(options.allowed);
	switch (issue.code) {
		case 'invalid_type': {
			const name = TYPE_NAMES[issue.expected] ?? {
				ja: `${issue.expected} 型の値`,
				en: `a ${issue.expected}`
			};
			return orNull(name);
		}
		case 'too_small':
			return orNull(bound(issue, Number(issue.minimum), 'min', options.integer));
		case 'too_big':
			return orNull(bound(issue, Number(issue.maximum), 'max', options.integer));
		case 'invalid_value':
			return oneOf(issue.values);
		case 'unrecognized_keys':
			return { ja: 'このスキーマにない項目', en: 'no such field' };
		case 'invalid_format':
			return issue.format === 'regex' && 'pattern' in issue
				? { ja: `形式 ${String(issue.pattern)} に合う文字列`, en: `text matching ${String(issue.pattern)}` }
				: { ja: `${issue.format} 形式の文字列`, en: `text in ${issue.format} format` };
		case 'not_multiple_of':
			return {
				ja: `${numberText(Number(issue.divisor))} の倍数`,
				en: `a multiple of ${numberText(Number(issue.divisor))}`
			};
		case 'invalid_key': {
			const inner = issue.issues[0] ? expectationText(issue.issues[0]) : undefined;
			return {
				ja: `有効な項目名${inner ? `（${inner.ja}）` : ''}`,
				en: `a valid field name${inner ? ` (${inner.en})` : ''}`
			};
		}
		case 'invalid_union': {
			const alternatives = issue.errors.map((list) => list.map((i) => expectationText(i)));
			if (alternatives.length === 0) break;
			const join = (lang: 'ja' | 'en', sep: string) =>
				alternatives.map((list) => list.map((t) => t[lang]).join(sep)).join(' | ');
			return { ja: `次のいずれかの形: ${join('ja', '、')}`, en: `one of: ${join('en', ' and ')}` };
		}
		case 'custom': {
			const p = issue.params as { ja?: unknown; en?: unknown } | undefined;
			if (typeof p?.ja === 'string' && typeof p.en === 'string') return { ja: p.ja, en: p.en };
			return { ja: 'この項目の条件を満たす値', en: issue.message };
		}
	}
	return { ja: 'この項目に有効な値', en: expectation(issue).replace(/^expected /, '') };
}
