/**
 * Reading a scenario from outside (a file, a share link, a form): a partial input is merged over the default
 * scenario, then validated. Problems come back as data (problems.ts): a list naming each field (dotted path), what
 * was expected (a typed Expectation) and what was given — worded by src/lib/export/problems.ts, never here; never a
 * stack trace, never a silent default for a value the user did give.
 *
 * Hostile or broken input is answered with a problem, not a crash: the input must be a JSON object; before
 * anything else walks it, one iterative pass rejects values nested deeper than LIMITS.depth levels (nothing in a
 * scenario is deeper than 5), objects and lists too large to be a scenario, empty and over-long field names and
 * the reserved names __proto__, constructor and prototype (never silently dropped, never assigned). Values are
 * shown through a bounded renderer (at most LIMITS.shownValue characters, without stringifying the whole value),
 * at most LIMITS.problemsKept problems are kept and the rest counted. Files of an older format version are
 * converted first (migrate.ts). Ids that only the data set can check — requirement ids in the checklist answers
 * and vendor conditions, SaaS and mall plan ids, and the overrides of the risk model's figures under `assumptions`
 * (parameter id, the fields the figure takes, its unit's range, low ≤ mostLikely ≤ high; assumptions.ts) — are
 * checked against data/.
 */
import type { z } from 'zod';
import { showValue } from '../data/errors';
import type { DataSet } from '../data/files';
import { checkAssumptions } from './assumptions';
import { defaultScenario } from './defaults';
import { fieldNode } from './fields';
import { idRanges, MIGRATABLE_VERSIONS, migrateScenario } from './migrate';
import type {
	Expectation,
	Given,
	JsonTypeName,
	MigrationNote,
	ProblemSubject,
	ScenarioProblem,
	VendorCondition
} from './problems';
import {
	NEW_SITE_ANSWERS,
	RUNNING_SITE_ANSWERS,
	Scenario,
	SCENARIO_VERSION,
	VendorConditions,
	type ScenarioRefinement
} from './scenario';

export type { ScenarioProblem } from './problems';

export type ParseResult =
	| { ok: true; scenario: Scenario; notes: MigrationNote[] }
	| { ok: false; problems: ScenarioProblem[]; /** problems found beyond the list */ more: number };

import { LIMITS, TOP_LEVEL } from './constants';

export { LIMITS, TOP_LEVEL };

const RESERVED_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

