import { describe, expect, it } from 'vitest';
import { SITE_FORMS } from '../data/forms';
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
		expect(warning?.ja).toMatch(/月10万円/);
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
		const cost = totalCost(data, baseScenario, 'mall');
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
		expect(cost.messages.map((m) => m.field)).toContain('forms.managed.security.managedServiceMonthly');
		const custom = totalCost(
			data,
			scenarioWith({ forms: { managed: { security: { managedServiceMonthly: 50_000 } } } }),
			'managed'
		);
		expect(custom.total - cost.total).toBeCloseTo(50_000 * 12 * baseScenario.horizonYears, 6);
	});

	it('PCI DSS scope costs entered by the user flow into the total; left unknown, they are named', () => {
		const base = totalCost(data, baseScenario, 'package');
		expect(base.messages.map((m) => m.field)).toContain('forms.package.security.pciScopeAnnual');
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
		expect(cost.years[0]!.paymentFees).toBeCloseTo(30_000_000 * 0.425 * 0.03, 6);
		expect(cost.messages.filter((m) => m.code === 'unknown-input')).toEqual([]);
	});
});
