import { describe, expect, it } from 'vitest';
import { showValue } from '../data/errors';
import { LIMITS, mergeOver, parseScenario, TOP_LEVEL, type ParseResult } from './parse';
import { MAX_YEN } from './scenario';
import { baseScenario, data } from './test-helpers';

const problems = (r: ParseResult) => {
	expect(r.ok).toBe(false);
	return r.ok ? [] : r.problems;
};
const byPath = (r: ParseResult) => Object.fromEntries(problems(r).map((p) => [p.path, p]));
const nested = (depth: number, leaf: unknown, wrap: (x: unknown) => unknown) => {
	let v = leaf;
	for (let i = 0; i < depth; i++) v = wrap(v);
	return v;
};

describe('reading a scenario', () => {
	it('an empty object is the default scenario; a partial one overrides only what it names', () => {
		const empty = parseScenario({}, data);
		expect(empty.ok && empty.scenario).toEqual(baseScenario);
		const partial = parseScenario({ business: { annualRevenue: 1e8 } }, data);
		expect(partial.ok && partial.scenario.business.annualRevenue).toBe(1e8);
		expect(partial.ok && partial.scenario.business.grossMargin).toBe(baseScenario.business.grossMargin);
	});

	it('null keeps meaning "unknown" for the fields that allow it', () => {
		const r = parseScenario({ forms: { scratch: { perOrderFee: null } } }, data);
		expect(r.ok && r.scenario.forms.scratch.perOrderFee).toBeNull();
	});

	it('partial checklist answers merge without injecting any: the rest stay unanswered, in either mode', () => {
		const r = parseScenario({ posture: { checklist: { answers: { 'ops-03': 'in-house' } } } }, data);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const answers = Object.entries(r.scenario.posture.checklist.answers);
		expect(answers.filter(([, a]) => a !== 'unanswered')).toEqual([['ops-03', 'in-house']]);
		const running = parseScenario(
			{ posture: { checklist: { mode: 'running', answers: { 'ops-03': 'not-implemented' } } } },
			data
		);
		expect(running.ok).toBe(true);
	});

	it('names every bad field, what was expected and what was given, as data (worded by the export layer)', () => {
		const r = parseScenario(
			{ business: { annualRevenue: -5, cardShare: 'many', typo: 1 }, horizonYears: 50 },
			data
		);
		const at = byPath(r);
		expect(at['business.annualRevenue']).toEqual({
			path: 'business.annualRevenue',
			subject: { kind: 'field', field: 'business.annualRevenue' },
			expected: { kind: 'min', value: 0, inclusive: true, integer: false },
			given: { kind: 'value', text: '-5' }
		});
		expect(at['business.cardShare']?.given).toEqual({ kind: 'value', text: '"many"' });
		expect(at['business.cardShare']?.expected).toEqual({ kind: 'type', type: 'number' });
		expect(at['business.typo']?.expected).toEqual({ kind: 'no-such-field' });
		expect(at['business.typo']?.subject).toBeUndefined();
		expect(at['horizonYears']?.expected).toEqual({ kind: 'max', value: 20, inclusive: true, integer: true });
	});

	it('every problem is plain data: no sentence in either language, and it survives structuredClone', () => {
		const r = parseScenario(
			{
				business: {
					annualRevenue: 1e300,
					cardShare: 'many',
					typo: 1,
					employeeBand: 'huge',
					customerRecords: 1.5
				},
				horizonYears: 50,
				forms: { scratch: { perOrderFee: 'x' }, saas: { preset: '' }, mall: { enabled: 'yes' } },
				posture: {
					checklist: {
						answers: { 'build-01': 'implemented', 'build-02': 'maybe' },
						vendor: { 'build-01': {} }
					},
					vulnResponseTicks: ['UPPER', 3],
					paymentIntegration: 7
				},
				simulation: []
			},
			data
		);
		const list = problems(r);
		expect(list.length).toBeGreaterThanOrEqual(13);
		expect(structuredClone(list)).toEqual(list);
		const text = JSON.stringify(list);
		expect(text).not.toMatch(/"(ja|en|label)":/);
		expect(text).not.toMatch(/[ぁ-んァ-ン一-龯]|\b(a number|one of:|or null)/);
		const kinds = new Set(list.map((p) => p.expected.kind));
		for (const kind of ['max', 'type', 'no-such-field', 'one-of', 'answer', 'min', 'format'] as const)
			expect(kinds, kind).toContain(kind);
	});

	it('an answer that belongs to the other checklist lists the answers of the mode in use', () => {
		const r = parseScenario(
			{ posture: { checklist: { mode: 'running', answers: { 'build-01': 'in-house' } } } },
			data
		);
		const p = byPath(r)['posture.checklist.answers.build-01'];
		expect(p?.expected).toEqual({
			kind: 'answer',
			mode: 'running',
			values: ['implemented', 'not-implemented', 'not-fixable', 'unknown', 'unanswered']
		});
		expect(p?.subject).toEqual({ kind: 'requirement', id: 'build-01', phase: 'build', no: 1 });
		const vendor = byPath(
			parseScenario({ posture: { checklist: { vendor: { 'ops-02': { inContract: 'yes' } } } } }, data)
		);
		expect(vendor['posture.checklist.vendor.ops-02.inContract']?.subject).toEqual({
			kind: 'requirement',
			id: 'ops-02',
			phase: 'operation',
			no: 2,
			condition: 'inContract'
		});
		expect(vendor['posture.checklist.vendor.ops-02.monitored']?.given).toEqual({ kind: 'nothing' });
	});

	it('rejects another format version, naming what is accepted', () => {
		for (const version of [3, 0, '2', null]) {
			const v = problems(parseScenario({ version }, data));
			expect(v[0]!.path).toBe('version');
			expect(v[0]!.expected).toEqual({ kind: 'version', current: 2, migratable: [1] });
			expect(v[0]!.subject).toEqual({ kind: 'field', field: 'version' });
		}
	});
});

