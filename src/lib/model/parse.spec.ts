import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';
import { baseScenario, data } from './test-helpers';

describe('reading a scenario', () => {
	it('an empty object is the default scenario; a partial one overrides only what it names', () => {
		const empty = parseScenario({}, data);
		expect(empty.ok && empty.scenario).toEqual(baseScenario);
		const partial = parseScenario({ business: { annualRevenue: 1e8 } }, data);
		expect(partial.ok && partial.scenario.business.annualRevenue).toBe(1e8);
		expect(partial.ok && partial.scenario.business.grossMargin).toBe(baseScenario.business.grossMargin);
	});

	it('null keeps meaning "unknown" for the fields that allow it', () => {
		const r = parseScenario({ forms: { scratch: { perOrderFee: null } } }, data);
		expect(r.ok && r.scenario.forms.scratch.perOrderFee).toBeNull();
	});

	it('names every bad field with its label, what was expected and what was given', () => {
		const r = parseScenario(
			{ business: { annualRevenue: -5, cardShare: 'many', typo: 1 }, horizonYears: 50 },
			data
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		const byPath = Object.fromEntries(r.problems.map((p) => [p.path, p]));
		expect(byPath['business.annualRevenue']?.given).toBe('-5');
		expect(byPath['business.annualRevenue']?.expected).toMatch(/>=0/);
		expect(byPath['business.annualRevenue']?.label?.ja).toBe('EC売上高（年間）');
		expect(byPath['business.cardShare']?.given).toBe('"many"');
		expect(byPath['business.typo']?.expected).toMatch(/no such field/);
		expect(byPath['horizonYears']?.expected).toMatch(/<=20/);
	});

	it('rejects another format version and anything that is not an object', () => {
		const v = parseScenario({ version: 2 }, data);
		expect(!v.ok && v.problems[0]!.path).toBe('version');
		const a = parseScenario([1, 2], data);
		expect(!a.ok && a.problems[0]!.expected).toBe('a JSON object');
	});
});
