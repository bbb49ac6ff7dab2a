import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { evaluate } from '../evaluate';
import { data, params, scenarioWith } from '../test-helpers';
import { evaluateChecklist } from './checklist';
import { stayOrMigrate } from './running';

const ALL = data['guideline-requirements.json'].requirements.map((r) => r.id);
const running = (over: Record<string, string>, currentForm = 'package') =>
	scenarioWith({
		simulation: { trials: 4000, seed: 2 },
		posture: {
			currentForm,
			checklist: {
				mode: 'running',
				answers: { ...Object.fromEntries(ALL.map((id) => [id, 'implemented'])), ...over }
			}
		}
	});

describe('running site with gaps (IPA outline 第二部 第3章 2.)', () => {
	it('2.(2): stop-gap measures — WAF (2–5万円/月) and cyber insurance — with their cost', () => {
		const s = running({ 'ops-03': 'not-implemented' });
		const r = stayOrMigrate(data, s, params, evaluateChecklist(data, s))!;
		const waf = r.stopGaps.find((g) => g.id === 'waf')!;
		expect(waf.annual).toEqual({ low: 240_000, high: 600_000 });
		expect(waf.source.id).toBe('ipa-ec-outline-2022');
		expect(r.stopGaps.find((g) => g.id === 'cyber-insurance')!.annual.low).toBe(93_000);
	});

	it('2.(1)/(3): the missing items are listed with their fix cost where known, unknown otherwise', () => {
		const s = running({ 'ops-03': 'not-implemented', 'build-07': 'not-implemented' });
		const r = stayOrMigrate(data, s, params, evaluateChecklist(data, s))!;
		expect(r.missing.find((m) => m.id === 'ops-03')!.fixCost).toBe(1_000_000);
		expect(r.missing.find((m) => m.id === 'build-07')!.fixCost).toBeNull();
	});

	it('第一部 4. 取組3: stay-and-fix against migrating to SaaS or a mall, the current build treated as sunk', () => {
		const s = running({ 'ops-03': 'not-implemented', 'build-02': 'not-implemented' });
		const r = stayOrMigrate(data, s, params, evaluateChecklist(data, s))!;
		const full = evaluate(data, s, params).forms.find((f) => f.form === 'package')!.riskAdjusted.total;
		expect(r.stayAsIs).toBeLessThan(full);
		expect(r.stayAndFix).toBeLessThanOrEqual(r.stayAsIs + 1_000_000);
		expect(r.migrate.map((m) => m.form)).toEqual(['saas', 'mall']);
		expect(r.migrate.every((m) => m.oneOff >= 0)).toBe(true);
		const cheapestMigration = Math.min(...r.migrate.map((m) => m.riskAdjusted));
		expect(r.cheapest).toBe(
			cheapestMigration < r.stayAndFix
				? r.migrate.find((m) => m.riskAdjusted === cheapestMigration)!.form
				: 'stay-and-fix'
		);
	});

	it('the analysis of a running site counts the current build as sunk', () => {
		const a = analyse(data, running({ 'ops-03': 'not-implemented' }), params, { whatIf: false });
		expect(a.forms.find((f) => f.form === 'package')!.cost.years[0]!.initial).toBe(0);
		expect(a.forms.find((f) => f.form === 'scratch')!.cost.years[0]!.initial).toBeGreaterThan(0);
		expect(a.stayOrMigrate!.current).toBe('package');
	});

	it('is not produced for a new site, a site without gaps, or a site already on a platform', () => {
		const ok = running({});
		expect(stayOrMigrate(data, ok, params, evaluateChecklist(data, ok))).toBeNull();
		const onSaas = running({ 'ops-03': 'not-implemented' }, 'saas');
		expect(stayOrMigrate(data, onSaas, params, evaluateChecklist(data, onSaas))).toBeNull();
		const fresh = scenarioWith({});
		expect(stayOrMigrate(data, fresh, params, evaluateChecklist(data, fresh))).toBeNull();
	});
});
