import { describe, expect, it } from 'vitest';
import { frequency } from './frequency';
import { baseScenario, data, params, scenarioWith } from './test-helpers';

const unmet = (ids: string[]) => ({
	posture: { checklist: { answers: Object.fromEntries(ids.map((id) => [id, 'not-feasible'])) } }
});

describe('frequency', () => {
	it('all requirements met: the base rate from data/base-rates.json', () => {
		const f = frequency(data, params, baseScenario, 'package');
		expect(f.postureMultiplier).toBe(1);
		expect(f.unmet).toEqual([]);
		expect(f.baseRate.mostLikely).toBe(0.0014);
	});

	it('an unmet requirement raises the rate by its multiplier (PPC attack causes)', () => {
		const f = frequency(data, params, scenarioWith(unmet(['build-01', 'ops-03'])), 'scratch');
		expect(f.unmet.sort()).toEqual(['build-01', 'ops-03']);
		expect(f.postureMultiplier).toBeCloseTo(
			params.uplift['build-01']!.multiplier * params.uplift['ops-03']!.multiplier,
			12
		);
		expect(f.ownRateMean).toBeGreaterThan(frequency(data, params, baseScenario, 'scratch').ownRateMean);
	});

	it('a managed host covers the requirements its service includes', () => {
		const f = frequency(data, params, scenarioWith(unmet(['ops-01', 'ops-03', 'build-04'])), 'managed');
		expect(f.coveredByService).toContain('ops-01');
		expect(f.unmet).toEqual(['build-04']);
	});

	it('SaaS and mall count only the requirements the merchant controls, and add a platform-wide incident', () => {
		const s = scenarioWith(unmet(['build-01', 'build-04', 'build-07']));
		expect(frequency(data, params, s, 'saas').unmet.sort()).toEqual(['build-04', 'build-07']);
		expect(frequency(data, params, s, 'mall').unmet).toEqual(['build-04']);
		const saas = frequency(data, params, baseScenario, 'saas');
		expect(saas.platformRateMean).toBeGreaterThan(0);
		expect(saas.rateMean).toBeCloseTo(saas.ownRateMean + saas.platformRateMean, 15);
		expect(frequency(data, params, baseScenario, 'scratch').platformRateMean).toBe(0);
	});
});
