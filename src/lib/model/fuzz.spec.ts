/**
 * Fuzzing the scenario reader with bad input (issue 7, "bad input"): at least 10,000 mutations of the default
 * scenario — wrong types, out-of-range and non-finite numbers, strings that turn into NaN, values nested thousands
 * of levels deep, odd and reserved keys, unknown requirement ids, lists, null and primitives at any level,
 * including the whole file. Properties: parseScenario never throws; every rejection names a field (a non-empty
 * path; TOP_LEVEL only when the input is not an object) with short messages in both languages; nothing reaches
 * Object.prototype. Every accepted scenario is parsed, and a sample of them (and, in the second property, every
 * accepted scenario at the schema's extreme values) is evaluated at 1,000 trials: every money total and every
 * expected loss finite and non-negative. Seeded like properties.spec.ts (override with FC_SEED).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, type Results } from './evaluate';
import { LIMITS, parseScenario, TOP_LEVEL } from './parse';
import { MAX_COUNT, MAX_YEN, NEW_SITE_ANSWERS, RUNNING_SITE_ANSWERS } from './scenario';
import { baseScenario, data, params } from './test-helpers';
import type { ExpectationKind } from './problems';

const EXPECTATION_KINDS: readonly ExpectationKind[] = [
	'type',
	'other-type',
	'min',
	'max',
	'one-of',
	'answer',
	'requirement-id',
	'plan-id',
	'assumption-id',
	'assumption-field',
	'no-such-field',
	'moved-field',
	'moved-amount',
	'depth',
	'items',
	'keys',
	'key-length',
	'empty-key',
	'reserved-key',
	'json-object',
	'version',
	'format',
	'multiple-of',
	'key',
	'union'
];

const SEED = Number(process.env.FC_SEED ?? 20221017);
const RUNS = 10_000;
const IDS = data['guideline-requirements.json'].requirements.map((r) => r.id);

type Path = readonly string[];
const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every path of the default scenario (containers and leaves), plus fields the defaults leave empty. */
const PATHS: Path[] = [];
(function walk(node: unknown, path: Path) {
	PATHS.push(path);
	if (isObject(node)) for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
})(baseScenario, []);
for (const extra of [
	'forms.saas.fees.monthly',
	'forms.saas.fees.cardRate',
	'forms.mall.fees.commissionRate',
	'forms.mall.fees.perOrderFee',
	'posture.checklist.vendor.build-01',
	'posture.checklist.vendor.build-01.inContract',
	'posture.checklist.vendor.ops-03.monitored',
	'posture.cards.visa',
	'posture.cards.jcb',
	'insurance.premiumAnnual'
])
	PATHS.push(extra.split('.'));
const CONTAINERS = PATHS.filter((p) => p.length === 0 || isObject(valueAt(baseScenario, p)));
const NUMERIC = PATHS.filter(
	(p) =>
		typeof valueAt(baseScenario, p) === 'number' ||
		['monthly', 'visa', 'jcb', 'premiumAnnual'].includes(p[p.length - 1]!)
);

function valueAt(doc: unknown, path: Path): unknown {
	let node = doc;
	for (const k of path) node = isObject(node) ? node[k] : undefined;
	return node;
}

/** An own property, even one named __proto__ (as JSON.parse makes it). */
const put = (target: Record<string, unknown>, key: string, value: unknown) =>
	Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

