/**
 * Per-form severity, the post-incident sales curve, the loss-side requirements and insurance (severity.ts, risk.ts).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { meanOf } from './params';
import { createRng } from './rng';
import { incidentBase, severityContext } from './risk';
import {
	ALL_MET,
	COVERED_ITEMS,
	expectedItems,
	formSeverity,
	sampleBase,
	sampleSeverity,
	YEN_ITEMS,
	MONTH_ITEMS,
	type SeverityContext
} from './severity';
import { baseScenario, data, params, scenarioWith } from './test-helpers';

const REQUIREMENTS = data['guideline-requirements.json'].requirements.map((r) => r.id);
const inHouse = Object.fromEntries(REQUIREMENTS.map((id) => [id, 'in-house']));
const selfRun = (patch: Partial<SeverityContext> = {}): SeverityContext => ({
	...incidentBase(baseScenario),
	cardsStored: false,
	platformForm: false,
	lossSide: ALL_MET,
	platformWideShare: 0,
	insurance: null,
	...patch
});

describe('per-form severity', () => {
	it('review R5: a SaaS or mall incident costs less than a self-built one in the default scenario', () => {
		for (const s of [baseScenario, scenarioWith({ posture: { checklist: { answers: inHouse } } })]) {
			const r = evaluate(data, s, params);
			const per = (f: string) => r.forms.find((x) => x.form === f)!.risk.perIncident.expected;
			for (const platform of ['saas', 'mall']) {
				for (const own of ['scratch', 'package', 'managed']) expect(per(platform)).toBeLessThan(per(own));
			}
		}
	});

	it('PCI DSS SAQ A: a tenant’s own incident leaks no card numbers; only platform-wide incidents can', () => {
		const own = expectedItems(selfRun({ platformForm: true, platformWideShare: 0 }), params);
		expect(own.cardReissue).toBe(0);
		expect(own.fraudCompensation).toBe(0);
		expect(own.depressedSales).toBe(0); // card payment is never stopped by the tenant's own incident
		const wide = expectedItems(selfRun({ platformForm: true, platformWideShare: 1 }), params);
		const self = expectedItems(selfRun(), params);
		const ratio = meanOf(params, 'platform-card-leak-share') / meanOf(params, 'card-leak-share');
		expect(wide.cardReissue / self.cardReissue).toBeCloseTo(ratio, 10);
		// tenants: no forensics of their own, a share of the hardening, short closures, few exits
		expect(wide.forensics).toBe(0);
		expect(wide.hardening).toBeLessThan(self.hardening);
		expect(wide.closure).toBeLessThan(self.closure / 10);
		expect(wide.exit).toBeLessThan(self.exit);
	});

	it('IPA outline 第一部 2. (one case: sales ≤ 50%, 10% of card payers left): the departed customers are counted once, inside the 50%', () => {
		const ctx = selfRun();
		const e = expectedItems(ctx, params);
		const afterwards = (1 - meanOf(params, 'exit-share')) * meanOf(params, 'card-leak-share');
		const c = ctx.cardShare * meanOf(params, 'card-payers-lost');
		const d0 = 1 - meanOf(params, 'post-reopen-sales-level');
		// the temporary part recovers from d0 − c, not from d0 (which already holds the departed customers)
		expect(e.depressedSales).toBeCloseTo((afterwards * (d0 - c) * meanOf(params, 'recovery-months')) / 2, 10);
		expect(e.lostCustomers).toBeCloseTo(afterwards * c * meanOf(params, 'lost-customer-months'), 10);
		// exit replaces the post-incident curve in every draw
		const d = sampleSeverity(ctx, params, createRng(4), 20_000);
		for (let i = 0; i < d.n; i++) {
			if (d.items.exit[i]! > 0) expect(d.items.depressedSales[i]! + d.items.lostCustomers[i]!).toBe(0);
		}
	});

	it('IPA outline 要件10・11・12: missing safeguards and logs widen the records in scope, raise forensics and the card window', () => {
		const met = expectedItems(selfRun(), params);
		const noLogs = expectedItems(selfRun({ lossSide: { ...ALL_MET, logs: 'unmet' } }), params);
		const none = expectedItems(
			selfRun({ lossSide: { safeguards: 'unmet', logs: 'unmet', logProtection: 'unmet' } }),
			params
		);
		expect(noLogs.notification).toBeGreaterThan(met.notification);
		expect(noLogs.forensics).toBeGreaterThan(met.forensics);
		expect(noLogs.cardReissue).toBeGreaterThan(met.cardReissue);
		// nothing in place: every record held is in scope
		const held = incidentBase(baseScenario).recordsHeld;
		expect(none.notification).toBeCloseTo(held * meanOf(params, 'notification-per-record'), 6);
		// at the breached firms' posture the forensic cost is the fitted PPC distribution
		const g = meanOf(params, 'breached-log-gap');
		const b = meanOf(params, 'log-gap-forensics-uplift');
		expect(none.forensics / met.forensics).toBeCloseTo(1 + b, 10);
		expect((met.forensics * (1 + b * g)) / meanOf(params, 'forensics-cost')).toBeCloseTo(1, 10);
		// the checklist answers reach the severity of self-run forms only
		const s = scenarioWith({
			posture: { checklist: { answers: { ...inHouse, 'build-11': 'not-feasible' } } }
		});
		expect(severityContext(s, 'package').lossSide.logs).toBe('unmet');
		expect(severityContext(s, 'saas').lossSide).toEqual(ALL_MET);
	});

	it('every item’s exact mean matches the simulation (self-run and tenant profiles)', () => {
		for (const ctx of [
			selfRun({ lossSide: { safeguards: 'unmet', logs: 'conditional', logProtection: 'met' } }),
			selfRun({ platformForm: true, platformWideShare: 0.5 })
		]) {
			const e = expectedItems(ctx, params);
			const d = sampleSeverity(ctx, params, createRng(12), 200_000);
			for (const k of [...YEN_ITEMS, ...MONTH_ITEMS]) {
				if (k === 'insuranceRecovery') continue;
				const a = d.items[k];
				let sum = 0;
				let sum2 = 0;
				for (let i = 0; i < d.n; i++) {
					sum += a[i]!;
					sum2 += a[i]! * a[i]!;
				}
				const m = sum / d.n;
				const se = Math.sqrt(Math.max(0, sum2 / d.n - m * m) / d.n);
				expect(Math.abs(m - e[k])).toBeLessThanOrEqual(4 * se + 1e-9 + Math.abs(e[k]) * 2e-3);
			}
		}
	});
});

describe('insurance', () => {
	const terms = (patch: object = {}) => ({
		costLimit: 30_000_000,
		deductible: 100_000,
		sublimits: { fraudCompensation: 0, cardReissue: 30_000_000, apologyPerPerson: 1000 },
		...patch
	});

	it('issue #7 item 5: sub-limits per item, the deductible, then the cost limit (any form)', () => {
		const ctx = selfRun({ insurance: terms() });
		const d = sampleSeverity(ctx, params, createRng(3), 20_000);
		for (let i = 0; i < 2000; i++) {
			const claim =
				d.items.forensics[i]! +
				d.items.callCentre[i]! +
				d.items.notification[i]! +
				d.items.legal[i]! +
				Math.min(d.items.cardReissue[i]!, 30_000_000); // fraud compensation: sub-limit 0
			const apology = d.items.apology[i]!;
			const recovered = -d.items.insuranceRecovery[i]!;
			// the apology part is capped at 1,000円 per person, so the claim lies between these two
			expect(recovered).toBeLessThanOrEqual(
				Math.min(30_000_000, Math.max(0, claim + apology - 100_000)) + 1e-6
			);
			expect(recovered).toBeGreaterThanOrEqual(Math.min(30_000_000, Math.max(0, claim - 100_000)) - 1e-6);
		}
		// a SaaS tenant is insured the same way (the lead's one insurance block)
		const s = scenarioWith({ posture: { checklist: { answers: inHouse } } });
		expect(severityContext(s, 'saas').insurance).not.toBeNull();
		expect(severityContext(baseScenario, 'saas').insurance).toBeNull(); // ops-06 unanswered: not insured
	});

	it('issue #7 bad input: the expected loss per incident is never negative (high limit, no deductible, 10^6 records)', () => {
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const s = scenarioWith({
				business: { customerRecords: 1_000_000 },
				posture: { checklist: { answers: inHouse } },
				insurance: {
					costLimit: 1e12,
					deductible: 0,
					sublimits: { fraudCompensation: 1e12, cardReissue: 1e12, apologyPerPerson: 1e12 }
				},
				simulation: { trials: 1000, seed }
			});
			for (const f of evaluate(data, s, params).forms) {
				const p = f.risk.perIncident;
				expect(p.expected).toBeGreaterThanOrEqual(0);
				const covered = COVERED_ITEMS.reduce((a, k) => a + p.items[k], 0);
				expect(-p.insuranceRecovery).toBeLessThanOrEqual(covered * (1 + 1e-12));
				// unlimited cover with no deductible pays every covered yen: exactly the covered mean
				expect(-p.insuranceRecovery / covered).toBeCloseTo(1, 12);
			}
		}
	});

	it('the recovery share is simulated, the covered mean exact: recovery ≤ covered in every draw', () => {
		const ctx = selfRun({ insurance: terms({ deductible: 0 }) });
		const base = sampleBase(ctx, params, createRng(9), 5000);
		const d = formSeverity(base, ctx, params);
		expect(d.recoveryShare).toBeGreaterThan(0);
		expect(d.recoveryShare).toBeLessThanOrEqual(1);
	});
});

describe('revenue-linked items', () => {
	it('PPC survey 3(1) 機会損失額（売上）: months of EC sales, valued at the gross margin in the expected loss', () => {
		const r = evaluate(data, baseScenario, params);
		const pkg = r.forms.find((f) => f.form === 'package')!;
		const gp1 = pkg.cost.years[0]!.grossProfit / 12;
		const sales1 = pkg.cost.years[0]!.revenue / 12;
		const ctx = severityContext(baseScenario, 'package');
		const e = expectedItems(ctx, params);
		expect(pkg.risk.perIncident.items.closure).toBeCloseTo(e.closure * gp1, 6);
		// the closure view is on the survey's basis (sales), and its gross-profit twin on the margin
		const c = pkg.risk.closure;
		expect(c.basis).toBe('revenue');
		expect(c.modelled.mean).toBeCloseTo(meanOf(params, 'closure-months') * sales1, 4);
		expect(c.modelledGrossProfit.mean).toBeCloseTo(c.modelled.mean * (gp1 / sales1), 4);
	});
});
