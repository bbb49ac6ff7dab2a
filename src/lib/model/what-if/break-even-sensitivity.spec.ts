import { describe, expect, it } from 'vitest';
import { pert } from '../distributions';
import { evaluate } from '../evaluate';
import { data, params, scenarioWith } from '../test-helpers';
import type { SiteForm } from '../../data/forms';
import { breakEven, REVENUE_SEARCH, sensitivity } from './what-if';

// SaaS with a high fixed fee and no revenue-linked fees against a mall with no fixed fee and 10% commission:
// the mall wins below about 500,000 × 12 ÷ 10% = 6,000万円 of revenue a year, SaaS above.
const fees = (monthly: number, commission: number) => ({
	preset: null,
	initialBuild: 0,
	fees: {
		initial: 0,
		monthly,
		cardRate: 0,
		perOrderFee: 0,
		commissionRate: commission,
		pointRate: 0,
		affiliateRate: 0,
		otherRevenueRate: 0,
		otherMonthly: 0
	}
});
const duel = (revenue: number) =>
	scenarioWith({
		business: { annualRevenue: revenue, revenueGrowth: 0 },
		simulation: { trials: 2000, seed: 9 },
		forms: {
			scratch: { enabled: false },
			package: { enabled: false },
			managed: { enabled: false },
			saas: fees(500_000, 0),
			mall: fees(0, 10)
		}
	});
const ctx = (revenue: number) => ({ data, scenario: duel(revenue), params, excluded: new Set<never>() });
const totals = (revenue: number) => {
	const r = evaluate(data, duel(revenue), params);
	return Object.fromEntries(r.forms.map((f) => [f.form, f.riskAdjusted.total]));
};

describe('break-even', () => {
	it('finds the revenue at which the runner-up would win, where both totals meet', () => {
		const be = breakEven(ctx(30_000_000), 'mall', 'saas');
		expect(be.revenue.below).toBeNull();
		const r = be.revenue.above!;
		expect(r).toBeGreaterThan(50_000_000);
		expect(r).toBeLessThan(70_000_000);
		const at = totals(r);
		expect(Math.abs(at['mall']! - at['saas']!) / at['saas']!).toBeLessThan(1e-3);
		const lower = totals(r * 0.9);
		const higher = totals(r * 1.1);
		expect(lower['mall']!).toBeLessThan(lower['saas']!);
		expect(higher['saas']!).toBeLessThan(higher['mall']!);
	});

	it('gives the breach-rate factor at which the runner-up wins: scaling the rate by it equalises the totals', () => {
		const withSaas = scenarioWith({
			simulation: { trials: 2000, seed: 4 },
			forms: { scratch: { enabled: false }, managed: { enabled: false }, mall: { enabled: false } }
		});
		const be = breakEven({ data, scenario: withSaas, params, excluded: new Set() }, 'saas', 'package');
		const k = be.rate.recommendedFactor!;
		expect(k).toBeGreaterThan(1);
		const d = params.dist;
		const scale = (id: string) => {
			const x = d[id]!;
			return x.kind === 'pert' ? pert(x.low * k, x.mode * k, x.high * k) : x;
		};
		const scaled = {
			...params,
			dist: {
				...d,
				'base-rate-saas': scale('base-rate-saas'),
				'platform-incident-rate-saas': scale('platform-incident-rate-saas')
			}
		};
		const r = evaluate(data, withSaas, scaled);
		const saas = r.forms.find((f) => f.form === 'saas')!.riskAdjusted.total;
		const pkg = r.forms.find((f) => f.form === 'package')!.riskAdjusted.total;
		expect(Math.abs(saas - pkg) / pkg).toBeLessThan(0.02);
	});
});

describe('sensitivity (tornado)', () => {
	it('moves each assumption over its range and reports where the recommendation changes', () => {
		const rows = sensitivity(ctx(55_000_000), 'mall');
		const revenue = rows.find((r) => r.id === 'business.annualRevenue')!;
		expect(revenue.recommendedAtHigh).toBe('saas');
		expect(revenue.switches[0]!.to).toBe('saas');
		const be = breakEven(ctx(55_000_000), 'mall', 'saas').revenue.above!;
		expect(Math.abs(revenue.switches[0]!.value - be) / be).toBeLessThan(0.01);
		expect(rows.map((r) => r.id)).toEqual(
			expect.arrayContaining(['closure-months', 'forensics-cost', 'base-rate-saas'])
		);
		const swings = rows.map((r) => r.swing);
		expect([...swings].sort((a, b) => b - a)).toEqual(swings);
	});

	it('the break-even search covers every revenue the scenario allows and says why when there is no crossing', () => {
		const s = scenarioWith({ simulation: { trials: 2000, seed: 5 } });
		const ctx = { data, scenario: s, params, excluded: new Set<SiteForm>() };
		const b = breakEven(ctx, 'saas', 'mall');
		expect(b.revenue.searched.from).toBeCloseTo(REVENUE_SEARCH.min, 0);
		expect(b.revenue.searched.to).toBeCloseTo(REVENUE_SEARCH.max, -3);
		if (b.revenue.below === null && b.revenue.above === null) {
			expect(b.revenue.none?.reason).toBe('recommended-cheaper-throughout');
			expect(b.revenue.none!.marginal.runnerUp).toBeGreaterThan(b.revenue.none!.marginal.recommended);
		} else expect(b.revenue.none).toBeNull();
	});
});