// ---- bad values -------------------------------------------------------------------------------------------
const hugeTiny = fc.constantFrom(
	1e300,
	-1e300,
	1e-300,
	-1e-300,
	1e308,
	Number.MAX_VALUE,
	-Number.MAX_VALUE,
	Number.MIN_VALUE,
	2 ** 53 + 2,
	MAX_YEN + 1,
	MAX_COUNT + 1,
	1e13,
	-1,
	-0.5,
	0.5,
	Infinity,
	-Infinity,
	NaN
);
/** inside the schema's bounds, at its extremes: accepted, and must still give finite results */
const extreme = fc.constantFrom(0, 1, 0.001, 12, 20, 50, 60, 100, 1000, 1e6, MAX_COUNT, MAX_YEN, 4294967295);
const nanStrings = fc.constantFrom(
	'NaN',
	'Infinity',
	'-Infinity',
	'1e999',
	'',
	' ',
	'0x10',
	'12abc',
	'１２',
	'null',
	'[]'
);
const oddKey = fc.constantFrom(
	'',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'build-99',
	'ops-00',
	'BUILD-01',
	'build-1',
	' build-01',
	'k'.repeat(300),
	'💥',
	'a.b',
	'[0]',
	'0'
);
const unknownId = fc.constantFrom('build-99', 'build-00', 'build-15', 'ops-07', 'ops-99', 'build-1', 'x', '');
const primitive = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.double(),
	fc.integer(),
	fc.boolean(),
	fc.constant(null)
);
/** a value nested 15–20,000 levels deep, as lists or as objects */
const deep = fc
	.tuple(fc.integer({ min: 15, max: 20_000 }), fc.boolean(), primitive)
	.map(([depth, asList, leaf]) => {
		let v: unknown = leaf;
		for (let i = 0; i < depth; i++) v = asList ? [v] : { a: v };
		return v;
	});
const badValue: fc.Arbitrary<unknown> = fc.oneof(
	{ weight: 3, arbitrary: hugeTiny },
	{ weight: 2, arbitrary: extreme },
	{ weight: 2, arbitrary: nanStrings },
	{ weight: 3, arbitrary: primitive },
	{ weight: 1, arbitrary: fc.constantFrom([], {}, [[]], [{}]) },
	{ weight: 1, arbitrary: fc.array(primitive, { maxLength: 3 }) },
	{ weight: 1, arbitrary: fc.dictionary(oddKey, primitive, { maxKeys: 3 }) },
	{ weight: 1, arbitrary: deep },
	{ weight: 1, arbitrary: fc.constantFrom(...IDS, 'in-house', 'outsourced', 'implemented', 'unanswered') }
);

// ---- mutations --------------------------------------------------------------------------------------------
type Mutation =
	| { op: 'set'; path: Path; value: unknown }
	| { op: 'add'; path: Path; key: string; value: unknown }
	| { op: 'delete'; path: Path };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.record({
			op: fc.constant('set' as const),
			path: fc.constantFrom(...PATHS.filter((p) => p.length)),
			value: badValue
		})
	},
	{
		weight: 3,
		arbitrary: fc.record({
			op: fc.constant('set' as const),
			path: fc.constantFrom(...NUMERIC),
			value: fc.oneof(hugeTiny, extreme)
		})
	},
	{
		weight: 3,
		arbitrary: fc.record({
			op: fc.constant('add' as const),
			path: fc.constantFrom(...CONTAINERS),
			key: fc.oneof(oddKey, unknownId),
			value: badValue
		})
	},
	{
		weight: 2,
		arbitrary: fc.record({
			op: fc.constant('add' as const),
			path: fc.constantFrom(['posture', 'checklist', 'answers'], ['posture', 'checklist', 'vendor']),
			key: fc.oneof(unknownId, fc.constantFrom(...IDS)),
			value: fc.oneof(badValue, fc.constant({ inContract: true, monitored: true }))
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			op: fc.constant('delete' as const),
			path: fc.constantFrom(...PATHS.filter((p) => p.length))
		})
	}
);

function apply(doc: Record<string, unknown>, m: Mutation): void {
	const target = m.op === 'add' ? m.path : m.path.slice(0, -1);
	let node: unknown = doc;
	for (const k of target) {
		if (!isObject(node)) return;
		if (node[k] === undefined) put(node, k, {});
		node = node[k];
	}
	if (!isObject(node)) return;
	if (m.op === 'add') put(node, m.key, m.value);
	else if (m.op === 'delete') delete node[m.path[m.path.length - 1]!];
	else put(node, m.path[m.path.length - 1]!, m.value);
}

