/**
 * Reading a scenario from outside (a file, a share link, a form): a partial input is merged over the default
 * scenario, then validated. Problems come back as a list naming each field (dotted path), what was expected and
 * what was given, in Japanese and English — never a stack trace, never a silent default for a value the user did
 * give.
 *
 * Hostile or broken input is answered with a problem, not a crash: the input must be a JSON object; before
 * anything else walks it, one iterative pass rejects values nested deeper than LIMITS.depth levels (nothing in a
 * scenario is deeper than 5), objects and lists too large to be a scenario, empty and over-long field names and
 * the reserved names __proto__, constructor and prototype (never silently dropped, never assigned). Values are
 * shown through a bounded renderer (at most LIMITS.shownValue characters, without stringifying the whole value),
 * at most LIMITS.problemsKept problems are kept and the rest counted. Files of an older format version are
 * converted first (migrate.ts). Ids that only the data set can check — requirement ids in the checklist answers
 * and vendor conditions, SaaS and mall plan ids — are checked against data/.
 */
import type { z } from 'zod';
import { expectationText, showValue, type Bilingual } from '../data/errors';
import type { DataSet } from '../data/files';
import { defaultScenario } from './defaults';
import { fieldLabel, fieldNode } from './fields';
import { idRanges, MIGRATABLE_VERSIONS, migrateScenario } from './migrate';
import {
	NEW_SITE_ANSWERS,
	RUNNING_SITE_ANSWERS,
	Scenario,
	SCENARIO_VERSION,
	VendorConditions
} from './scenario';

export interface ScenarioProblem {
	/** dotted path of the field (`business.annualRevenue`, `posture.checklist.answers.build-99`), or TOP_LEVEL */
	path: string;
	label?: Bilingual;
	expected: Bilingual;
	/** the value given, shown short (the same text in both languages unless nothing was given) */
	given: Bilingual;
}

export type ParseResult =
	| { ok: true; scenario: Scenario; notes: Bilingual[] }
	| { ok: false; problems: ScenarioProblem[]; /** problems found beyond the list */ more: number };

/** The path of a problem with the whole input. */
export const TOP_LEVEL = '(top level)';

export const LIMITS = {
	/** container levels; the deepest scenario field is 5 levels down */
	depth: 16,
	keysPerObject: 1000,
	itemsPerArray: 1000,
	keyLength: 200,
	/** characters of a given value shown in a message */
	shownValue: 80,
	/** problems kept in a ParseResult; the rest are counted in `more` */
	problemsKept: 50,
	/** problems formatProblems lists before "…and N more" */
	problemsShown: 20
} as const;

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

const NOTHING: Bilingual = { ja: 'なし（未入力）', en: 'nothing' };

function given(value: unknown): Bilingual {
	if (value === undefined) return NOTHING;
	const text = showValue(value, LIMITS.shownValue);
	return { ja: text, en: text };
}

/** 構築時要件1 / build requirement 1, from data/ (the id itself when data/ has no such requirement). */
export function requirementLabel(data: DataSet, id: string): Bilingual {
	const r = data['guideline-requirements.json'].requirements.find((x) => x.id === id);
	if (!r) return { ja: id, en: id };
	return r.phase === 'build'
		? { ja: `構築時要件${r.no}`, en: `build requirement ${r.no}` }
		: { ja: `運用時要件${r.no}`, en: `operation requirement ${r.no}` };
}

