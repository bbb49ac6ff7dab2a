/**
 * Property tests (fast-check) over random valid scenarios. The fast-check seed is fixed (override with FC_SEED)
 * so CI is reproducible; a failure prints the counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SITE_FORMS } from '../data/forms';
import { evaluate } from './evaluate';
import { MAX_YEN, NEW_SITE_ANSWERS, PAYMENT_INTEGRATIONS } from './scenario';
import { totalCost } from './tco';
import { data, params, scenarioWith } from './test-helpers';

const FC = { seed: Number(process.env.FC_SEED ?? 20221017), numRuns: 25 };
const REQUIREMENTS = data['guideline-requirements.json'].requirements.map((r) => r.id);

const business = fc.record({
	annualRevenue: fc.integer({ min: 1_000_000, max: 5_000_000_000 }),
	revenueGrowth: fc.integer({ min: -20, max: 40 }),
	grossMargin: fc.integer({ min: 5, max: 80 }),
	averageOrderValue: fc.integer({ min: 300, max: 200_000 }),
	cardShare: fc.integer({ min: 0, max: 100 }),
	customerRecords: fc.integer({ min: 0, max: 2_000_000 }),
	salesKeptWhileClosed: fc.integer({ min: 0, max: 100 })
});
const posture = fc.record({
	checklist: fc.record({
		mode: fc.constant('new' as const),
		answers: fc.dictionary(fc.constantFrom(...REQUIREMENTS), fc.constantFrom(...NEW_SITE_ANSWERS)),
		vendor: fc.dictionary(
			fc.constantFrom(...REQUIREMENTS),
			fc.record({ inContract: fc.boolean(), monitored: fc.boolean() })
		)
	}),
	paymentIntegration: fc.constantFrom(...PAYMENT_INTEGRATIONS.filter((i) => i !== 'platform-checkout'))
});
const scenarioArb = fc
	.record({
		business,
		posture,
		horizonYears: fc.integer({ min: 1, max: 10 }),
		discountRate: fc.integer({ min: 0, max: 10 }),
		seed: fc.integer({ min: 0, max: 2 ** 32 - 1 })
	})
	.map(({ seed, ...rest }) => scenarioWith({ ...rest, simulation: { trials: 2000, seed } }));

const finiteNonNegative = (x: number) => Number.isFinite(x) && x >= 0;

describe('properties of the engine', () => {
	it('money is never NaN or negative', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				for (const f of evaluate(data, s, params).forms) {
					for (const y of f.cost.years) {
						const parts = [
							y.initial,
							y.platformFees,
							y.hostingMaintenance,
							y.paymentFees,
							y.salesLinkedFees,
							y.securityOps,
							y.cardCompliance,
							y.insurance,
							y.total
						];
						expect(parts.every(finiteNonNegative)).toBe(true);
					}
					const r = f.risk;
					const values = [
						...r.expectedAnnualLoss.byYear,
						r.perIncident.expected,
						...Object.values(r.year1),
						...Object.values(r.horizon),
						...f.riskAdjusted.byYear
					];
					expect(values.every(finiteNonNegative)).toBe(true);
				}
			}),
			FC
		);
	});

	it('the expected loss per incident is never negative with insurance in force, whatever its limit and deductible', () => {
		// issue 7: a high limit, deductible 0 and 1e6 records made it negative (an exact mean minus a simulated recovery)
		const issueCase = scenarioWith({
			business: { customerRecords: 1_000_000 },
			insurance: { costLimit: MAX_YEN, deductible: 0 },
			posture: { checklist: { answers: { 'ops-06': 'in-house' } } },
			simulation: { trials: 1000, seed: 1 }
		});
		for (const f of evaluate(data, issueCase, params).forms) {
			expect(f.risk.perIncident.insuranceRecovery, f.form).toBeLessThan(0); // the insurance is in force
			expect(f.risk.perIncident.expected, f.form).toBeGreaterThanOrEqual(0);
		}
		const insured = fc.record({
			costLimit: fc.constantFrom(0, 1e6, 3e7, 1e9, MAX_YEN),
			deductible: fc.constantFrom(0, 1e5, 1e7),
			customerRecords: fc.constantFrom(0, 1, 10_000, 1_000_000, 100_000_000),
			seed: fc.integer({ min: 0, max: 2 ** 32 - 1 })
		});
		fc.assert(
			fc.property(insured, ({ costLimit, deductible, customerRecords, seed }) => {
				const s = scenarioWith({
					business: { customerRecords },
					insurance: { costLimit, deductible },
					posture: { checklist: { answers: { 'ops-06': 'in-house' } } },
					simulation: { trials: 1000, seed }
				});
				for (const f of evaluate(data, s, params).forms) {
					expect(f.risk.perIncident.expected, f.form).toBeGreaterThanOrEqual(0);
					expect(f.risk.perIncident.insuranceRecovery, f.form).toBeLessThanOrEqual(0);
					expect(-f.risk.perIncident.insuranceRecovery, f.form).toBeLessThanOrEqual(
						f.risk.perIncident.expectedGross + 1e-6
					);
					for (const x of f.risk.expectedAnnualLoss.byYear) expect(x, f.form).toBeGreaterThanOrEqual(0);
				}
			}),
			{ ...FC, numRuns: 15 }
		);
	});

	it('more revenue never lowers mall commission (or any sales-linked fee)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (a, b) => {
				const [lo, hi] = a <= b ? [a, b] : [b, a];
				const fees = (rev: number) =>
					totalCost(data, scenarioWith({ business: { annualRevenue: rev } }), 'mall').years[0]!;
				expect(fees(hi).salesLinkedFees).toBeGreaterThanOrEqual(fees(lo).salesLinkedFees);
				expect(fees(hi).paymentFees).toBeGreaterThanOrEqual(fees(lo).paymentFees);
			}),
			{ ...FC, numRuns: 100 }
		);
	});

	it('an unmet requirement never lowers expected loss', () => {
		fc.assert(
			fc.property(
				scenarioArb,
				fc.constantFrom(...REQUIREMENTS),
				fc.constantFrom(...SITE_FORMS),
				(s, req, form) => {
					const met = scenarioWith({
						...s,
						posture: {
							...s.posture,
							checklist: {
								...s.posture.checklist,
								answers: { ...s.posture.checklist.answers, [req]: 'in-house' }
							}
						}
					});
					const unmet = scenarioWith({
						...s,
						posture: {
							...s.posture,
							checklist: {
								...s.posture.checklist,
								answers: { ...s.posture.checklist.answers, [req]: 'not-feasible' }
							}
						}
					});
					const only = (x: typeof s) =>
						scenarioWith({
							...x,
							forms: Object.fromEntries(SITE_FORMS.map((f) => [f, { enabled: f === form }]))
						});
					const a = evaluate(data, only(met), params).forms[0]!.risk.expectedAnnualLoss.byYear;
					const b = evaluate(data, only(unmet), params).forms[0]!.risk.expectedAnnualLoss.byYear;
					b.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(a[i]! - 1e-9));
				}
			),
			{ ...FC, numRuns: 15 }
		);
	});

	it('same scenario and seed give identical results; another seed gives other draws', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const a = JSON.stringify(evaluate(data, s, params));
				expect(JSON.stringify(evaluate(data, s, params))).toBe(a);
				const other = scenarioWith({
					...s,
					simulation: { ...s.simulation, seed: (s.simulation.seed + 1) % 2 ** 32 }
				});
				expect(JSON.stringify(evaluate(data, other, params))).not.toBe(a);
			}),
			{ ...FC, numRuns: 5 }
		);
	});

	it('the simulated mean agrees with the analytic expected loss within its standard error', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const big = scenarioWith({ ...s, simulation: { ...s.simulation, trials: 20_000 } });
				for (const f of evaluate(data, big, params).forms) {
					const e = f.risk.expectedAnnualLoss;
					expect(Math.abs(e.simulatedYear1 - e.byYear[0]!)).toBeLessThanOrEqual(
						5 * e.standardErrorYear1 + 1e-9
					);
				}
			}),
			{ ...FC, numRuns: 10 }
		);
	});

	it('horizon totals equal the sum of the years', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				for (const f of evaluate(data, s, params).forms) {
					const close = (a: number, b: number) =>
						expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b)));
					close(
						f.cost.total,
						f.cost.years.reduce((a, y) => a + y.total, 0)
					);
					close(
						f.riskAdjusted.total,
						f.riskAdjusted.byYear.reduce((a, b) => a + b, 0)
					);
					close(
						f.risk.horizon.expected,
						f.risk.annual.reduce((a, y) => a + y.expected, 0)
					);
					expect(f.cost.years).toHaveLength(s.horizonYears);
				}
			}),
			FC
		);
	});
});
