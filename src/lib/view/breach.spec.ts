/**
 * What one breach would cost, from real engine results: the items of each form add up to the engine's loss per
 * incident, the columns lead with the recommended form and the runner-up, and the survey beside them is the
 * scenario's employee band on the survey's own (sales) basis.
 */
import { describe, expect, it } from 'vitest';
import { dataVersion, loadDataSet } from '$lib/data/load';
import { createEngine } from '$lib/model';
import { buildBreach } from './breach';
import type { DashboardInput } from './dashboard';
import { textSource } from './texts';

const data = loadDataSet();
const engine = createEngine(data, { dataVersion: dataVersion() });
const texts = textSource(data);
const KANA = /[\u3040-\u30ff]/;

function phases(input: unknown): DashboardInput {
	const parsed = engine.parse(input);
	if (!parsed.ok) throw new Error('invalid');
	const scenario = parsed.scenario;
	const expected = engine.expected(scenario);
	return { scenario, expected, distribution: engine.distribution(scenario, expected), whatIf: null };
}

const FAST = { simulation: { trials: 2000, seed: 5 } };
const answered = Object.fromEntries(
	data['guideline-requirements.json'].requirements.map((r) => [r.id, 'in-house'])
);
const defaults = phases(FAST);
const insured = phases({
	...FAST,
	business: { employeeBand: '100-499' },
	// (every requirement met: operation requirement 6 puts the cyber insurance in force)
	posture: { checklist: { answers: answered } }
});

describe('breach view', () => {
	it('adds each form’s items up to the engine’s loss per incident, before and after insurance', () => {
		for (const input of [defaults, insured]) {
			const v = buildBreach(input, texts, 'ja');
			expect(v.forms.length).toBe(input.expected.forms.length);
			v.forms.forEach((col, i) => {
				const f = input.expected.forms.find((x) => x.form === col.form)!;
				const items = v.rows.reduce((a, r) => a + r.values[i]!, 0);
				expect(items).toBeCloseTo(f.risk.perIncident.expectedGross, 0);
				expect(v.gross.values[i]).toBe(f.risk.perIncident.expectedGross);
				expect(v.recovery.values[i]).toBeLessThanOrEqual(0);
				expect(items + v.recovery.values[i]!).toBeCloseTo(v.total.values[i]!, 0);
				expect(v.total.values[i]).toBe(f.risk.perIncident.expected);
			});
			expect(v.rows.length).toBe(12);
		}
		expect(Math.min(...buildBreach(insured, texts, 'ja').recovery.values)).toBeLessThan(0);
	});

	it('leads with the recommended form and the runner-up', () => {
		const rec = defaults.expected.recommendation;
		const v = buildBreach(defaults, texts, 'en');
		expect(v.forms[0]!.form).toBe(rec.recommended);
		expect(v.forms[1]!.form).toBe(rec.runnerUp);
		expect(v.shownByDefault).toBe(2);
		expect(v.forms[0]!.tag).toBe('recommended');
		expect(v.forms.slice(2).every((f) => f.tag === null)).toBe(true);
	});

	it('puts the survey of the scenario’s own employee band beside it, both on the sales basis', () => {
		for (const input of [defaults, insured]) {
			const v = buildBreach(input, texts, 'ja');
			const sv = input.distribution!.survey!;
			expect(v.survey!.band).toBe(input.scenario.business.employeeBand);
			expect(v.survey!.n).toBe(sv.n);
			expect(v.survey!.numbers[0]).toEqual({
				p10: sv.sampled.p10,
				median: sv.tableMedian,
				p90: sv.sampled.p90,
				mean: sv.reportedMean
			});
			// the shop's rows are the modelled sales lost while closed (revenue basis), not the gross-margin item
			const first = input.expected.forms.find((f) => f.form === v.forms[0]!.form)!;
			expect(v.survey!.numbers[1]!.mean).toBe(first.risk.closure.modelled.mean);
			expect(v.survey!.numbers[1]!.mean).not.toBeCloseTo(first.risk.perIncident.items.closure, 0);
			expect(v.survey!.rows.length).toBe(v.survey!.numbers.length);
			expect(v.survey!.what).toContain(v.survey!.bandName);
			expect(v.survey!.what).toContain('売上');
		}
	});

	it('says when the band has few answers, and waits for the distribution', () => {
		const small = phases({ ...FAST, business: { employeeBand: 'lt-5' } });
		const v = buildBreach(small, texts, 'en');
		expect(v.survey!.n).toBe(1);
		expect(v.survey!.few).toMatch(/Only 1 firm answered/);
		expect(v.survey!.rows[0]!.label).toMatch(/\(1 firm\)/);
		const pending = buildBreach({ ...defaults, distribution: null }, texts, 'ja');
		expect(pending.survey).toBeNull();
		expect(pending.surveyMissing).toBe(false);
		expect(pending.rows.length).toBe(12);
	});

	it('words everything in the page’s language', () => {
		const en = buildBreach(insured, texts, 'en');
		// (the source line keeps the survey's Japanese table name)
		expect(JSON.stringify({ ...en, survey: { ...en.survey, source: '' } })).not.toMatch(KANA);
		expect(en.survey!.what).toMatch(/sales/);
		expect(JSON.stringify(buildBreach(insured, texts, 'ja'))).toMatch(KANA);
	});
});