describe('bad input: a clear problem naming the field, never a crash (issue 7, bad input)', () => {
	it('a file holding null, a number, a string, a boolean or a list is rejected, not run on the defaults', () => {
		for (const input of [null, 5, 'x', true, [], [1, 2], undefined]) {
			const p = problems(parseScenario(input, data));
			expect(p).toHaveLength(1);
			expect(p[0]!.path).toBe(TOP_LEVEL);
			expect(p[0]!.expected).toEqual({ kind: 'json-object' });
			expect(p[0]!.given).toEqual(
				input === undefined ? { kind: 'nothing' } : { kind: 'value', text: showValue(input) }
			);
		}
	});

	it('values nested 5,000 and 100,000 levels deep are "nested too deeply" at a named field', () => {
		for (const depth of [5_000, 100_000]) {
			for (const wrap of [(x: unknown) => [x], (x: unknown) => ({ a: x })]) {
				const deep = nested(depth, 1, wrap);
				const r = parseScenario({ business: { annualRevenue: deep }, forms: deep }, data);
				const list = problems(r);
				expect(list.map((p) => p.path.split(/[.[]/)[0]).sort()).toEqual(['business', 'forms']);
				expect(list[0]!.expected).toEqual({ kind: 'depth', limit: LIMITS.depth });
				expect(list[0]!.given).toEqual({ kind: 'deep' });
				expect(list.every((p) => p.path.length < 200)).toBe(true);
			}
		}
		// the whole document nested deeply (no known field at all)
		const top = problems(parseScenario(nested(50_000, {}, (x) => ({ x })) as object, data));
		expect(top[0]!.path).toMatch(/^x\.x\./);
	});

	it('mergeOver and the value renderer are safe for deep input (no recursion on the input)', () => {
		const deep = nested(200_000, 1, (x) => ({ a: x }));
		expect(() => mergeOver(deep, deep)).not.toThrow();
		const deepList = nested(200_000, 1, (x) => [x]);
		expect(showValue(deepList)).toBe('[[[[…]]]]');
		expect(showValue({ a: { b: { c: { d: 1 } } } })).toBe('{"a":{"b":{"c":{…}}}}');
	});

	it('huge and tiny amounts are bounded by the schema; the message says the bound in both languages', () => {
		const r = parseScenario(
			{
				business: { annualRevenue: 1e300, averageOrderValue: 1e-300, customerRecords: 1e10 },
				forms: { scratch: { perOrderFee: 1e308, hostingMonthly: JSON.parse('1e309') } }
			},
			data
		);
		const at = byPath(r);
		const max = (value: number, extra = {}) => ({
			kind: 'max',
			value,
			inclusive: true,
			integer: false,
			...extra
		});
		expect(at['business.annualRevenue']?.expected).toEqual(max(1e12));
		expect(at['business.averageOrderValue']?.expected).toEqual({
			kind: 'min',
			value: 1,
			inclusive: true,
			integer: false
		});
		expect(at['business.customerRecords']?.expected).toEqual(max(1e9, { integer: true }));
		expect(at['forms.scratch.perOrderFee']?.expected).toEqual(max(1e12, { nullable: true }));
		// a number JSON cannot hold (1e309 parses to Infinity) is worded, never printed as Infinity
		expect(at['forms.scratch.hostingMonthly']?.given).toEqual({ kind: 'value', text: '>1.8e308' });
		expect(JSON.stringify(problems(r))).not.toMatch(/Infinity|NaN/);
		expect(MAX_YEN).toBe(1e12);
	});

	it('{"":1} names the empty field, at the top level and inside an object', () => {
		const top = problems(parseScenario(JSON.parse('{"":1}'), data));
		expect(top).toHaveLength(1);
		expect(top[0]!.path).toBe('""');
		expect(top[0]!.expected).toEqual({ kind: 'empty-key' });
		const inner = problems(parseScenario(JSON.parse('{"business":{"":1}}'), data));
		expect(inner[0]!.path).toBe('business.""');
	});

	it('__proto__, constructor and prototype keys are rejected with a message, and nothing is polluted', () => {
		for (const key of ['__proto__', 'constructor', 'prototype']) {
			for (const text of [`{"${key}":{"polluted":1}}`, `{"business":{"${key}":{"polluted":1}}}`]) {
				const input = JSON.parse(text);
				const p = problems(parseScenario(input, data));
				expect(p).toHaveLength(1);
				expect(p[0]!.path).toMatch(new RegExp(`(^|\\.)${key}$`));
				expect(p[0]!.expected).toEqual({ kind: 'reserved-key', key });
				expect(p[0]!.given).toEqual({ kind: 'value', text: '{"polluted":1}' });
			}
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
		// mergeOver itself never assigns a prototype, whatever it is given
		const merged = mergeOver({ a: 1 }, JSON.parse('{"__proto__":{"polluted":1}}')) as Record<string, unknown>;
		expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
		expect(Object.hasOwn(merged, '__proto__')).toBe(true);
		expect((merged as { polluted?: unknown }).polluted).toBeUndefined();
	});

	it('unknown requirement ids, in the answers and the vendor conditions, are rejected listing the valid ids', () => {
		const r = parseScenario(
			{
				posture: {
					checklist: {
						answers: { 'build-99': 'in-house', 'build-01': 'in-house', nonsense: 'in-house' },
						vendor: { 'ops-07': { inContract: true, monitored: true } }
					}
				}
			},
			data
		);
		const list = problems(r);
		expect(list.map((p) => p.path)).toEqual([
			'posture.checklist.answers.build-99',
			'posture.checklist.answers.nonsense',
			'posture.checklist.vendor.ops-07'
		]);
		for (const p of list) {
			expect(p.expected).toEqual({
				kind: 'requirement-id',
				ranges: [
					{ first: 'build-01', last: 'build-14' },
					{ first: 'ops-01', last: 'ops-06' }
				]
			});
		}
		expect(list[0]!.given).toEqual({ kind: 'value', text: '"build-99"' });
	});

	it('a SaaS or mall plan id that data/platforms.json does not have is rejected listing the plans', () => {
		const at = byPath(
			parseScenario({ forms: { saas: { preset: 'shopify-basci' }, mall: { preset: 'shopify-basic' } } }, data)
		);
		const saas = at['forms.saas.preset']?.expected;
		const mall = at['forms.mall.preset']?.expected;
		expect(saas?.kind === 'plan-id' && saas.form === 'saas' && saas.plans).toContain('shopify-basic');
		expect(mall?.kind === 'plan-id' && mall.form === 'mall' && mall.plans.join()).toMatch(/rakuten-/);
		expect(mall?.kind === 'plan-id' && mall.plans.join()).not.toMatch(/shopify/);
		expect(at['forms.saas.preset']?.subject).toEqual({ kind: 'field', field: 'forms.saas.preset' });
	});

	it('message size is capped: a 10 MB key, a 1 MB value, 5,000 unknown fields', () => {
		const bigKey = problems(parseScenario({ ['k'.repeat(10_000_000)]: 1 }, data));
		expect(bigKey[0]!.expected).toEqual({ kind: 'key-length', limit: 200 });
		expect(bigKey[0]!.given).toEqual({ kind: 'count', n: 10_000_000, unit: 'key-characters' });
		const bigValue = problems(parseScenario({ business: { employeeBand: 'x'.repeat(1_000_000) } }, data));
		const shown = bigValue[0]!.given;
		expect(shown.kind === 'value' && shown.text.length).toBeLessThanOrEqual(LIMITS.shownValue);
		const many = parseScenario(
			{ business: Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`f${i}`, i])) },
			data
		);
		expect(problems(many)[0]!.expected).toEqual({ kind: 'keys', limit: 1000 });
		expect(problems(many)[0]!.given).toEqual({ kind: 'count', n: 5_000, unit: 'fields' });
		const fields = Object.fromEntries(Array.from({ length: 900 }, (_, i) => [`field${i}`, 'x'.repeat(1000)]));
		const r = parseScenario({ business: fields, forms: fields }, data);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.problems).toHaveLength(LIMITS.problemsKept);
		expect(r.more).toBe(1800 - LIMITS.problemsKept);
		expect(JSON.stringify(r.problems).length).toBeLessThan(20_000);
	});
});
