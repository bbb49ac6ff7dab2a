/**
 * A running site in words, from real engine results: the stop-gaps with their cost, the missing requirements and
 * how each is fixed, and stay as is / stay and fix / migrate side by side with the engine's totals and its
 * cheapest plan; requirements that cannot be fixed leave only migrating or stopping.
 */
import { describe, expect, it } from 'vitest';
import { dataVersion, loadDataSet } from '$lib/data/load';
import { createEngine } from '$lib/model';
import { VERDICT_LABELS } from '$lib/export/labels';
import type { DashboardInput } from './dashboard';
import { buildRunning } from './running';
import { textSource } from './texts';

const data = loadDataSet();
const engine = createEngine(data, { dataVersion: dataVersion() });
const texts = textSource(data);
const KANA = /[\u3040-\u30ff]/;
const requirements = data['guideline-requirements.json'].requirements;

function phases(input: unknown): DashboardInput {
	const parsed = engine.parse(input);
	if (!parsed.ok) throw new Error('invalid');
	const scenario = parsed.scenario;
	return { scenario, expected: engine.expected(scenario), distribution: null, whatIf: null };
}

const FAST = { simulation: { trials: 2000, seed: 5 } };
const runningSite = (answer: (i: number) => string) =>
	phases({
		...FAST,
		posture: {
			checklist: {
				mode: 'running',
				answers: Object.fromEntries(requirements.map((r, i) => [r.id, answer(i)]))
			},
			currentForm: 'package'
		}
	});
const gaps = runningSite((i) => (i % 3 === 0 ? 'not-implemented' : 'implemented'));
const stuck = runningSite((i) => (i === 0 ? 'not-fixable' : i % 3 === 0 ? 'not-implemented' : 'implemented'));

describe('running-site view', () => {
	it('is null when the site is not running', () => {
		expect(buildRunning(phases(FAST), texts, 'ja')).toBeNull();
	});

	it('gives stop-gaps with their cost, the missing requirements, and three ways forward', () => {
		const sm = gaps.expected.stayOrMigrate!;
		for (const locale of ['ja', 'en'] as const) {
			const v = buildRunning(gaps, texts, locale)!;
			expect(v.stopGaps.length).toBe(sm.stopGaps.length);
			expect(v.stopGaps.length).toBeGreaterThan(0);
			expect(v.missing.length).toBe(sm.missing.length);
			expect(v.plans[0]!.id).toBe('stay-as-is');
			expect(v.plans[1]!.id).toBe('stay-and-fix');
			expect(v.plans.slice(2).map((p) => p.id)).toEqual(sm.migrate.map((x) => x.form));
			expect(v.plans.length).toBeGreaterThanOrEqual(3);
			expect(v.plans[0]!.amount).toBe(sm.stayAsIs);
			expect(v.plans[1]!.amount).toBe(sm.stayAndFix);
			const cheapest = v.plans.filter((p) => p.cheapest);
			expect(cheapest.map((p) => p.id)).toEqual(sm.cheapest ? [sm.cheapest] : []);
			for (const p of v.plans.filter((x) => x.lowerBound))
				expect(p.total).toMatch(locale === 'ja' ? /以上$/ : /^at least /);
			expect(v.cannotFix).toBeNull();
		}
	});

	it('leaves only migrating or stopping when a requirement cannot be fixed', () => {
		const sm = stuck.expected.stayOrMigrate!;
		expect(sm.cannotFix.length).toBeGreaterThan(0);
		for (const locale of ['ja', 'en'] as const) {
			const v = buildRunning(stuck, texts, locale)!;
			const fix = v.plans.find((p) => p.id === 'stay-and-fix')!;
			expect(fix.available).toBe(false);
			expect(fix.amount).toBeNull();
			expect(fix.cheapest).toBe(false);
			expect(v.cannotFix).toContain(VERDICT_LABELS['migrate-or-stop'][locale]);
		}
	});

	it('words everything in the page’s language', () => {
		for (const input of [gaps, stuck]) {
			const en = buildRunning(input, texts, 'en')!;
			// (source lines keep the Japanese documents' own section names)
			const words = { ...en, stopGaps: en.stopGaps.map((g) => g.text) };
			expect(JSON.stringify(words)).not.toMatch(KANA);
			expect(JSON.stringify(buildRunning(input, texts, 'ja'))).toMatch(KANA);
		}
	});
});