class Problems {
	readonly list: ScenarioProblem[] = [];
	more = 0;
	add(path: readonly Segment[] | string, expected: Bilingual, shown: Bilingual, label?: Bilingual) {
		if (this.list.length >= LIMITS.problemsKept) {
			this.more++;
			return;
		}
		this.list.push({
			path: typeof path === 'string' ? path : renderPath(path),
			...(label ? { label } : {}),
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
			problems.add(
				path,
				{
					ja: `${LIMITS.depth} 階層までの値（入れ子が深すぎます）`,
					en: `a value at most ${LIMITS.depth} levels deep (nested too deeply)`
				},
				{ ja: '深い入れ子', en: 'deeply nested value' }
			);
			continue;
		}
		if (Array.isArray(value)) {
			if (value.length > LIMITS.itemsPerArray) {
				problems.add(
					path,
					{ ja: `${LIMITS.itemsPerArray} 個以下の項目`, en: `at most ${LIMITS.itemsPerArray} items` },
					{ ja: `${value.length} 個の項目`, en: `${value.length} items` }
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
				{ ja: `${LIMITS.keysPerObject} 個以下の項目`, en: `at most ${LIMITS.keysPerObject} fields` },
				{ ja: `${keys.length} 個の項目`, en: `${keys.length} fields` }
			);
			continue;
		}
		for (let i = keys.length - 1; i >= 0; i--) {
			const key = keys[i]!;
			const child = (value as Record<string, unknown>)[key];
			if (key === '') {
				problems.add(
					[...path, key],
					{ ja: '空でない項目名（項目名が空です）', en: 'a non-empty field name (this name is empty)' },
					given(child)
				);
			} else if (RESERVED_KEYS.includes(key)) {
				problems.add(
					[...path, key],
					{
						ja: `${key} 以外の項目名（__proto__・constructor・prototype は使えません）`,
						en: `a field name other than ${key} (__proto__, constructor and prototype are not accepted)`
					},
					given(child)
				);
			} else if (key.length > LIMITS.keyLength) {
				problems.add(
					[...path, key],
					{
						ja: `${LIMITS.keyLength} 文字以下の項目名`,
						en: `a field name of at most ${LIMITS.keyLength} characters`
					},
					{ ja: `${key.length} 文字の項目名`, en: `a name of ${key.length} characters` }
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

function unrecognized(key: string): Bilingual {
	const now = V1_INSURANCE[key];
	if (now) {
		return {
			ja: `バージョン ${SCENARIO_VERSION} にない項目（${now} に移動しました。"version": 1 と書けば古い形式のファイルとして自動で変換します）`,
			en: `no such field in version ${SCENARIO_VERSION} (moved to ${now}; write "version": 1 to have a file in the old format converted)`
		};
	}
	return {
		ja: 'このスキーマにない項目（綴りをスキーマと照合: npm run -s cli -- schema）',
		en: 'no such field (check the spelling against the schema: npm run -s cli -- schema)'
	};
}

/** Labels of the vendor conditions (inContract, monitored), read from the schema's metadata. */
const VENDOR_FIELDS: Record<string, Bilingual> = Object.fromEntries(
	Object.entries(VendorConditions.shape).flatMap(([key, schema]) => {
		const label = (schema.meta() as { label?: Bilingual } | undefined)?.label;
		return label ? [[key, label]] : [];
	})
);

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

function labelOf(data: DataSet, path: readonly Segment[]): Bilingual | undefined {
	if (isIdRecord(path) && typeof path[3] === 'string') {
		const requirement = requirementLabel(data, path[3]);
		const field = path.length === 5 ? VENDOR_FIELDS[String(path[4])] : undefined;
		return field
			? { ja: `${requirement.ja} › ${field.ja}`, en: `${requirement.en} › ${field.en}` }
			: requirement;
	}
	if (!path.every((p) => typeof p === 'string')) return undefined;
	return fieldLabel(path.join('.'));
}

function answersExpected(mode: unknown): Bilingual | undefined {
	if (mode === 'new') {
		return {
			ja: `次のいずれか: ${NEW_SITE_ANSWERS.join(', ')}（新規構築のチェックリスト、checklist.mode が "new"）`,
			en: `one of: ${NEW_SITE_ANSWERS.join(', ')} (new-site checklist, checklist.mode "new")`
		};
	}
	if (mode === 'running') {
		return {
			ja: `次のいずれか: ${RUNNING_SITE_ANSWERS.join(', ')}（運営中サイトのチェックリスト、checklist.mode が "running"）`,
			en: `one of: ${RUNNING_SITE_ANSWERS.join(', ')} (running-site checklist, checklist.mode "running")`
		};
	}
	return undefined;
}

/** Checks only the data set can make: requirement ids, plan ids. Returns the paths it reported. */
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
			problems.add(
				path,
				{
					ja: `IPA骨子の要件 ID（${idRanges(ids)}）`,
					en: `a requirement id of the IPA outline (${idRanges(ids)})`
				},
				given(key)
			);
		}
	}
	for (const form of ['saas', 'mall'] as const) {
		const preset = valueAt(merged, ['forms', form, 'preset']);
		if (typeof preset !== 'string' || preset === '') continue;
		const plans = data['platforms.json'].plans.filter((p) => p.kind === form).map((p) => p.id);
		if (plans.includes(preset)) continue;
		const path = ['forms', form, 'preset'];
		reported.add(path.join('\u0000'));
		problems.add(
			path,
			{
				ja: `data/platforms.json の${form === 'saas' ? 'SaaS' : 'モール'}のプラン ID（${plans.join(', ')}）、または null`,
				en: `a ${form === 'saas' ? 'SaaS' : 'mall'} plan id of data/platforms.json (${plans.join(', ')}), or null`
			},
			given(preset),
			fieldLabel(path.join('.'))
		);
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
		const dotted = path.join('.');
		const isAnswer = isIdRecord(path) && path[2] === 'answers' && path.length === 4;
		const expected =
			(isAnswer && (issue.code === 'invalid_value' || issue.code === 'custom')
				? answersExpected(valueAt(merged, ['posture', 'checklist', 'mode']))
				: undefined) ?? expectationText(issue, fieldKind(dotted));
		const from = moved[dotted];
		problems.add(
			from ? `${renderPath(path)} ← ${from}` : path,
			expected,
			given(valueAt(merged, path)),
			labelOf(data, path)
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
		problems.add(TOP_LEVEL, { ja: 'JSON オブジェクト（{ … }）', en: 'a JSON object ({ … })' }, given(input));
		return problems.result();
	}
	checkStructure(input, problems);
	if (problems.any) return problems.result();

	const ids = data['guideline-requirements.json'].requirements.map((r) => r.id);
	const migrated = migrateScenario(input, ids);
	if (!migrated) {
		problems.add(
			['version'],
			{
				ja: `シナリオ形式のバージョン ${SCENARIO_VERSION}（バージョン ${MIGRATABLE_VERSIONS.join('・')} のファイルは自動で変換します）`,
				en: `scenario format version ${SCENARIO_VERSION} (files of version ${MIGRATABLE_VERSIONS.join(', ')} are converted automatically)`
			},
			given(input.version),
			fieldLabel('version')
		);
		return problems.result();
	}
	for (const p of migrated.problems) {
		problems.add(p.path, p.expected, given(p.value), fieldLabel(p.movedTo));
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

/**
 * The problems as an indented list in one language (every word in that language; ids, paths and given values as
 * written), at most LIMITS.problemsShown of them, then how many more.
 */
export function formatProblems(
	problems: readonly ScenarioProblem[],
	locale: 'ja' | 'en' = 'en',
	more = 0
): string {
	const shown = problems.slice(0, LIMITS.problemsShown);
	const rest = problems.length - shown.length + more;
	const lines = shown.map((p) => {
		const where = p.path === TOP_LEVEL ? (locale === 'ja' ? 'ファイル全体' : 'the whole file') : p.path;
		const name = p.label ? (locale === 'ja' ? `（${p.label.ja}）` : ` (${p.label.en})`) : '';
		return locale === 'ja'
			? `  - ${where}${name}: 期待する値 ${p.expected.ja}／入力値 ${p.given.ja}`
			: `  - ${where}${name}: expected ${p.expected.en}; given ${p.given.en}`;
	});
	if (rest > 0) lines.push(locale === 'ja' ? `  …ほか ${rest} 件` : `  …and ${rest} more`);
	return lines.join('\n');
}
