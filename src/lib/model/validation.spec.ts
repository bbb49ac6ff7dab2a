/**
 * The model against the seed documents it is calibrated on (data/risk-model.json says which figures).
 * Each test names its source. Response costs exclude revenue-linked items (closure, depressed sales, departed
 * customers, exit) and post-incident hardening, as the outline's case tables do.
 */
import { describe, expect, it } from 'vitest';
import { lognormalMass, mean } from './distributions';
import { need } from './params';
import { createRng } from './rng';
import {
	expectedItems,
	sampleSeverity,
	YEN_ITEMS,
	type SeverityContext,
	type SeverityItem
} from './severity';
import { median, surveyView } from './survey-view';
import { data, params } from './test-helpers';

/** The response costs the outline's case tables itemise: every yen item but post-incident hardening and insurance. */
const RESPONSE_ITEMS: SeverityItem[] = YEN_ITEMS.filter(
	(k) => k !== 'hardening' && k !== 'insuranceRecovery'
);
const MAN = 10_000; // 1万円

function caseContext(records: number): SeverityContext {
	// Cards exposed = records × the share of buyers who pay by card (IPA outline 第一部 2.: 40–45%, midpoint).
	return {
		recordsHeld: records,
		cardShare: 0.425,
		cardOrdersPerMonth: 0,
		keptWhileClosed: 0,
		cardsStored: false,
		platformForm: false,
		insurance: null,
		fixedRecords: records,
		fixedCards: records * 0.425
	};
}

const caseItem = (caseId: string, itemId: string) => {
	const c = data['incident-costs.json'].cases.find((x) => x.id === caseId)!;
	return c.items.find((i) => i.id === itemId)!.figure.value as number;
};

describe('validation against the seeds', () => {
	it('IPA outline 第一部 2. case A (3,000 records, 600万円): itemised expected response cost in the same range', () => {
		const e = expectedItems(caseContext(3000), params);
		const total = RESPONSE_ITEMS.reduce((a, k) => a + e[k], 0) / MAN;
		expect(total).toBeGreaterThan(600 / 2);
		expect(total).toBeLessThan(600 * 2);
		const pairs: [number, number][] = [
			[(e.cardReissue + e.fraudCompensation) / MAN, caseItem('case-a', 'card-fraud-and-reissue')],
			[e.forensics / MAN, caseItem('case-a', 'forensics')],
			[e.callCentre / MAN, caseItem('case-a', 'call-centre')],
			[e.legal / MAN, caseItem('case-a', 'legal')],
			[e.notification / MAN, caseItem('case-a', 'direct-mail')]
		];
		for (const [model, seed] of pairs) {
			expect(model / seed).toBeGreaterThan(0.5);
			expect(model / seed).toBeLessThan(2);
		}
	});

	it('IPA outline 第一部 2. case B (10,000 records, apology goods, 9,800万円) falls inside the simulated range', () => {
		const draws = sampleSeverity(caseContext(10_000), params, createRng(99), 40_000);
		const totals = new Float64Array(draws.n);
		for (let i = 0; i < draws.n; i++) totals[i] = RESPONSE_ITEMS.reduce((a, k) => a + draws.items[k][i]!, 0);
		totals.sort();
		const caseB = 9800 * MAN;
		const below = totals.findIndex((x) => x > caseB);
		const position = (below === -1 ? totals.length : below) / totals.length;
		expect(position).toBeGreaterThan(0.001);
		expect(position).toBeLessThan(0.999);
	});

	it('PPC survey 3(2): forensic cost mostly 100–500万円, the most frequent band 200–249万円', () => {
		const d = need(params, 'forensics-cost');
		if (d.kind !== 'lognormal') throw new Error('lognormal expected');
		expect(lognormalMass(d, 100 * MAN, 500 * MAN)).toBeGreaterThan(0.9);
		const mode = d.median * Math.exp(-d.sigma * d.sigma);
		expect(mode).toBeGreaterThanOrEqual(200 * MAN);
		expect(mode).toBeLessThan(250 * MAN);
		// The 50万円-wide band holding the most simulated mass is 200–250万円.
		const draws = sampleSeverity(caseContext(1000), params, createRng(3), 40_000).items.forensics;
		const bands = new Map<number, number>();
		for (const x of draws)
			bands.set(Math.floor(x / (50 * MAN)), (bands.get(Math.floor(x / (50 * MAN))) ?? 0) + 1);
		const top = [...bands.entries()].sort((a, b) => b[1] - a[1])[0]![0];
		expect(top * 50).toBe(200);
	});

	it('IPA outline 第一部 2. / PPC survey 3(1): closure 8.6 months on average, 79% of sites close', () => {
		const months = need(params, 'closure-months');
		expect(mean(months)).toBeCloseTo(8.6, 2);
		if (months.kind !== 'pert') throw new Error('PERT expected');
		expect(months.mode).toBeGreaterThanOrEqual(6);
		expect(months.mode).toBeLessThanOrEqual(12);
		expect(mean(need(params, 'closure-share'))).toBeCloseTo(0.79, 10);
		const draws = sampleSeverity(caseContext(1000), params, createRng(8), 40_000).items.closure;
		const closed = draws.filter((x) => x > 0);
		const share = closed.length / draws.length;
		expect(Math.abs(share - 0.79)).toBeLessThan(3 * Math.sqrt((0.79 * 0.21) / draws.length));
		expect(closed.reduce((a, b) => a + b, 0) / closed.length).toBeCloseTo(8.6, 0);
	});

	it('PPC survey 3(1) opportunity-loss table: the survey view reproduces each employee band’s median', () => {
		for (const band of data['survey-ppc-2022.json'].opportunityLoss.byEmployeeBand.bands) {
			const values = (band.losses.values ?? []).map((v) => v * 1e6);
			const view = surveyView(data, band.id, createRng(1), 20_000)!;
			expect(view.tableMedian).toBe(median(values));
			const sorted = [...values].sort((a, b) => a - b);
			const lo = sorted[Math.floor((sorted.length - 1) / 2)]!;
			const hi = sorted[Math.ceil((sorted.length - 1) / 2)]!;
			expect(view.sampled.p50).toBeGreaterThanOrEqual(lo);
			expect(view.sampled.p50).toBeLessThanOrEqual(hi);
		}
	});
});