type Segment = string | number;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets an own property, even one named __proto__, without touching any prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown) {
	Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Input over defaults: objects merge key by key; anything else (including null = unknown) replaces; undefined
 * keeps the default. Iterative, so the depth of the input costs no stack.
 */
export function mergeOver(base: unknown, input: unknown): unknown {
	if (input === undefined) return base;
	if (!isPlainObject(base) || !isPlainObject(input)) return input;
	const root: Record<string, unknown> = { ...base };
	const stack: [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>][] = [
		[root, base, input]
	];
	while (stack.length > 0) {
		const [out, b, inp] = stack.pop()!;
		for (const key of Object.keys(inp)) {
			const value = inp[key];
			if (value === undefined) continue;
			const under = Object.hasOwn(b, key) ? b[key] : undefined;
			if (isPlainObject(under) && isPlainObject(value)) {
				const child: Record<string, unknown> = { ...under };
				define(out, key, child);
				stack.push([child, under, value]);
			} else define(out, key, value);
		}
	}
	return root;
}

/** The value at a path (own properties only), iteratively. */
function valueAt(doc: unknown, path: readonly Segment[]): unknown {
	let node = doc;
	for (const key of path) {
		if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
		node = (node as Record<Segment, unknown>)[key];
	}
	return node;
}

const SIMPLE_KEY = /^[A-Za-z0-9_-]{1,40}$/;

/** A path for a message: simple keys as they are, others quoted and shortened, long paths elided in the middle. */
export function renderPath(path: readonly Segment[]): string {
	if (path.length === 0) return TOP_LEVEL;
	const part = (seg: Segment, first: boolean) =>
		typeof seg === 'number'
			? `[${seg}]`
			: `${first ? '' : '.'}${SIMPLE_KEY.test(seg) ? seg : showValue(seg, 40)}`;
	const head = path.length > 12 ? path.slice(0, 8) : path;
	let out = head.map((seg, i) => part(seg, i === 0)).join('');
	if (path.length > 12) {
		out += `.…(+${path.length - 10})…${path
			.slice(-2)
			.map((seg) => part(seg, false))
			.join('')}`;
	}
	return out;
}

function given(value: unknown): Given {
	if (value === undefined) return { kind: 'nothing' };
	return { kind: 'value', text: showValue(value, LIMITS.shownValue) };
}

/** @deprecated moved out of the parser; see fields.ts (re-exported here only for the model's index). */

class Problems {
	readonly list: ScenarioProblem[] = [];
	more = 0;
	add(path: readonly Segment[] | string, expected: Expectation, shown: Given, subject?: ProblemSubject) {
		if (this.list.length >= LIMITS.problemsKept) {
			this.more++;
			return;
		}
		this.list.push({
			path: typeof path === 'string' ? path : renderPath(path),
			...(subject ? { subject } : {}),
			expected,
			given: shown
		});
	}
	get any() {
		return this.list.length > 0 || this.more > 0;
	}
	result(): ParseResult {
		return { ok: false, problems: this.list, more: this.more };
	}
}

/** One iterative pass over the raw input: depth, size and field names, before anything else walks it. */
function checkStructure(input: Record<string, unknown>, problems: Problems) {
	const stack: { value: unknown; path: Segment[] }[] = [{ value: input, path: [] }];
	while (stack.length > 0) {
		const { value, path } = stack.pop()!;
		if (typeof value !== 'object' || value === null) continue;
		if (path.length >= LIMITS.depth) {
			problems.add(path, { kind: 'depth', limit: LIMITS.depth }, { kind: 'deep' });
			continue;
		}
		if (Array.isArray(value)) {
			if (value.length > LIMITS.itemsPerArray) {
				problems.add(
					path,
					{ kind: 'items', limit: LIMITS.itemsPerArray },
					{ kind: 'count', n: value.length, unit: 'items' }
				);
				continue;
			}
			for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
			continue;
		}
		const keys = Object.keys(value);
		if (keys.length > LIMITS.keysPerObject) {
			problems.add(
				path,
				{ kind: 'keys', limit: LIMITS.keysPerObject },
				{ kind: 'count', n: keys.length, unit: 'fields' }
			);
			continue;
		}
		for (let i = keys.length - 1; i >= 0; i--) {
			const key = keys[i]!;
			const child = (value as Record<string, unknown>)[key];
			if (key === '') {
				problems.add([...path, key], { kind: 'empty-key' }, given(child));
			} else if (RESERVED_KEYS.includes(key)) {
				problems.add([...path, key], { kind: 'reserved-key', key }, given(child));
			} else if (key.length > LIMITS.keyLength) {
				problems.add(
					[...path, key],
					{ kind: 'key-length', limit: LIMITS.keyLength },
					{ kind: 'count', n: key.length, unit: 'key-characters' }
				);
			} else stack.push({ value: child, path: [...path, key] });
		}
	}
}

const V1_INSURANCE: Record<string, string> = {
	insuranceAnnual: 'insurance.premiumAnnual',
	insuranceLimit: 'insurance.costLimit',
	insuranceDeductible: 'insurance.deductible'
};

function unrecognized(key: string): Expectation {
	const to = V1_INSURANCE[key];
	return to ? { kind: 'moved-field', to, version: SCENARIO_VERSION, from: 1 } : { kind: 'no-such-field' };
}

/** The vendor conditions (inContract, monitored), read from the schema. */
const VENDOR_CONDITIONS = Object.keys(VendorConditions.shape) as VendorCondition[];

const isIdRecord = (path: readonly Segment[]) =>
	path.length >= 4 &&
	path[0] === 'posture' &&
	path[1] === 'checklist' &&
	(path[2] === 'answers' || path[2] === 'vendor');

/** What the JSON Schema says of a field: whether it also takes null (unknown), whether it takes whole numbers only. */
function fieldKind(dotted: string): { nullable: boolean; integer: boolean } {
	const node = fieldNode(dotted) as { type?: unknown; anyOf?: { type?: unknown }[] } | undefined;
	const types = [node?.type, ...(node?.anyOf ?? []).map((n) => n.type)];
	return { nullable: types.includes('null'), integer: types.includes('integer') };
}

/** What a problem at this path is about: a checklist requirement (from data/), or the schema field at the path. */
function subjectOf(data: DataSet, path: readonly Segment[]): ProblemSubject | undefined {
	if (isIdRecord(path) && typeof path[3] === 'string') {
		const r = data['guideline-requirements.json'].requirements.find((x) => x.id === path[3]);
		if (!r) return undefined;
		const condition = path.length === 5 ? VENDOR_CONDITIONS.find((c) => c === path[4]) : undefined;
		return {
			kind: 'requirement',
			id: r.id,
			phase: r.phase === 'build' ? 'build' : 'operation',
			no: r.no,
			...(condition ? { condition } : {})
		};
	}
	if (!path.every((p) => typeof p === 'string')) return undefined;
	return fieldSubject(path.join('.'));
}

/** A schema field as a subject, when the schema labels it. */
function fieldSubject(field: string): ProblemSubject | undefined {
	return fieldNode(field)?.label ? { kind: 'field', field } : undefined;
}

function answersExpected(mode: unknown): Expectation | undefined {
	if (mode === 'new') return { kind: 'answer', mode, values: [...NEW_SITE_ANSWERS] };
	if (mode === 'running') return { kind: 'answer', mode, values: [...RUNNING_SITE_ANSWERS] };
	return undefined;
}

const TYPE_NAMES: Record<string, JsonTypeName> = {
	number: 'number',
	int: 'int',
	string: 'string',
	boolean: 'boolean',
	object: 'object',
	record: 'object',
	array: 'array',
	null: 'null'
};

/** A value as the messages list it: text as written, anything else as short JSON-like text. */
const valueText = (v: unknown): string => (typeof v === 'string' ? v : showValue(v, 40));

/**
 * What a zod issue expected, as data: from the issue's code and parameters (never zod's English message), sharpened
 * by what the JSON Schema says of the field (it also takes null; it takes whole numbers only).
 */
export function expectationOf(
	issue: z.core.$ZodIssue,
	field: { nullable?: boolean; integer?: boolean } = {}
): Expectation {
	const nullable = field.nullable ? { nullable: true } : {};
	switch (issue.code) {
		case 'invalid_type': {
			const type = TYPE_NAMES[issue.expected];
			return type
				? { kind: 'type', type, ...nullable }
				: { kind: 'other-type', name: issue.expected, ...nullable };
		}
		case 'too_small':
		case 'too_big': {
			const origin: string = issue.origin ?? '';
			const size =
				origin === 'string' ? 'string' : origin === 'array' || origin === 'set' ? 'array' : undefined;
			return {
				kind: issue.code === 'too_small' ? 'min' : 'max',
				value: Number(issue.code === 'too_small' ? issue.minimum : issue.maximum),
				inclusive: issue.inclusive !== false,
				integer: origin === 'int' || field.integer === true,
				...(size ? { size } : {}),
				...nullable
			};
		}
		case 'invalid_value':
			return { kind: 'one-of', values: issue.values.map(valueText) };
		case 'unrecognized_keys':
			return { kind: 'no-such-field' };
		case 'invalid_format':
			return issue.format === 'regex' && 'pattern' in issue
				? { kind: 'format', format: issue.format, pattern: String(issue.pattern) }
				: { kind: 'format', format: issue.format };
		case 'not_multiple_of':
			return { kind: 'multiple-of', divisor: Number(issue.divisor) };
		case 'invalid_key':
			return { kind: 'key', ...(issue.issues[0] ? { inner: expectationOf(issue.issues[0]) } : {}) };
		case 'invalid_union':
			if (issue.errors.length === 0) break;
			return { kind: 'union', alternatives: issue.errors.map((list) => list.map((i) => expectationOf(i))) };
		case 'custom': {
			const p = issue.params as Partial<ScenarioRefinement> | undefined;
			if (p?.refinement === 'answer-for-mode' && p.mode && p.allowed)
				return { kind: 'answer', mode: p.mode, values: p.allowed };
			break;
		}
	}
	return { kind: 'valid' };
}

/** Checks only the data set can make: requirement ids, plan ids, the risk-model overrides. Returns the paths it reported. */
function checkIds(data: DataSet, merged: unknown, problems: Problems): Set<string> {
	const reported = new Set<string>();
	const ids = data['guideline-requirements.json'].requirements.map((r) => r.id);
	const known = new Set(ids);
	for (const record of ['answers', 'vendor'] as const) {
		const entries = valueAt(merged, ['posture', 'checklist', record]);
		if (!isPlainObject(entries)) continue;
		for (const key of Object.keys(entries)) {
			if (known.has(key)) continue;
			const path = ['posture', 'checklist', record, key];
			reported.add(path.join('\u0000'));
			problems.add(path, { kind: 'requirement-id', ranges: idRanges(ids) }, given(key));
		}
	}
	for (const form of ['saas', 'mall'] as const) {
		const preset = valueAt(merged, ['forms', form, 'preset']);
		if (typeof preset !== 'string' || preset === '') continue;
		const plans = data['platforms.json'].plans.filter((p) => p.kind === form).map((p) => p.id);
		if (plans.includes(preset)) continue;
		const path = ['forms', form, 'preset'];
		reported.add(path.join('\u0000'));
		problems.add(path, { kind: 'plan-id', form, plans }, given(preset), fieldSubject(path.join('.')));
	}
	for (const a of checkAssumptions(data, valueAt(merged, ['assumptions']))) {
		reported.add(a.path.join('\u0000'));
		problems.add(a.path, a.expected, given(a.value), fieldSubject(a.path.join('.')));
	}
	return reported;
}

function schemaProblems(
	data: DataSet,
	error: z.ZodError,
	merged: unknown,
	moved: Record<string, string>,
	reported: Set<string>,
	problems: Problems
) {
	for (const issue of error.issues) {
		const path = issue.path.filter((p): p is Segment => typeof p !== 'symbol');
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) {
				const at = [...path, key];
				problems.add(at, unrecognized(key), given(valueAt(merged, at)));
			}
			continue;
		}
		// Unknown requirement ids were reported with the valid ids listed; zod's view of the same key adds nothing.
		if (isIdRecord(path) && (issue.code === 'invalid_key' || reported.has(path.slice(0, 4).join('\u0000'))))
			continue;
		if (reported.has(path.join('\u0000'))) continue;
		// an override of an unknown parameter was reported with the valid ids listed
		if (path[0] === 'assumptions' && reported.has(path.slice(0, 2).join('\u0000'))) continue;
		const dotted = path.join('.');
		const isAnswer = isIdRecord(path) && path[2] === 'answers' && path.length === 4;
		const expected =
			(isAnswer && (issue.code === 'invalid_value' || issue.code === 'custom')
				? answersExpected(valueAt(merged, ['posture', 'checklist', 'mode']))
				: undefined) ?? expectationOf(issue, fieldKind(dotted));
		const from = moved[dotted];
		problems.add(
			from ? `${renderPath(path)} ← ${from}` : path,
			expected,
			given(valueAt(merged, path)),
			subjectOf(data, path)
		);
	}
}

