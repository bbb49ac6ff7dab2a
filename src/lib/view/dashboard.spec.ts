/**
 * The dashboard's view data from real engine results: every chart's numbers add up to the engine's totals, the
 * tolerance read-out agrees with the engine's own P(year loss > year gross profit), and every sentence is worded
 * in the page's language.
 */
import { describe, expect, it } from 'vitest';
import { dataVersion, loadDataSet } from '$lib/data/load';
import { createEngine, type Scenario } from '$lib/model';
import { buildDashboard, exceedanceAt, type DashboardInput } from './dashboard';
import { textSource } from './texts';

const data = loadDataSet();
const engine = createEngine(data, { dataVersion: dataVersion() });
const texts = textSource(data);

function phases(input: unknown): DashboardInput {
	const parsed = engine.parse(input);
	if (!parsed.ok) throw new Error('invalid');
	const scenario: Scenario = parsed.scenario;
	const expected = engine.expected(scenario);
	const distribution = engine.distribution(scenario, expected);
	const steps = engine.whatIf(scenario, expected);
	let step = steps.next();
	while (!step.done) step = steps.next();
	return { scenario, expected, distribution, whatIf: step.value };
}

const FAST = { simulation: { trials: 2000, seed: 5 } };
const answered = Object.fromEntries(
	data['guideline-requirements.json'].requirements.map((r) => [r.id, 'in-house'])
);
const defaults = phases(FAST);
const inHouse = phases({ ...FAST, posture: { checklist: { answers: answered } } });

describe('dashboard view', () => {
	it('stacks each form’s items to its risk-adjusted total', () => {
		for (const input of [defaults, inHouse]) {
			const v = buildDashboard(input, texts, 'ja');
			for (const f of v.stackedCost.forms) {
				const sum = Object.values(f.values).reduce((a, b) => a + b, 0);
				const engineTotal = input.expected.forms.find((x) => x.form === f.form)!.riskAdjusted.total;
				expect(sum).toBeCloseTo(engineTotal, 0);
				expect(f.total).toBe(engineTotal);
			}
		}
	});

	it('recommends what the engine recommends, with reasons and sources, in each language', () => {
		for (const locale of ['ja', 'en'] as const) {
			const v = buildDashboard(inHouse, texts, locale);
			const rec = inHouse.expected.recommendation;
			expect(v.recommendation.form).toBe(rec.recommended);
			expect(v.recommendation.reasons.length).toBe(rec.reasons.length);
			expect(v.recommendation.reasons.length).toBeGreaterThanOrEqual(3);
			for (const r of v.recommendation.reasons) expect(r.text.length).toBeGreaterThan(20);
			// (the sources keep the Japanese documents' own section names)
			const text = JSON.stringify({
				...v.recommendation,
				reasons: v.recommendation.reasons.map((r) => r.text)
			});
			if (locale === 'en') expect(text).not.toMatch(/[\u3040-\u30ff]/);
			else expect(text).toMatch(/[\u3040-\u30ff]/);
			expect(v.recommendation.flips).not.toBeNull();
			expect(v.recommendation.flips!.length).toBeGreaterThan(0);
		}
	});

	it('lists the self-built forms as waiting for the checklist by default', () => {
		const v = buildDashboard(defaults, texts, 'ja');
		const pending = v.recommendation.exclusions.filter((x) => x.pending).map((x) => x.form);
		expect(pending).toEqual(expect.arrayContaining(['scratch', 'package']));
		expect(v.missingQuotes.length).toBeGreaterThan(0);
		for (const q of v.missingQuotes) expect(q.label).not.toBe(q.path);
	});

	it('reads P(year loss > one year’s gross profit) off the curve as the engine computes it', () => {
		const v = buildDashboard(inHouse, texts, 'en');
		for (const row of v.tail!) {
			const d = inHouse.distribution!.forms.find((f) => f.form === row.form)!;
			const engine = d.probabilityLossExceedsGrossProfit[0]!;
			expect(Math.abs(row.probabilityOverTolerance - engine)).toBeLessThan(0.002 + engine * 0.25);
			expect(row.p99).toBeGreaterThanOrEqual(row.p90);
		}
	});

	it('finds the years where cumulative lines cross', () => {
		const v = buildDashboard(inHouse, texts, 'ja');
		for (const c of v.cumulative.crossings) {
			const a = v.cumulative.forms.find((f) => f.form === c.a)!.values;
			const b = v.cumulative.forms.find((f) => f.form === c.b)!.values;
			expect(Math.sign(a[c.after - 1]! - b[c.after - 1]!)).not.toBe(Math.sign(a[c.after]! - b[c.after]!));
		}
		for (const f of v.cumulative.forms) {
			for (let i = 1; i < f.values.length; i++) expect(f.values[i]!).toBeGreaterThan(f.values[i - 1]!);
		}
	});

	it('hands back the same view parts for the same results, so charts that show them do not redraw', () => {
		const first = buildDashboard({ ...inHouse, distribution: null, whatIf: null }, texts, 'ja');
		const second = buildDashboard(inHouse, texts, 'ja');
		expect(second.stackedCost).toBe(first.stackedCost);
		expect(second.cumulative).toBe(first.cumulative);
		expect(second.riskBand).not.toBe(first.riskBand);
		expect(buildDashboard(inHouse, texts, 'ja').exceedance).toBe(second.exceedance);
		expect(buildDashboard(inHouse, texts, 'en').stackedCost).not.toBe(second.stackedCost);
		expect(buildDashboard(inHouse, texts, 'ja', { tolerance: 1e6 }).exceedance).not.toBe(second.exceedance);
	});

	it('leaves the distribution views empty until that phase answers', () => {
		const v = buildDashboard({ ...defaults, distribution: null, whatIf: null }, texts, 'ja');
		expect(v.riskBand).toBeNull();
		expect(v.exceedance).toBeNull();
		expect(v.tail).toBeNull();
		expect(v.recommendation.flips).toBeNull();
		expect(v.stackedCost.forms.length).toBe(5);
	});
});

describe('exceedanceAt', () => {
	const curve = [
		{ loss: 100, probability: 0.5 },
		{ loss: 1000, probability: 0.1 },
		{ loss: 10000, probability: 0.01 }
	];
	it('interpolates in log loss, holds the first point below and is 0 beyond the last', () => {
		expect(exceedanceAt(curve, 50)).toBe(0.5);
		expect(exceedanceAt(curve, 1000)).toBeCloseTo(0.1);
		expect(exceedanceAt(curve, Math.sqrt(1000 * 10000))).toBeCloseTo(0.055);
		expect(exceedanceAt(curve, 1e6)).toBe(0);
	});
});
