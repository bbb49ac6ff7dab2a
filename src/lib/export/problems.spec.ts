import { describe, expect, it } from 'vitest';
import { dataVersion, loadDataSet } from '../data/load';
import {
	createEngine,
	LIMITS,
	TOP_LEVEL,
	type Expectation,
	type ExpectationKind,
	type Given,
	type MigrationNote,
	type MigrationNoteCode,
	type ScenarioProblem
} from '../model';
import {
	expectationText,
	formatProblems,
	givenText,
	noteText,
	problemText,
	requirementLabel
} from './problems';

const data = loadDataSet();
const engine = createEngine(data, { dataVersion: dataVersion() });

/** Every kind of expectation, with its wording in Japanese and English (the wording users saw before #8). */
const EXPECTATIONS: [Expectation, string, string][] = [
	[{ kind: 'type', type: 'number' }, '数値', 'a number'],
	[
		{ kind: 'type', type: 'int', nullable: true },
		'整数、または null（不明）',
		'a whole number, or null (unknown)'
	],
	[{ kind: 'type', type: 'string' }, '文字列', 'text (a string)'],
	[{ kind: 'type', type: 'boolean' }, 'true または false', 'true or false'],
	[{ kind: 'type', type: 'object' }, 'オブジェクト（{ … }）', 'an object ({ … })'],
	[{ kind: 'type', type: 'array' }, '配列（[ … ]）', 'a list ([ … ])'],
	[{ kind: 'type', type: 'null' }, 'null', 'null'],
	[{ kind: 'other-type', name: 'bigint' }, 'bigint 型の値', 'a bigint'],
	[
		{ kind: 'max', value: 1e12, inclusive: true, integer: false },
		'1,000,000,000,000（1兆） 以下の数値',
		'a number <= 1,000,000,000,000'
	],
	[
		{ kind: 'max', value: 1e9, inclusive: true, integer: true, nullable: true },
		'1,000,000,000（10億） 以下の整数、または null（不明）',
		'a whole number <= 1,000,000,000, or null (unknown)'
	],
	[{ kind: 'min', value: -50, inclusive: true, integer: false }, '-50 以上の数値', 'a number >= -50'],
	[{ kind: 'min', value: 0, inclusive: false, integer: false }, '0 より大きい数値', 'a number > 0'],
	[{ kind: 'max', value: 0.5, inclusive: false, integer: false }, '0.5 未満の数値', 'a number < 0.5'],
	[
		{ kind: 'min', value: 1, inclusive: true, integer: false, size: 'string', nullable: true },
		'1文字以上、または null（不明）',
		'at least 1 character, or null (unknown)'
	],
	[
		{ kind: 'max', value: 3, inclusive: true, integer: false, size: 'string' },
		'3文字以下',
		'at most 3 characters'
	],
	[
		{ kind: 'min', value: 2, inclusive: true, integer: false, size: 'array' },
		'2個の項目以上',
		'at least 2 items'
	],
	[
		{ kind: 'max', value: 1, inclusive: true, integer: false, size: 'array' },
		'1個の項目以下',
		'at most 1 item'
	],
	[{ kind: 'one-of', values: ['new', 'running'] }, '次のいずれか: new, running', 'one of: new, running'],
	[{ kind: 'one-of', values: ['2'] }, '2', '2'],
	[
		{ kind: 'answer', mode: 'new', values: ['in-house', 'unknown'] },
		'次のいずれか: in-house, unknown（新規構築のチェックリスト、checklist.mode が "new"）',
		'one of: in-house, unknown (new-site checklist, checklist.mode "new")'
	],
	[
		{ kind: 'answer', mode: 'running', values: ['implemented'] },
		'次のいずれか: implemented（運営中サイトのチェックリスト、checklist.mode が "running"）',
		'one of: implemented (running-site checklist, checklist.mode "running")'
	],
	[
		{
			kind: 'requirement-id',
			ranges: [
				{ first: 'build-01', last: 'build-14' },
				{ first: 'ops-01', last: 'ops-01' }
			]
		},
		'IPA骨子の要件 ID（build-01…build-14, ops-01）',
		'a requirement id of the IPA outline (build-01…build-14, ops-01)'
	],
	[
		{ kind: 'plan-id', form: 'saas', plans: ['a', 'b'] },
		'data/platforms.json のSaaSのプラン ID（a, b）、または null',
		'a SaaS plan id of data/platforms.json (a, b), or null'
	],
	[
		{ kind: 'plan-id', form: 'mall', plans: ['c'] },
		'data/platforms.json のモールのプラン ID（c）、または null',
		'a mall plan id of data/platforms.json (c), or null'
	],
	[
		{ kind: 'assumption-id', ids: ['uplift-scale', 'forensics-cost'] },
		'data/risk-model.json の前提の ID（uplift-scale, forensics-cost）',
		'a parameter id of data/risk-model.json (uplift-scale, forensics-cost)'
	],
	[
		{ kind: 'assumption-field', fields: ['low', 'mostLikely', 'high'] },
		'この前提がとる項目のいずれか（low, mostLikely, high）',
		'one of the fields this assumption takes (low, mostLikely, high)'
	],
	[
		{ kind: 'no-such-field' },
		'このスキーマにない項目（綴りをスキーマと照合: npm run -s cli -- schema）',
		'no such field (check the spelling against the schema: npm run -s cli -- schema)'
	],
	[
		{ kind: 'moved-field', to: 'insurance.costLimit', version: 2, from: 1 },
		'バージョン 2 にない項目（insurance.costLimit に移動しました。"version": 1 と書けば古い形式のファイルとして自動で変換します）',
		'no such field in version 2 (moved to insurance.costLimit; write "version": 1 to have a file in the old format converted)'
	],
	[
		{ kind: 'moved-amount', min: 0, max: 1e12, to: 'insurance.deductible', version: 2 },
		'0 以上 1,000,000,000,000円（1兆円）以下の数値（バージョン 2 では insurance.deductible に移動）',
		'a number from 0 to ¥1,000,000,000,000 (moved to insurance.deductible in version 2)'
	],
	[
		{ kind: 'depth', limit: 16 },
		'16 階層までの値（入れ子が深すぎます）',
		'a value at most 16 levels deep (nested too deeply)'
	],
	[{ kind: 'items', limit: 1000 }, '1,000 個以下の項目', 'at most 1,000 items'],
	[{ kind: 'keys', limit: 1000 }, '1,000 個以下の項目', 'at most 1,000 fields'],
	[{ kind: 'key-length', limit: 200 }, '200 文字以下の項目名', 'a field name of at most 200 characters'],
	[{ kind: 'empty-key' }, '空でない項目名（項目名が空です）', 'a non-empty field name (this name is empty)'],
	[
		{ kind: 'reserved-key', key: '__proto__' },
		'__proto__ 以外の項目名（__proto__・constructor・prototype は使えません）',
		'a field name other than __proto__ (__proto__, constructor and prototype are not accepted)'
	],
	[{ kind: 'json-object' }, 'JSON オブジェクト（{ … }）', 'a JSON object ({ … })'],
	[
		{ kind: 'version', current: 2, migratable: [1] },
		'シナリオ形式のバージョン 2（バージョン 1 のファイルは自動で変換します）',
		'scenario format version 2 (files of version 1 are converted automatically)'
	],
	[
		{ kind: 'format', format: 'regex', pattern: '/^[a-z0-9-]+$/' },
		'形式 /^[a-z0-9-]+$/ に合う文字列',
		'text matching /^[a-z0-9-]+$/'
	],
	[{ kind: 'format', format: 'email' }, 'email 形式の文字列', 'text in email format'],
	[{ kind: 'multiple-of', divisor: 1000 }, '1,000 の倍数', 'a multiple of 1,000'],
	[{ kind: 'key' }, '有効な項目名', 'a valid field name'],
	[
		{ kind: 'key', inner: { kind: 'format', format: 'regex', pattern: '/x/' } },
		'有効な項目名（形式 /x/ に合う文字列）',
		'a valid field name (text matching /x/)'
	],
	[
		{
			kind: 'union',
			alternatives: [
				[
					{ kind: 'type', type: 'number' },
					{ kind: 'min', value: 0, inclusive: true, integer: false }
				],
				[{ kind: 'type', type: 'null' }]
			]
		},
		'次のいずれかの形: 数値、0 以上の数値 | null',
		'one of: a number and a number >= 0 | null'
	],
	[{ kind: 'valid' }, 'この項目に有効な値', 'a valid value for this field']
];