const defaultsCache = new WeakMap<DataSet, Scenario>();

function defaultsOf(data: DataSet): Scenario {
	let d = defaultsCache.get(data);
	if (!d) {
		d = defaultScenario(data);
		defaultsCache.set(data, d);
	}
	return structuredClone(d);
}

export function parseScenario(input: unknown, data: DataSet): ParseResult {
	const problems = new Problems();
	if (!isPlainObject(input)) {
		problems.add(TOP_LEVEL, { kind: 'json-object' }, given(input));
		return problems.result();
	}
	checkStructure(input, problems);
	if (problems.any) return problems.result();

	const ids = data['guideline-requirements.json'].requirements.map((r) => r.id);
	const migrated = migrateScenario(input, ids);
	if (!migrated) {
		problems.add(
			['version'],
			{ kind: 'version', current: SCENARIO_VERSION, migratable: [...MIGRATABLE_VERSIONS] },
			given(input.version),
			fieldSubject('version')
		);
		return problems.result();
	}
	for (const p of migrated.problems) {
		problems.add(p.path, p.expected, given(p.value), fieldSubject(p.movedTo));
	}
	if (problems.any) return problems.result();

	const merged = mergeOver(defaultsOf(data), migrated.doc);
	const result = Scenario.safeParse(merged);
	const reported = checkIds(data, merged, problems);
	if (!result.success) schemaProblems(data, result.error, merged, migrated.moved, reported, problems);
	if (problems.any) return problems.result();
	if (!result.success) throw new Error('unreachable: a failed parse always has issues');
	return { ok: true, scenario: result.data, notes: migrated.notes };
}
