import { describe, expect, it } from 'vitest';
import { mean } from './distributions';
import { frequency } from './frequency';
import { meanOf, need } from './params';
import { baseScenario, data, params, scenarioWith } from './test-helpers';

const REQUIREMENTS = data['guideline-requirements.json'].requirements.map((r) => r.id);
const answered = (answer: string, ids: string[] = REQUIREMENTS) => ({
	posture: { checklist: { answers: Object.fromEntries(ids.map((id) => [id, answer])) } }
});
const allInHouse = scenarioWith(answered('in-house'));
const withUnmet = (ids: string[]) =>
	scenarioWith({
		posture: {
			checklist: {
				answers: {
					...Object.fromEntries(REQUIREMENTS.map((id) => [id, 'in-house'])),
					...Object.fromEntries(ids.map((id) => [id, 'not-feasible']))
				}
			}
		}
	});
const u = (id: string) => params.uplift[id]!.multiplier - 1;
const baseRates = data['base-rates.json'];
const inputMode = (id: string) => {
	const f = baseRates.inputs.find((i) => i.id === id)!.figure;
	return (f.mostLikely ?? f.value) as number;
};

describe('frequency', () => {
	it('data/base-rates.json rateDefinition: base rates are population averages; the all-met rate is λ ÷ M_pop', () => {
		const f = frequency(data, params, allInHouse, 'package');
		expect(f.postureMultiplier).toBe(1);
		expect(f.unmet).toEqual([]);
		expect(f.baseRate.mostLikely).toBe(0.0014);
		const sumU = Object.keys(params.uplift)
			.filter((id) => params.uplift[id]!.appliesTo.includes('package'))
			.reduce((a, id) => a + u(id), 0);
		expect(f.populationMultiplier).toBeCloseTo(1 + meanOf(params, 'population-unmet-share') * sumU, 12);
		// all met: below the population average by exactly M_pop
		expect(f.ownRateMean * f.populationMultiplier).toBeCloseTo(f.baseRate.mean, 15);
		expect(f.allMetRateMean).toBeCloseTo(f.ownRateMean, 15);
		expect(f.ownRateMean).toBeLessThan(f.baseRate.mean);
	});

	it('risk-model upliftFormula: the uplift adds up within and across causes — everything unmet is at most 1 + k = 4×', () => {
		const k = meanOf(params, 'uplift-scale');
		for (const form of ['scratch', 'package'] as const) {
			const all = frequency(data, params, baseScenario, form); // every requirement unanswered = unmet
			expect(all.postureMultiplier).toBeLessThanOrEqual(1 + k + 0.005);
			expect(all.postureMultiplier).toBeGreaterThan(1 + k - 0.005);
			expect(all.postureMultiplier).toBe(all.maxMultiplier);
		}
		const two = frequency(data, params, withUnmet(['build-01', 'ops-03']), 'scratch');
		expect(two.unmet.sort()).toEqual(['build-01', 'ops-03']);
		expect(two.postureMultiplier).toBeCloseTo(1 + u('build-01') + u('ops-03'), 12);
		expect(two.ownRateMean).toBeGreaterThan(frequency(data, params, allInHouse, 'scratch').ownRateMean);
	});

	it('IPA outline 第二部 第2章 2.(2)(3)・3.: an outsourced requirement without contract and monitoring counts as partly met (PPC 1(4))', () => {
		const phi = meanOf(params, 'outsourced-unconditioned-gap');
		expect(phi).toBeGreaterThan(0.3);
		expect(phi).toBeLessThan(0.8);
		const answers = {
			...Object.fromEntries(REQUIREMENTS.map((id) => [id, 'in-house'])),
			'ops-03': 'outsourced'
		};
		const bare = frequency(data, params, scenarioWith({ posture: { checklist: { answers } } }), 'package');
		expect(bare.conditional).toEqual(['ops-03']);
		expect(bare.unmet).toEqual([]);
		expect(bare.postureMultiplier).toBeCloseTo(1 + phi * u('ops-03'), 12);
		const conditioned = frequency(
			data,
			params,
			scenarioWith({
				posture: {
					checklist: { answers, vendor: { 'ops-03': { inContract: true, monitored: true } } }
				}
			}),
			'package'
		);
		expect(conditioned.conditional).toEqual([]);
		expect(conditioned.postureMultiplier).toBe(1);
	});

	it('a managed host covers the requirements its service includes', () => {
		const f = frequency(data, params, withUnmet(['ops-01', 'ops-03', 'build-04']), 'managed');
		expect(f.coveredByService).toContain('ops-01');
		expect(f.unmet).toEqual(['build-04']);
		expect(f.postureMultiplier).toBeCloseTo(1 + u('build-04'), 12);
	});

	it('SaaS and mall count only the requirements the merchant controls, and add a platform-wide incident', () => {
		const s = withUnmet(['build-01', 'build-04', 'build-07']);
		expect(frequency(data, params, s, 'saas').unmet.sort()).toEqual(['build-04', 'build-07']);
		expect(frequency(data, params, s, 'mall').unmet).toEqual(['build-04']);
		const saas = frequency(data, params, allInHouse, 'saas');
		expect(saas.platformRateMean).toBeGreaterThan(0);
		expect(saas.rateMean).toBeCloseTo(saas.ownRateMean + saas.platformRateMean, 15);
		expect(frequency(data, params, allInHouse, 'scratch').platformRateMean).toBe(0);
	});

	it('PPC survey 1(1) 97% : 3%: at the population posture SaaS : package equals the split over the site populations (base-rates.json rates[saas] step 6)', () => {
		// per-site ratio = (SaaS share of breaches ÷ SaaS shops) ÷ (package share of breaches ÷ package sites) × uplift
		const pkgBreaches =
			(inputMode('self-built-share-of-breaches') / 100) *
			(inputMode('package-share-of-self-built-breaches') / 100);
		const pkgSites = inputMode('self-built-sites') * (inputMode('package-share-of-self-built-sites') / 100);
		const expected =
			(inputMode('saas-share-of-breaches') /
				100 /
				inputMode('active-saas-shops') /
				(pkgBreaches / pkgSites)) *
			inputMode('platform-merchant-uplift');
		const mallExpected =
			(inputMode('mall-share-of-breaches') /
				100 /
				inputMode('active-mall-merchants') /
				(pkgBreaches / pkgSites)) *
			inputMode('platform-merchant-uplift');
		const pkg = mean(need(params, 'base-rate-package'));
		const atPopulation = (form: 'saas' | 'mall') => {
			const f = frequency(data, params, allInHouse, form);
			return f.baseRate.mean + f.platformRateMean;
		};
		expect(expected).toBeGreaterThan(1 / 40);
		expect(expected).toBeLessThan(1 / 25);
		expect(atPopulation('saas') / pkg / expected).toBeGreaterThan(0.9);
		expect(atPopulation('saas') / pkg / expected).toBeLessThan(1.1);
		expect(atPopulation('mall') / pkg / mallExpected).toBeGreaterThan(0.9);
		expect(atPopulation('mall') / pkg / mallExpected).toBeLessThan(1.1);
	});

	it('base-rates.json platformWide: the platform-wide term equals its documented derivation (E[rate] × E[share], half of the tenant incidents)', () => {
		for (const form of ['saas', 'mall'] as const) {
			const pw = baseRates.platformWide.find((p) => p.form === form)!;
			const pertMean = (f: { low?: number; mostLikely?: number; high?: number }) =>
				(f.low! + 4 * f.mostLikely! + f.high!) / 6;
			const documented = pertMean(pw.incidentRate) * (pertMean(pw.tenantShareAffected) / 100);
			const f = frequency(data, params, allInHouse, form);
			expect(f.platformRateMean).toBeCloseTo(documented, 12);
			// the derivation splits the tenants' incidents half and half between own and platform-wide
			const half = inputMode(`${form}-platform-wide-share-of-incidents`) / 100;
			const share = f.platformRateMean / (f.baseRate.mean + f.platformRateMean);
			expect(Math.abs(share - half)).toBeLessThan(0.03);
			// the note states the same number (to 3 significant digits)
			const stated = documented.toExponential(2).replace(/e-5$/, '');
			expect(pw.note.en).toContain(`${(Number(stated) / 100000).toFixed(7)}`);
		}
	});
});
