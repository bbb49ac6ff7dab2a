import { describe, expect, it } from 'vitest';
import { SITE_FORMS } from '../data/forms';
import { messageText } from '../export/words';
import { totalCost } from './tco';
import { baseScenario, data, scenarioWith } from './test-helpers';

describe('total cost (IPA outline 第二部 第2章 2.(1))', () => {
	it('scratch and package pay at least the outline floor of 10万円/月 for security operations', () => {
		for (const form of ['scratch', 'package'] as const) {
			const s = scenarioWith({
				forms: {
					[form]: {
						security: {
							wafMonthly: 0,
							diagnosisPerRound: 0,
							patchingMonthly: 10000,
							backupLogReviewMonthly: 0,
							fileIntegrityMonthly: 0
						}
					}
				}
			});
			const cost = totalCost(data, s, form);
			expect(cost.floorApplied).toBe(true);
			for (const y of cost.years) expect(y.securityOps).toBe(1_200_000);
			expect(cost.messages.some((m) => m.code === 'below-security-floor')).toBe(false);
		}
	});

	it('an override below the floor is honoured and warns, citing the outline', () => {
		const s = scenarioWith({
			forms: {
				package: {
					security: {
						wafMonthly: 0,
						diagnosisPerRound: 0,
						patchingMonthly: 30000,
						backupLogReviewMonthly: 0,
						fileIntegrityMonthly: 0,
						floorOverride: true
					}
				}
			}
		});
		const cost = totalCost(data, s, 'package');
		expect(cost.years[0]!.securityOps).toBe(360_000);
		const warning = cost.messages.find((m) => m.code === 'below-security-floor');
		expect(warning?.source?.id).toBe('ipa-ec-outline-2022');
		expect(warning && messageText(warning).ja).toMatch(/月10万円/);
	});

	it('the floor does not apply to SaaS, mall or the managed host (outline ※1)', () => {
		for (const form of ['managed', 'saas', 'mall'] as const)
			expect(totalCost(data, baseScenario, form).floorApplied).toBe(false);
		expect(totalCost(data, baseScenario, 'saas').years[0]!.securityOps).toBe(0);
	});

	it('horizon totals equal the sum of the years, exactly', () => {
		for (const form of SITE_FORMS) {
			const cost = totalCost(data, baseScenario, form);
			const sum = cost.years.reduce((a, y) => a + y.total, 0);
			expect(Math.abs(cost.total - sum)).toBeLessThan(1e-6);
			expect(cost.years).toHaveLength(baseScenario.horizonYears);
		}
	});

	it('initial costs fall in year 1 only; discounting lowers later years', () => {
		const s = scenarioWith({ discountRate: 5 });
		const cost = totalCost(data, s, 'scratch');
		expect(cost.years[0]!.initial).toBe(31_000_000);
		expect(cost.years.slice(1).every((y) => y.initial === 0)).toBe(true);
		expect(cost.totalDiscounted).toBeLessThan(cost.total);
		expect(cost.years[0]!.discountFactor).toBe(1);
	});

	it('reads a mall preset: fixed fees, the settlement fee on all revenue, sales-linked fees on revenue', () => {
		const cost = totalCost(data, scenarioWith({ forms: { mall: { planSelection: 'as-given' } } }), 'mall');
		const y1 = cost.years[0]!;
		// がんばれ!プラン: 25,000円/月 + R-Messe 3,000円/月
		expect(y1.platformFees).toBe((25_000 + 3_000) * 12);
		// settlement 2.5–3.5% (midpoint 3%) on 3,000万円
		expect(y1.paymentFees).toBeCloseTo(900_000, 6);
		// commission 5.25% + points 1% + safety fee 0.1% + affiliate 3.9% × 10% of sales
		expect(y1.salesLinkedFees).toBeCloseTo(30_000_000 * (0.0525 + 0.01 + 0.001 + 0.039 * 0.1), 4);
		expect(
			cost.messages.some((m) => m.code === 'unknown-input' && m.field === 'forms.mall.fees.perOrderFee')
		).toBe(true);
	});

	it('an unknown input is left out and named, never invented', () => {
		const cost = totalCost(data, baseScenario, 'managed');
		expect(cost.unknownItems).toContain('forms.managed.security.managedServiceMonthly');
		const custom = totalCost(
			data,
			scenarioWith({ forms: { managed: { security: { managedServiceMonthly: 50_000 } } } }),
			'managed'
		);
		expect(custom.total - cost.total).toBeCloseTo(50_000 * 12 * baseScenario.horizonYears, 6);
	});

	it('PCI DSS scope costs entered by the user flow into the total; left unknown, they are named', () => {
		const base = totalCost(data, baseScenario, 'package');
		expect(base.unknownItems).toContain('forms.package.security.pciScopeAnnual');
		const entered = totalCost(
			data,
			scenarioWith({ forms: { package: { security: { pciScopeAnnual: 400_000 } } } }),
			'package'
		);
		expect(entered.years.every((y) => y.cardCompliance === 400_000)).toBe(true);
		expect(entered.total - base.total).toBeCloseTo(400_000 * baseScenario.horizonYears, 6);
	});

	it('custom platform fees replace the preset', () => {
		const s = scenarioWith({
			forms: {
				saas: {
					preset: null,
					fees: {
						initial: 0,
						monthly: 10_000,
						cardRate: 3,
						perOrderFee: 0,
						commissionRate: 0,
						pointRate: 0,
						affiliateRate: 0,
						otherRevenueRate: 0,
						otherMonthly: 0
					}
				}
			}
		});
		const cost = totalCost(data, s, 'saas');
		expect(cost.years[0]!.platformFees).toBe(120_000);
		expect(cost.years[0]!.paymentFees).toBeCloseTo(
			30_000_000 * (baseScenario.business.cardShare / 100) * 0.03,
			6
		);
		expect(cost.messages.filter((m) => m.code === 'unknown-input')).toEqual([]);
	});

	it('the SaaS and mall plan follows the revenue: the cheapest plan of the same service (model review, defaults)', () => {
		const at = (revenue: number, form: 'saas' | 'mall') =>
			totalCost(data, scenarioWith({ business: { annualRevenue: revenue } }), form);
		// 楽天: がんばれ! below about 132万円 a month of sales, スタンダード above (楽天's own model case)
		expect(at(10_000_000, 'mall').plan).toBe('rakuten-ganbare');
		expect(at(30_000_000, 'mall').plan).toBe('rakuten-standard');
		expect(at(30_000_000, 'mall').messages.some((m) => m.code === 'plan-chosen')).toBe(true);
		// Shopify: a 50億円 merchant is not compared on Basic
		expect(at(10_000_000, 'saas').plan).toBe('shopify-basic');
		expect(at(5_000_000_000, 'saas').plan).toBe('shopify-advanced');
		// never a plan that looks cheap only because one of its fees is unknown (楽天 ライト: commission unknown)
		for (const r of [1e7, 3e7, 3e8, 5e9]) expect(at(r, 'mall').plan).not.toBe('rakuten-light');
		const given = totalCost(
			data,
			scenarioWith({
				business: { annualRevenue: 30_000_000 },
				forms: { mall: { planSelection: 'as-given' } }
			}),
			'mall'
		);
		expect(given.plan).toBe('rakuten-ganbare');
		expect(given.total).toBeGreaterThan(at(30_000_000, 'mall').total);
	});

	it('own sites pay the published PSP plan for their monthly card sales when no rate is entered (PAY.JP, 2024-06)', () => {
		const pay = (revenue: number) =>
			totalCost(data, scenarioWith({ business: { annualRevenue: revenue, cardShare: 100 } }), 'package')
				.years[0]!.paymentFees;
		expect(pay(36_000_000)).toBeCloseTo(36_000_000 * 0.033, 4); // 300万円/月 → スタンダード 3.3%
		expect(pay(120_000_000)).toBeCloseTo(120_000_000 * 0.0278 + 20_000 * 12, 4); // 1,000万円/月 → ビジネス
		expect(pay(600_000_000)).toBeCloseTo(600_000_000 * 0.027 + 50_000 * 12, 4); // 5,000万円/月 → エンタープライズ
		// with the published plan there is no per-order fee to leave out; a rate of one's own needs it
		expect(totalCost(data, baseScenario, 'package').unknownItems).not.toContain('forms.package.perOrderFee');
		const own = totalCost(data, scenarioWith({ forms: { package: { cardRate: 3 } } }), 'package');
		expect(own.unknownItems).toContain('forms.package.perOrderFee');
	});

	it('運用時要件6: cyber insurance is one option for every form, charged only when ops-06 is met, priced by revenue band', () => {
		const insured = (revenue: number) =>
			scenarioWith({
				business: { annualRevenue: revenue, revenueGrowth: 0 },
				posture: { checklist: { answers: { 'ops-06': 'in-house' } } }
			});
		for (const form of SITE_FORMS) {
			expect(totalCost(data, baseScenario, form).years[0]!.insurance).toBe(0); // ops-06 unanswered
			expect(totalCost(data, insured(30_000_000), form).years[0]!.insurance).toBe(93_000); // ≤ 5億円
			expect(totalCost(data, insured(1_000_000_000), form).years[0]!.insurance).toBe(188_000); // ≤ 30億円
		}
		const big = totalCost(data, insured(5_000_000_000), 'saas');
		expect(big.years[0]!.insurance).toBe(0);
		expect(big.unknownItems).toContain('insurance.premiumAnnual');
		expect(big.lowerBound).toBe(true);
		const own = scenarioWith({
			business: { annualRevenue: 5_000_000_000 },
			posture: { checklist: { answers: { 'ops-06': 'in-house' } } },
			insurance: { premiumAnnual: 400_000 }
		});
		expect(totalCost(data, own, 'mall').years[0]!.insurance).toBe(400_000);
	});

	it('costs follow the checklist: a measure the answers say is not there is not charged', () => {
		const items = (answers: Record<string, string>, mode: 'new' | 'running' = 'new') =>
			totalCost(data, scenarioWith({ posture: { checklist: { mode, answers } } }), 'package')
				.securityOpsMonthlyItems;
		const waf = baseScenario.forms.package.security.wafMonthly;
		expect(items({}) - items({ 'ops-05': 'not-feasible' })).toBeCloseTo(waf, 6);
		// a running site with nothing of operation 1–6 implemented pays no security operations and no floor
		const none = totalCost(
			data,
			scenarioWith({ posture: { checklist: { mode: 'running', answers: {} } } }),
			'package'
		);
		expect(none.years[0]!.securityOps).toBe(0);
		expect(none.floorApplied).toBe(false);
	});

	it('a total with unknown items is a lower bound, with the items named (model review R4)', () => {
		const managed = totalCost(data, baseScenario, 'managed');
		expect(managed.lowerBound).toBe(true);
		expect(managed.unknownItems).toContain('forms.managed.security.managedServiceMonthly');
		const quoted = totalCost(
			data,
			scenarioWith({ forms: { managed: { security: { managedServiceMonthly: 50_000 } } } }),
			'managed'
		);
		expect(quoted.unknownItems).not.toContain('forms.managed.security.managedServiceMonthly');
	});
});