const GIVEN: [Given, string, string][] = [
	[{ kind: 'value', text: '"high"' }, '"high"', '"high"'],
	[{ kind: 'nothing' }, 'なし（未入力）', 'nothing'],
	[{ kind: 'deep' }, '深い入れ子', 'deeply nested value'],
	[{ kind: 'count', n: 1001, unit: 'items' }, '1,001 個の項目', '1,001 items'],
	[{ kind: 'count', n: 1, unit: 'items' }, '1 個の項目', '1 item'],
	[{ kind: 'count', n: 5000, unit: 'fields' }, '5,000 個の項目', '5,000 fields'],
	[{ kind: 'count', n: 250, unit: 'key-characters' }, '250 文字の項目名', 'a name of 250 characters']
];

const NOTES: [MigrationNote, string, string][] = [
	[
		{ code: 'converted', from: 1, to: 2 },
		'シナリオ形式のバージョン 1 のファイルをバージョン 2 に変換しました（新しい形式で保存するには npm run -s cli -- migrate）。',
		'Converted a scenario file of format version 1 to version 2 (to save it in the new format: npm run -s cli -- migrate).'
	],
	[
		{ code: 'plan-as-given', form: 'saas', plan: 'shopify-basic' },
		'forms.saas: バージョン 1 では指定したプラン（shopify-basic）をそのまま使っていたため、planSelection を "as-given" にしました。売上に合うプランを選ばせるには "cheapest-of-platform" にしてください。',
		'forms.saas: version 1 used the plan you named (shopify-basic) as given, so planSelection is set to "as-given"; set it to "cheapest-of-platform" to let the plan follow your revenue.'
	],
	[
		{
			code: 'insurance-kept',
			field: 'insurance.premiumAnnual',
			form: 'package',
			value: 150_000,
			others: [
				{ form: 'scratch', value: 93_000 },
				{ form: 'saas', value: 0 }
			]
		},
		'insurance.premiumAnnual: バージョン 2 ではサイバー保険は全形態で一つです。forms.package の 150,000円 を使いました（異なる値: forms.scratch: 93,000円, forms.saas: 0円）。',
		'insurance.premiumAnnual: in version 2 cyber insurance is one option for every form; kept ¥150,000 from forms.package (other values: forms.scratch: ¥93,000, forms.saas: ¥0).'
	],
	[
		{ code: 'insurance-merged' },
		'サイバー保険の項目を insurance にまとめました。バージョン 2 では、保険は運用時要件6（ops-06）を満たすと回答した場合に有効になります。',
		'The cyber-insurance fields are now the `insurance` block. In version 2 insurance is in force when operation requirement 6 (ops-06) is answered as met.'
	],
	[
		{
			code: 'unanswered',
			count: 17,
			ids: [
				{ first: 'build-02', last: 'build-14' },
				{ first: 'ops-01', last: 'ops-01' }
			]
		},
		'バージョン 1 では回答のない要件を「外部委託で対応」として扱っていましたが、バージョン 2 では「未回答」のままです（17 件: build-02…build-14, ops-01）。回答してください。',
		'Version 1 treated requirements without an answer as "outsourced"; version 2 leaves them unanswered (17: build-02…build-14, ops-01). Please answer them.'
	]
];

