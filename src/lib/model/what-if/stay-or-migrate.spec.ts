import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { evaluate } from '../evaluate';
import { data, params, scenarioWith } from '../test-helpers';
import { evaluateChecklist } from '../rules/checklist';
import { stayOrMigrate, withSunkBuild } from './stay-or-migrate';

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

const plan = (s: ReturnType<typeof running>) => stayOrMigrate(data, s, params, evaluateChecklist(data, s))!;
const OPS = ['ops-01', 'ops-02', 'ops-03', 'ops-04', 'ops-05', 'ops-06'];

describe('running site with gaps (IPA outline 第二部 第3章 2.)', () => {
	it('2.(2): stop-gap measures — WAF (2–5万円/月) and cyber insurance for the revenue band — with their cost', () => {
		const r = plan(running({ 'ops-03': 'not-implemented' }));
		const waf = r.stopGaps.find((g) => g.id === 'waf')!;
		expect(waf.annual).toEqual({ low: 240_000, high: 600_000 });
		expect(waf.source!.id).toBe('ipa-ec-outline-2022');
		// 3,000万円 of sales falls in the smallest band (売上5億円, 小売業, plan ①)
		expect(r.stopGaps.find((g) => g.id === 'cyber-insurance')!.annual).toEqual({ low: 93_000, high: 93_000 });
		const big = plan(
			scenarioWith({
				...running({ 'ops-03': 'not-implemented' }),
				business: { ...running({}).business, annualRevenue: 2e9 }
			})
		);
		expect(big.stopGaps.find((g) => g.id === 'cyber-insurance')!.annual!.low).toBe(188_000);
	});

	it('2.(2): stop-gaps appear whenever mandatory items are missing, with or without a current form', () => {
		const r = plan(running({ 'ops-03': 'not-implemented' }, null as unknown as string));
		expect(r.current).toBeNull();
		expect(r.stopGaps.map((g) => g.id)).toEqual(['waf', 'cyber-insurance']);
		expect(r.stayAsIs).toBeNull();
		expect(r.migrate.map((m) => m.form)).toEqual(['saas', 'mall']);
	});

	it('2.(1)/(3): the missing items say how they are fixed — a one-off assessment, a recurring operation, or a quote', () => {
		const r = plan(
			running({ 'ops-03': 'not-implemented', 'build-01': 'not-implemented', 'build-07': 'unknown' })
		);
		const by = Object.fromEntries(r.missing.map((m) => [m.id, m]));
		expect(by['build-01']).toMatchObject({ fix: 'one-off', fixCost: 1_000_000 });
		// ops-03 is a recurring assessment: not charged again on top of the operating cost (model review, 3.)
		expect(by['ops-03']).toMatchObject({ fix: 'recurring', fixCost: null });
		expect(by['build-07']).toMatchObject({ fix: 'quote', fixCost: null });
		expect(r.stayAndFixLowerBound).toBe(true);
	});

	it('stay as is pays only for what is implemented; stay and fix pays the floor and carries the lower risk (model review R3)', () => {
		const s = running(Object.fromEntries(OPS.map((id) => [id, 'not-implemented'])));
		const r = plan(s);
		const asIs = evaluate(data, withSunkBuild(s), params).forms.find((f) => f.form === 'package')!;
		// nothing of operation 1–6 is in place: no security operating cost, no floor, no insurance
		expect(asIs.cost.years.every((y) => y.securityOps === 0 && y.insurance === 0)).toBe(true);
		expect(r.stayAsIs).toBeCloseTo(asIs.riskAdjusted.total, 0);
		const fixed = evaluate(data, withSunkBuild(running({})), params).forms.find((f) => f.form === 'package')!;
		expect(fixed.cost.years[0]!.securityOps).toBeGreaterThanOrEqual(1_200_000); // the outline floor, 10万円/月
		// the fixed site's loss is lower than the gapped one's in every year
		fixed.risk.expectedAnnualLoss.byYear.forEach((x, i) =>
			expect(x).toBeLessThan(asIs.risk.expectedAnnualLoss.byYear[i]!)
		);
		// staying as is leaves the mandatory gaps open: it is never the option the plan picks (骨子「至急」)
		expect(r.cheapest).not.toBe('stay-as-is');
		const cheapestMigration = Math.min(...r.migrate.map((m) => m.riskAdjusted));
		expect(r.cheapest).toBe(
			cheapestMigration < r.stayAndFix!
				? r.migrate.find((m) => m.riskAdjusted === cheapestMigration)!.form
				: 'stay-and-fix'
		);
	});

	it('3章 2.(2): during the remediation lead time the gaps stay open, covered by the stop-gaps', () => {
		const gaps = { 'ops-01': 'not-implemented', 'ops-03': 'not-implemented' };
		const quick = plan(
			scenarioWith({
				...running(gaps),
				posture: {
					...running(gaps).posture,
					checklist: { ...running(gaps).posture.checklist, remediationMonths: 0 }
				}
			})
		);
		const slow = plan(
			scenarioWith({
				...running(gaps),
				posture: {
					...running(gaps).posture,
					checklist: { ...running(gaps).posture.checklist, remediationMonths: 24 }
				}
			})
		);
		expect(running(gaps).posture.checklist.remediationMonths).toBe(3);
		expect(slow.stayAndFix!).not.toBeCloseTo(quick.stayAndFix!, 0);
	});

	it('3章 2.(1): a requirement that cannot be fixed rules out staying and fixing (善後策: migrate or stop)', () => {
		const r = plan(running({ 'build-02': 'not-fixable' }));
		expect(r.cannotFix).toEqual(['build-02']);
		expect(r.stayAndFix).toBeNull();
		expect(['saas', 'mall']).toContain(r.cheapest);
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
