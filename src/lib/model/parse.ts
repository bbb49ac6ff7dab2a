/**
 * Reading a scenario from outside (a file, a share link, a form): a partial input is merged over the default
 * scenario, then validated. Problems come back as a list naming each field (dotted path), what was expected and
 * what was given — never a stack trace, never a silent default for a value the user did give.
 */
import type { z } from 'zod';
import type { DataSet } from '../data/files';
import { expectation } from '../data/errors';
import { formatPath } from '../data/provenance';
import { defaultScenario } from './defaults';
import { fieldLabel } from './fields';
import { Scenario, SCENARIO_VERSION } from './scenario';

export interface ScenarioProblem {
	path: string;
	label?: { ja: string; en: string };
	expected: string;
	given: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Input over defaults: objects merge key by key; anything else (including null = unknown) replaces. */
export function mergeOver(base: unknown, input: unknown): unknown {
	if (!isPlainObject(base) || !isPlainObject(input)) return input === undefined ? base : input;
	const out: Record<string, unknown> = { ...base };
	for (const [k, v] of Object.entries(input)) out[k] = mergeOver(base[k], v);
	return out;
}

function shown(value: unknown): string {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value);
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function valueAt(doc: unknown, path: (string | number)[]): unknown {
	let node = doc;
	for (const k of path) node = isPlainObject(node) || Array.isArray(node) ? (node as never)[k] : undefined;
	return node;
}

/** zod's wording without its prefixes ("Too small: expected number to be >=0" → "number to be >=0"). */
function cleanExpected(text: string): string {
	return text
		.replace(/^(Too small|Too big): /, '')
		.replace(/^expected /, '')
		.replace(/, received \w+$/, '');
}

function problemsOf(error: z.ZodError, merged: unknown): ScenarioProblem[] {
	return error.issues.map((issue) => {
		const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
		const dotted = path.join('.');
		if (issue.code === 'unrecognized_keys') {
			const where = formatPath(path);
			return {
				path: issue.keys.map((k) => (where ? `${where}.${k}` : k)).join(', '),
				expected: 'no such field (check the spelling against the schema: npm run cli -- schema)',
				given: issue.keys.join(', ')
			};
		}
		const label = fieldLabel(dotted);
		return {
			path: formatPath(path) || '(top level)',
			...(label ? { label } : {}),
			expected: cleanExpected(expectation(issue)),
			given: shown(valueAt(merged, path))
		};
	});
}

export function parseScenario(input: unknown, data: DataSet): ParseResult {
	if (!isPlainObject(input)) {
		return { ok: false, problems: [{ path: '(top level)', expected: 'a JSON object', given: shown(input) }] };
	}
	if (input.version !== undefined && input.version !== SCENARIO_VERSION) {
		return {
			ok: false,
			problems: [
				{
					path: 'version',
					expected: `scenario format version ${SCENARIO_VERSION}`,
					given: shown(input.version)
				}
			]
		};
	}
	const merged = mergeOver(defaultScenario(data), input);
	const result = Scenario.safeParse(merged);
	if (result.success) return { ok: true, scenario: result.data };
	return { ok: false, problems: problemsOf(result.error, merged) };
}

export function formatProblems(problems: ScenarioProblem[], locale: 'ja' | 'en' = 'en'): string {
	return problems
		.map((p) => {
			const name = p.label ? ` (${p.label[locale]})` : '';
			return locale === 'ja'
				? `  - ${p.path}${name}: 期待する値 ${p.expected}／入力 ${p.given}`
				: `  - ${p.path}${name}: expected ${p.expected}; given ${p.given}`;
		})
		.join('\n');
}