describe('input problems in words (issue 8: the model gives codes, the export layer words them)', () => {
	it('words every kind of expectation in both languages', () => {
		const kinds: Record<Exclude<ExpectationKind, never>, true> = {
			type: true,
			'other-type': true,
			min: true,
			max: true,
			'one-of': true,
			answer: true,
			'requirement-id': true,
			'plan-id': true,
			'assumption-id': true,
			'assumption-field': true,
			'no-such-field': true,
			'moved-field': true,
			'moved-amount': true,
			depth: true,
			items: true,
			keys: true,
			'key-length': true,
			'empty-key': true,
			'reserved-key': true,
			'json-object': true,
			version: true,
			format: true,
			'multiple-of': true,
			key: true,
			union: true,
			valid: true
		};
		expect(new Set(EXPECTATIONS.map(([e]) => e.kind))).toEqual(new Set(Object.keys(kinds)));
		for (const [e, ja, en] of EXPECTATIONS) {
			expect(expectationText(e, 'ja'), JSON.stringify(e)).toBe(ja);
			expect(expectationText(e, 'en'), JSON.stringify(e)).toBe(en);
		}
	});

	it('words what was given in both languages, with English plurals and formatted counts', () => {
		for (const [g, ja, en] of GIVEN) {
			expect(givenText(g, 'ja')).toBe(ja);
			expect(givenText(g, 'en')).toBe(en);
		}
	});

	it('words every migration note in both languages', () => {
		const codes: Record<MigrationNoteCode, true> = {
			converted: true,
			'plan-as-given': true,
			'insurance-kept': true,
			'insurance-merged': true,
			unanswered: true
		};
		expect(new Set(NOTES.map(([n]) => n.code))).toEqual(new Set(Object.keys(codes)));
		for (const [n, ja, en] of NOTES) {
			expect(noteText(n, 'ja')).toBe(ja);
			expect(noteText(n, 'en')).toBe(en);
		}
	});

	it('names the field from the schema and the requirement from data/, as the CLI always did', () => {
		const r = engine.parse({
			business: { cardShare: 120, typo: 1 },
			posture: { checklist: { vendor: { 'ops-02': { inContract: 'yes' } } } }
		});
		if (r.ok) throw new Error('expected problems');
		const at = Object.fromEntries(r.problems.map((p) => [p.path, p]));
		expect(problemText(at['business.cardShare']!, 'ja')).toBe(
			'business.cardShare（カード決済の割合）: 期待する値 100 以下の数値／入力値 120'
		);
		expect(problemText(at['business.cardShare']!, 'en')).toBe(
			'business.cardShare (Share of card payments): expected a number <= 100; given 120'
		);
		expect(problemText(at['business.typo']!, 'en')).toMatch(/^business\.typo: expected no such field/);
		expect(problemText(at['posture.checklist.vendor.ops-02.inContract']!, 'ja')).toBe(
			'posture.checklist.vendor.ops-02.inContract（運用時要件2 › 契約書に盛り込んでいる）: 期待する値 true または false／入力値 "yes"'
		);
		expect(problemText(at['posture.checklist.vendor.ops-02.monitored']!, 'en')).toBe(
			'posture.checklist.vendor.ops-02.monitored (operation requirement 2 › The vendor’s work is checked): expected true or false; given nothing'
		);
		expect(requirementLabel(data, 'build-03')).toEqual({ ja: '構築時要件3', en: 'build requirement 3' });
		expect(requirementLabel(data, 'nope')).toEqual({ ja: 'nope', en: 'nope' });
	});

	it('words the problems of an assumption override, naming the field it is at (issue 9)', () => {
		const r = engine.parse({
			assumptions: {
				'forensics-cost': { low: 600 },
				'card-leak-share': { value: 120 },
				'reissue-fee': { low: 1 },
				'no-such-figure': { value: 1 }
			}
		});
		if (r.ok) throw new Error('expected problems');
		const at = Object.fromEntries(r.problems.map((p) => [p.path, p]));
		expect(problemText(at['assumptions.forensics-cost.low']!, 'ja')).toBe(
			'assumptions.forensics-cost.low（下限）: 期待する値 510 以下の数値／入力値 600'
		);
		expect(problemText(at['assumptions.card-leak-share.value']!, 'en')).toBe(
			'assumptions.card-leak-share.value (Value): expected a number <= 100; given 120'
		);
		expect(problemText(at['assumptions.reissue-fee.low']!, 'en')).toBe(
			'assumptions.reissue-fee.low (Low): expected one of the fields this assumption takes (value); given 1'
		);
		expect(problemText(at['assumptions.no-such-figure']!, 'ja')).toMatch(
			/^assumptions\.no-such-figure.*: 期待する値 data\/risk-model\.json の前提の ID（uplift-scale, .*forensics-cost, .*）／入力値 "no-such-figure"$/
		);
	});

	it('lists at most LIMITS.problemsShown problems, then how many more; the whole file by name', () => {
		const one: ScenarioProblem = {
			path: TOP_LEVEL,
			expected: { kind: 'json-object' },
			given: { kind: 'value', text: 'null' }
		};
		expect(formatProblems([one], 'ja')).toBe(
			'  - ファイル全体: 期待する値 JSON オブジェクト（{ … }）／入力値 null'
		);
		expect(formatProblems([one], 'en')).toBe(
			'  - the whole file: expected a JSON object ({ … }); given null'
		);
		const many = Array.from({ length: LIMITS.problemsKept }, () => one);
		for (const locale of ['ja', 'en'] as const) {
			const text = formatProblems(many, locale, 1750);
			expect(text.split('\n')).toHaveLength(LIMITS.problemsShown + 1);
			expect(text).toMatch(locale === 'ja' ? /…ほか 1,780 件$/ : /…and 1,780 more$/);
		}
	});

	it('a Japanese list is all Japanese words (ids, paths and values as written) and an English one has none', () => {
		const r = engine.parse({
			business: { annualRevenue: 1e300, cardShare: 'many', typo: 1, employeeBand: 'huge' },
			horizonYears: 50,
			forms: { scratch: { perOrderFee: 'x' }, saas: { preset: '' } },
			posture: {
				checklist: { answers: { 'build-01': 'implemented', 'build-99': 'x' }, vendor: { 'build-01': {} } },
				vulnResponseTicks: ['UPPER', 3]
			},
			simulation: []
		});
		if (r.ok) throw new Error('expected problems');
		const ja = formatProblems(r.problems, 'ja', r.more);
		expect(ja).toMatch(/期待する値 .*／入力値/);
		expect(ja).not.toMatch(/\b(expected|given|no such field|nothing|a number|one of)\b/);
		expect(formatProblems(r.problems, 'en', r.more)).not.toMatch(/[ぁ-んァ-ン一-龯]/);
	});
});
