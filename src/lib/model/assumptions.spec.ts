import { describe, expect, it } from 'vitest';
import { assumptionCatalogue, createEngine, type ExpectedAnalysis, type Scenario } from './index';
import { evaluate } from './evaluate';
import { parseScenario, type ParseResult } from './parse';
import { data } from './test-helpers';

const engine = createEngine(data, { dataVersion: 'test' });

const parsed = (input: Record<string, unknown>): Scenario => {
	const r = parseScenario({ simulation: { trials: 2000 }, ...input }, data);
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	return r.scenario;
};
const problemsOf = (r: ParseResult) => {
	expect(r.ok).toBe(false);
	return r.ok ? {} : Object.fromEntries(r.problems.map((p) => [p.path, p]));
};
const lossOf = (e: ExpectedAnalysis, form: string) =>
	e.forms.find((f) => f.form === form)!.risk.expectedAnnualLoss.byYear.reduce((a, b) => a + b, 0);

describe('assumptions: the risk model’s figures overridden per scenario (issue 9)', () => {
	const base = engine.expected(parsed({}));

	it('a higher forensics cost raises a self-run form’s expected loss (a tenant pays none), and is listed as overridden', () => {
		const s = parsed({ assumptions: { 'forensics-cost': { low: 300, high: 1500 } } });
		const e = engine.expected(s);
		expect(e.meta.overridden).toEqual(['forensics-cost']);
		expect(base.meta.overridden).toEqual([]);
		for (const f of base.forms) {
			// a SaaS or mall tenant bears none of the forensics (platform-tenant-forensics-share 0%)
			if (f.form === 'saas' || f.form === 'mall') expect(lossOf(e, f.form)).toBe(lossOf(base, f.form));
			else expect(lossOf(e, f.form)).toBeGreaterThan(lossOf(base, f.form));
		}
		// costs that are not risk stay as they were
		expect(e.forms.map((f) => f.cost.total)).toEqual(base.forms.map((f) => f.cost.total));
	});

	it('a lower base rate lowers that form’s expected loss only; a part of a range keeps the rest of the figure', () => {
		const e = engine.expected(parsed({ assumptions: { 'base-rate-managed': { mostLikely: 0.0001 } } }));
		expect(e.meta.overridden).toEqual(['base-rate-managed']);
		expect(lossOf(e, 'managed')).toBeLessThan(lossOf(base, 'managed'));
		for (const f of base.forms.filter((f) => f.form !== 'managed'))
			expect(lossOf(e, f.form)).toBe(lossOf(base, f.form));
	});

	it('a point figure takes its value: a lower card-leak share lowers the expected loss', () => {
		const e = engine.expected(parsed({ assumptions: { 'card-leak-share': { value: 10 } } }));
		expect(e.meta.overridden).toEqual(['card-leak-share']);
		expect(lossOf(e, 'managed')).toBeLessThan(lossOf(base, 'managed'));
	});

	it('reset (no override, or an empty one) gives exactly the result without overrides', () => {
		engine.expected(parsed({ assumptions: { 'forensics-cost': { low: 300, high: 1500 } } }));
		expect(engine.expected(parsed({}))).toEqual(base);
		const empty = engine.expected(parsed({ assumptions: { 'forensics-cost': {} } }));
		expect(empty).toEqual(base);
		expect(empty.meta.overridden).toEqual([]);
	});

	it('the later phases use the scenario’s figures too', () => {
		const s = parsed({ assumptions: { 'forensics-cost': { low: 300, high: 1500 } } });
		const e = engine.expected(s);
		const d = engine.distribution(s, e);
		const d0 = engine.distribution(parsed({}), base);
		expect(d.meta.overridden).toEqual(['forensics-cost']);
		const p90 = (r: typeof d, form: string) => r.forms.find((f) => f.form === form)!;
		expect(JSON.stringify(p90(d, 'managed'))).not.toBe(JSON.stringify(p90(d0, 'managed')));
		const whatIf = engine.whatIf(s, e);
		let step = whatIf.next();
		while (!step.done) step = whatIf.next();
		expect(step.value).toBeDefined();
		const full = engine.analyse(s);
		expect(full.meta.overridden).toEqual(['forensics-cost']);
	});

	it('sensitivity varies each figure around the scenario’s value; evaluate() uses the overrides too', () => {
		const s = parsed({
			assumptions: { 'forensics-cost': { low: 300, high: 1500 }, 'closure-months': { mostLikely: 12 } }
		});
		const rows = Object.fromEntries((engine.analyse(s).sensitivity ?? []).map((r) => [r.id, r]));
		expect(rows['forensics-cost']).toMatchObject({ low: 300, high: 1500 });
		expect(rows['forensics-cost']!.base).toBeCloseTo(Math.sqrt(300 * 1500), 6);
		expect(rows['closure-months']).toMatchObject({ base: 12, low: 0.23, high: 36 });
		const r = evaluate(data, s);
		expect(r.meta.overridden).toEqual(['forensics-cost', 'closure-months']);
		expect(r.forms.map((f) => f.riskAdjusted.total)).toEqual(
			engine.expected(s).forms.map((f) => f.riskAdjusted.total)
		);
	});

	it('rejects unknown ids (listing the valid ones), values out of the unit’s range, the wrong shape and a broken order', () => {
		const ids = data['risk-model.json'].parameters.map((p) => p.id);
		const at = problemsOf(
			parseScenario(
				{
					assumptions: {
						'no-such-figure': { value: 1 },
						'card-leak-share': { value: 120 },
						'reissue-fee': { low: 1, high: 2 },
						'forensics-cost': { low: 600 },
						'closure-months': { mostLikely: -1 },
						'legal-consulting': { low: 0 },
						'apology-per-person': { mostLikely: 100 },
						'recovery-months': { value: 'soon' },
						'hardening-cost': { high: 2e8 }
					}
				},
				data
			)
		);
		expect(at['assumptions.no-such-figure']?.expected).toEqual({ kind: 'assumption-id', ids });
		expect(at['assumptions.card-leak-share.value']?.expected).toMatchObject({ kind: 'max', value: 100 });
		expect(at['assumptions.reissue-fee.low']?.expected).toEqual({
			kind: 'assumption-field',
			fields: ['value']
		});
		expect(at['assumptions.reissue-fee.high']?.expected.kind).toBe('assumption-field');
		// 600 万円 is above the figure's own high (510): said at the field that was given
		expect(at['assumptions.forensics-cost.low']?.expected).toMatchObject({ kind: 'max', value: 510 });
		expect(at['assumptions.closure-months.mostLikely']?.expected).toMatchObject({
			kind: 'min',
			value: 0,
			inclusive: true
		});
		// a lognormal's low end must be above 0
		expect(at['assumptions.legal-consulting.low']?.expected).toMatchObject({
			kind: 'min',
			value: 0,
			inclusive: false
		});
		expect(at['assumptions.apology-per-person.mostLikely']?.expected).toEqual({
			kind: 'assumption-field',
			fields: ['low', 'high']
		});
		expect(at['assumptions.recovery-months.value']).toBeDefined();
		// money: at most MAX_YEN in the figure's unit (万円: 1億)
		expect(at['assumptions.hardening-cost.high']?.expected).toMatchObject({ kind: 'max', value: 1e8 });
		expect(Object.keys(at)).toHaveLength(10);
	});

	it('a range given in full is checked in order low ≤ mostLikely ≤ high', () => {
		const at = problemsOf(
			parseScenario({ assumptions: { 'closure-months': { low: 5, mostLikely: 3, high: 10 } } }, data)
		);
		expect(at['assumptions.closure-months.low']?.expected).toMatchObject({ kind: 'max', value: 3 });
		expect(Object.keys(at)).toEqual(['assumptions.closure-months.low']);
		const high = problemsOf(parseScenario({ assumptions: { 'closure-months': { high: 1 } } }, data));
		expect(high['assumptions.closure-months.high']?.expected).toMatchObject({ kind: 'min', value: 7.2 });
	});

	it('the catalogue lists every parameter with its unit, values, allowed range and a source or an assumption', () => {
		const { parameters, sources } = assumptionCatalogue(data);
		expect(parameters.map((p) => p.id)).toEqual(data['risk-model.json'].parameters.map((p) => p.id));
		for (const p of parameters) {
			expect(p.label.ja && p.label.en, p.id).toBeTruthy();
			expect(p.unit, p.id).toBeTruthy();
			expect(Object.keys(p.base), p.id).toEqual(p.fields);
			const sourced = p.provenance.source;
			if (sourced) {
				expect(sourced.section && sourced.asOf, p.id).toBeTruthy();
				expect(sources[sourced.id], p.id).toBeDefined();
			} else {
				expect(p.provenance.assumption, p.id).toBe(true);
				expect(p.provenance.rationale?.ja, p.id).toBeTruthy();
			}
			expect(p.group, p.id).not.toBe('other');
			for (const v of Object.values(p.base)) {
				expect(p.range.minInclusive ? v >= p.range.min : v > p.range.min, p.id).toBe(true);
				if (p.range.max !== undefined) expect(v, p.id).toBeLessThanOrEqual(p.range.max);
			}
		}
		// the catalogue is plain data (page data)
		expect(structuredClone(parameters)).toEqual(parameters);
	});

	it('every base value is accepted back as an override and gives the base result', () => {
		const { parameters } = assumptionCatalogue(data);
		const assumptions = Object.fromEntries(parameters.map((p) => [p.id, p.base]));
		const s = parsed({ assumptions });
		const e = engine.expected(s);
		expect(e.meta.overridden).toHaveLength(parameters.length);
		expect(e.forms).toEqual(base.forms);
	});
});