/** A bad scenario: 1–4 mutations of the default; now and then the whole file replaced by a non-object. */
const badScenario: fc.Arbitrary<unknown> = fc.oneof(
	{
		weight: 30,
		arbitrary: fc.array(mutation, { minLength: 1, maxLength: 4 }).map((ms) => {
			const doc = structuredClone(baseScenario) as unknown as Record<string, unknown>;
			for (const m of ms) apply(doc, m);
			return doc;
		})
	},
	{ weight: 1, arbitrary: fc.oneof(primitive, fc.array(primitive, { maxLength: 2 }), deep, hugeTiny) }
);

// ---- checks -----------------------------------------------------------------------------------------------
const finiteNonNegative = (x: number) => Number.isFinite(x) && x >= 0;

function checkResults(r: Results): void {
	for (const f of r.forms) {
		const where = `${f.form}`;
		for (const y of f.cost.years) {
			for (const [k, v] of Object.entries(y)) {
				if (typeof v === 'number' && k !== 'discountFactor')
					expect(finiteNonNegative(v), `${where} year ${y.year} ${k} = ${v}`).toBe(true);
			}
		}
		const risk = f.risk;
		const money: [string, number][] = [
			['cost.total', f.cost.total],
			['cost.totalDiscounted', f.cost.totalDiscounted],
			['perIncident.expected', risk.perIncident.expected],
			['perIncident.expectedGross', risk.perIncident.expectedGross],
			...risk.expectedAnnualLoss.byYear.map((v, i): [string, number] => [`expectedAnnualLoss[${i}]`, v]),
			...risk.annual.map((a): [string, number] => [`annual[${a.year}].expected`, a.expected]),
			...Object.entries(risk.year1).map(([k, v]): [string, number] => [`year1.${k}`, v]),
			...Object.entries(risk.horizon).map(([k, v]): [string, number] => [`horizon.${k}`, v]),
			...Object.entries(risk.perIncident.items)
				.filter(([k]) => k !== 'insuranceRecovery')
				.map(([k, v]): [string, number] => [`perIncident.items.${k}`, v]),
			...f.riskAdjusted.byYear.map((v, i): [string, number] => [`riskAdjusted[${i}]`, v]),
			['riskAdjusted.total', f.riskAdjusted.total],
			['riskAdjusted.totalDiscounted', f.riskAdjusted.totalDiscounted]
		];
		for (const [k, v] of money) expect(finiteNonNegative(v), `${where} ${k} = ${v}`).toBe(true);
		// the insurance recovery is a deduction: finite, never more than the gross loss
		const recovery = risk.perIncident.insuranceRecovery;
		expect(Number.isFinite(recovery) && recovery <= 0, `${where} insuranceRecovery = ${recovery}`).toBe(true);
		for (const a of risk.annual) {
			const p = a.probabilityLossExceedsGrossProfit;
			expect(Number.isFinite(p) && p >= 0 && p <= 1, `${where} P(loss > GP) = ${p}`).toBe(true);
		}
	}
}

const atLowTrials = <T extends { simulation: { trials: number; seed: number } }>(s: T): T => ({
	...s,
	simulation: { ...s.simulation, trials: 1000 }
});

