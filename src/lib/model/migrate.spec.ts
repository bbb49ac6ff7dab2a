import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateScenario } from './migrate';
import { parseScenario } from './parse';
import { data } from './test-helpers';

const fixture = (name: string) =>
	JSON.parse(readFileSync(`tests/fixtures/${name}`, 'utf8')) as Record<string, unknown>;
const IDS = data['guideline-requirements.json'].requirements.map((r) => r.id);

describe('scenario files of format version 1', () => {
	it('the full version-1 defaults file (as `cli defaults` printed it) migrates and parses, keeping every value', () => {
		const v1 = fixture('scenario-v1-defaults.json');
		const before = JSON.stringify(v1);
		const r = parseScenario(v1, data);
		expect(JSON.stringify(v1)).toBe(before); // the input is not modified
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const s = r.scenario;
		expect(s.version).toBe(2);
		// insurance: one block, from the self-run forms (the platforms' 0 meant "not insured" in version 1)
		expect(s.insurance.premiumAnnual).toBe(93000);
		expect(s.insurance.costLimit).toBe(30_000_000);
		expect(s.insurance.deductible).toBe(100_000);
		expect(r.notes).toContainEqual({
			code: 'insurance-kept',
			field: 'insurance.premiumAnnual',
			form: 'scratch',
			value: 93_000,
			others: [
				{ form: 'saas', value: 0 },
				{ form: 'mall', value: 0 }
			]
		});
		expect(r.notes[0]).toEqual({ code: 'converted', from: 1, to: 2 });
		expect(r.notes).toContainEqual({ code: 'plan-as-given', form: 'saas', plan: 'shopify-basic' });
		expect(r.notes).toContainEqual({ code: 'insurance-merged' });
		// everything else as written
		const b = v1.business as Record<string, unknown>;
		for (const [k, v] of Object.entries(b)) expect(s.business[k as keyof typeof s.business]).toEqual(v);
		const forms = v1.forms as Record<string, Record<string, unknown>>;
		for (const form of ['scratch', 'package', 'managed'] as const) {
			const { security, ...rest } = forms[form]!;
			for (const [k, v] of Object.entries(rest))
				expect(s.forms[form][k as keyof typeof s.forms.scratch]).toEqual(v);
			for (const [k, v] of Object.entries(security as Record<string, unknown>)) {
				if (k.startsWith('insurance')) expect(k in s.forms[form].security).toBe(false);
				else expect(s.forms[form].security[k as keyof typeof s.forms.scratch.security]).toEqual(v);
			}
		}
		// a plan named in version 1 was used as given
		expect(s.forms.saas.preset).toBe(forms.saas!.preset);
		expect(s.forms.saas.planSelection).toBe('as-given');
		expect(s.forms.mall.planSelection).toBe('as-given');
		expect(s.posture.checklist.answers).toEqual(
			(v1.posture as { checklist: { answers: unknown } }).checklist.answers
		);
		expect(s.simulation).toEqual(v1.simulation);
	});

	it('a partial version-1 file: the first enabled form with a non-zero value gives the insurance, the rest is noted', () => {
		const v1 = fixture('scenario-v1-partial.json');
		const r = parseScenario(v1, data);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		// scratch is disabled, so the package's premium is kept; its limit and deductible too (0 is a value given)
		expect(r.scenario.insurance.premiumAnnual).toBe(150_000);
		expect(r.scenario.insurance.costLimit).toBe(50_000_000);
		expect(r.scenario.insurance.deductible).toBe(0);
		expect(r.notes).toContainEqual(
			expect.objectContaining({
				code: 'insurance-kept',
				form: 'package',
				others: [{ form: 'scratch', value: 93_000 }]
			})
		);
		// answers are not invented: the ones not given stay unanswered, and the note says so
		expect(r.scenario.posture.checklist.mode).toBe('running');
		expect(r.scenario.posture.checklist.answers['ops-03']).toBe('not-implemented');
		expect(r.scenario.posture.checklist.answers['ops-01']).toBe('unanswered');
		expect(r.notes).toContainEqual(expect.objectContaining({ code: 'unanswered', count: 17 }));
		expect(r.scenario.business.annualRevenue).toBe(120_000_000);
		expect(r.scenario.posture.currentForm).toBe('package');
	});

	it('a version-1 insurance value out of range is named where the user wrote it', () => {
		const r = parseScenario(
			{ version: 1, forms: { package: { security: { insuranceAnnual: -1, insuranceLimit: 'lots' } } } },
			data
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.problems.map((p) => p.path)).toEqual([
			'forms.package.security.insuranceAnnual',
			'forms.package.security.insuranceLimit'
		]);
		expect(r.problems[0]!.expected).toEqual({
			kind: 'moved-amount',
			min: 0,
			max: 1e12,
			to: 'insurance.premiumAnnual',
			version: 2
		});
		expect(r.problems[0]!.subject).toEqual({ kind: 'field', field: 'insurance.premiumAnnual' });
		expect(r.problems[1]!.given).toEqual({ kind: 'value', text: '"lots"' });
	});

	it('the current version and a missing version pass through unchanged; other versions are not converted', () => {
		const doc = { version: 2, business: { annualRevenue: 1 } };
		expect(migrateScenario(doc, IDS)?.doc).toBe(doc);
		expect(migrateScenario({}, IDS)?.notes).toEqual([]);
		for (const version of [0, 3, '1', null, 1.5]) expect(migrateScenario({ version }, IDS)).toBeNull();
	});
});