describe(`fuzzing the scenario reader with ${RUNS} bad scenarios (issue 7, bad input)`, () => {
	it('never throws; every rejection names a field with a short, typed problem; accepted ones evaluate finite', () => {
		const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
		let accepted = 0;
		let rejected = 0;
		let evaluated = 0;
		const started = performance.now();
		fc.assert(
			fc.property(badScenario, (input) => {
				const r = parseScenario(input, data);
				if (r.ok) {
					accepted++;
					// a sample of the accepted ones is evaluated (every 10th, up to 150): all were parsed above
					if (accepted % 10 === 1 && evaluated < 150) {
						evaluated++;
						checkResults(evaluate(data, atLowTrials(r.scenario), params));
					}
					return;
				}
				rejected++;
				expect(r.problems.length).toBeGreaterThan(0);
				expect(r.problems.length).toBeLessThanOrEqual(LIMITS.problemsKept);
				for (const p of r.problems) {
					expect(p.path.length).toBeGreaterThan(0);
					if (isObject(input)) expect(p.path).not.toBe(TOP_LEVEL);
					else expect(p.path).toBe(TOP_LEVEL);
					expect(p.path.length).toBeLessThan(200);
					// what was expected is a known kind, never the catch-all
					expect(EXPECTATION_KINDS).toContain(p.expected.kind);
					expect(p.expected.kind).not.toBe('valid');
					if (p.given.kind === 'value') {
						expect(p.given.text.length).toBeLessThanOrEqual(LIMITS.shownValue);
						// a non-finite number is worded, never printed (a string the user typed, "NaN", is echoed quoted)
						expect(p.given.text).not.toMatch(/^-?Infinity$|^NaN$|[^"]NaN|[^"-]Infinity/);
					}
					expect(JSON.stringify(p.expected)).not.toMatch(/Infinity|NaN|:null/);
				}
				expect(JSON.stringify(r.problems).length).toBeLessThan(20_000);
			}),
			{ seed: SEED, numRuns: RUNS }
		);
		const seconds = (performance.now() - started) / 1000;
		expect(accepted + rejected).toBe(RUNS);
		expect(rejected).toBeGreaterThan(RUNS / 2);
		expect(accepted).toBeGreaterThan(0);
		expect(evaluated).toBeGreaterThan(20);
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		console.info(
			`fuzz: ${RUNS} bad scenarios in ${seconds.toFixed(1)} s — ${rejected} rejected, ${accepted} accepted, ${evaluated} of them evaluated (seed ${SEED})`
		);
	}, 120_000);

	it('every accepted scenario at the schema’s extreme values gives finite, non-negative money and losses', () => {
		// extreme amounts, with answers that put insurance (ops-06) and the other measures in force or not, for a
		// new or a running site
		const extremes = fc
			.record({
				sets: fc.array(
					fc.record({ op: fc.constant('set' as const), path: fc.constantFrom(...NUMERIC), value: extreme }),
					{ minLength: 1, maxLength: 6 }
				),
				running: fc.boolean(),
				answers: fc.dictionary(fc.constantFrom(...IDS), fc.nat(4)),
				insured: fc.boolean(),
				currentForm: fc.constantFrom(null, 'scratch', 'package', 'managed', 'saas')
			})
			.map(({ sets, running, answers, insured, currentForm }) => {
				const doc = structuredClone(baseScenario) as unknown as Record<string, unknown>;
				const choices = running ? RUNNING_SITE_ANSWERS : NEW_SITE_ANSWERS;
				const given = Object.fromEntries(Object.entries(answers).map(([id, i]) => [id, choices[i]!]));
				if (insured) given['ops-06'] = running ? 'implemented' : 'in-house';
				apply(doc, { op: 'set', path: ['posture', 'checklist', 'mode'], value: running ? 'running' : 'new' });
				apply(doc, { op: 'set', path: ['posture', 'checklist', 'answers'], value: given });
				apply(doc, { op: 'set', path: ['posture', 'currentForm'], value: running ? currentForm : null });
				for (const m of sets) apply(doc, m);
				return doc;
			});
		let evaluated = 0;
		fc.assert(
			fc.property(extremes, (input) => {
				const r = parseScenario(input, data);
				if (!r.ok) return;
				evaluated++;
				checkResults(evaluate(data, atLowTrials(r.scenario), params));
			}),
			{ seed: SEED, numRuns: 150 }
		);
		expect(evaluated).toBeGreaterThan(60);
	}, 120_000);
});
