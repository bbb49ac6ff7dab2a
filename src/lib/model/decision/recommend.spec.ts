import { describe, expect, it } from 'vitest';
import type { DataSet } from '../../data/files';
import { analyse } from '../analyse';
import { data, params, scenarioWith } from '../test-helpers';
import { reasonText, warningText } from '../../export/words';
import { findContradictions } from '../rules/contradictions';
import type { Reason } from './recommend';

const words = (x: Reason) => reasonText(data, x);

const ALL = data['guideline-requirements.json'].requirements.map((r) => r.id);
const fast = { simulation: { trials: 2000, seed: 3 } };

describe('recommendation', () => {
	it('hard rules first: a mandatory requirement 対応困難 excludes the self-built forms with the rule and its source (IPA 第二部 第2章 2.(2))', () => {
		const s = scenarioWith({
			...fast,
			forms: { saas: { enabled: false }, mall: { enabled: false } },
			posture: { checklist: { answers: { 'build-02': 'not-feasible' } } }
		});
		const a = analyse(data, s, params);
		expect(a.recommendation.excluded.map((e) => e.form).sort()).toEqual(['managed', 'package', 'scratch']);
		expect(a.recommendation.excluded[0]!.source.section).toMatch(/第二部 第2章/);
		expect(a.recommendation.recommended).toBeNull();
	});

	it('ranks the rest by risk-adjusted total cost and states the margin to the runner-up', () => {
		const a = analyse(data, scenarioWith(fast), params, { whatIf: false });
		const r = a.recommendation;
		const totals = r.ranking.map((x) => x.riskAdjusted);
		expect([...totals].sort((x, y) => x - y)).toEqual(totals);
		expect(r.recommended).toBe(r.ranking[0]!.form);
		expect(r.margin!.yen).toBeCloseTo(r.ranking[1]!.riskAdjusted - r.ranking[0]!.riskAdjusted, 6);
		const f = a.forms.find((x) => x.form === r.recommended)!;
		expect(r.ranking[0]!.riskAdjusted).toBe(f.riskAdjusted.total);
	});

	it('gives 3–6 reasons, each a Japanese and an English sentence; the floor reason cites the IPA outline', () => {
		const r = analyse(data, scenarioWith(fast), params, { whatIf: false }).recommendation;
		expect(r.reasons.length).toBeGreaterThanOrEqual(3);
		expect(r.reasons.length).toBeLessThanOrEqual(6);
		for (const x of r.reasons) {
			expect(words(x).ja).toMatch(/[ぁ-んァ-ン一-龥]/);
			expect(words(x).en).toMatch(/^[\x20-\x7E–—¥]+$/u); // English only: no Japanese characters
			// the model says it with codes and figures, never with sentences (sources name sections of the seeds)
			expect(JSON.stringify({ ...x, sources: [] })).not.toMatch(/[ぁ-んァ-ン]/);
		}
		const floor = r.reasons.find((x) => x.code === 'security-floor')!;
		expect(words(floor).ja).toMatch(/最低月10万円/);
		expect(floor.sources[0]!.id).toBe('ipa-ec-outline-2022');
	});

	it('uses discounted totals when a discount rate is set', () => {
		const r = analyse(data, scenarioWith({ ...fast, discountRate: 8 }), params, {
			whatIf: false
		}).recommendation;
		expect(r.basis).toBe('risk-adjusted-total-discounted');
	});

	it('IPA 第二部 第2章 4.: a SaaS preset known not to be PCI DSS compliant is excluded; an unknown one is warned about', () => {
		const altered = structuredClone(data) as DataSet;
		altered['platforms.json'].platforms.find((p) => p.id === 'shopify')!.pciDss.status = 'non-compliant';
		const r = analyse(altered, scenarioWith(fast), params, { whatIf: false }).recommendation;
		expect(r.excluded.find((e) => e.form === 'saas')?.source.section).toMatch(/第二部 第2章 4\./);
		expect(r.ranking.map((x) => x.form)).not.toContain('saas');
		const warned = analyse(data, scenarioWith(fast), params, { whatIf: false }).recommendation.warnings;
		expect(warned.some((w) => w.code === 'platform-pci-unknown' && w.params.plan === 'rakuten')).toBe(true);
		expect(warned.map((w) => warningText(data, w, []).en).some((t) => /rakuten/.test(t))).toBe(true);
	});

	it('special case from the outline hearing: EC ≤5% of sales and no security staff is said aloud when a self-built form still wins', () => {
		const s = scenarioWith({
			...fast,
			business: { ecShareOfSales: 3, securityStaff: false },
			forms: {
				saas: { enabled: false },
				mall: { enabled: false },
				scratch: { enabled: false },
				managed: { enabled: false }
			},
			posture: { checklist: { answers: Object.fromEntries(ALL.map((id) => [id, 'in-house'])) } }
		});
		const r = analyse(data, s, params, { whatIf: false }).recommendation;
		expect(r.recommended).toBe('package');
		expect(r.reasons.some((x) => /5%以下/.test(words(x).ja))).toBe(true);
	});

	it('the default scenario: self-built forms wait for the checklist, and lower-bound totals name the missing quotes', () => {
		const a = analyse(data, scenarioWith(fast), params, { whatIf: false });
		const r = a.recommendation;
		expect(
			r.excluded
				.filter((e) => e.kind === 'pending')
				.map((e) => e.form)
				.sort()
		).toEqual(['managed', 'package', 'scratch']);
		expect(r.reasons.some((x) => /チェックリストが未完了（必須18項目/.test(words(x).ja))).toBe(true);
		for (const ranked of r.ranking.slice(0, 2).filter((x) => x.lowerBound)) {
			const reason = r.reasons.find(
				(x) => words(x).ja.includes('下限') && words(x).ja.includes(ranked.unknownItems[0]!)
			);
			expect(reason, `${ranked.form} names its missing quotes`).toBeDefined();
			expect(words(reason!).en).toMatch(/lower bound/);
		}
		expect(words(r.reasons[0]!).ja).toMatch(/以上/);
	});

	it('the managed host is never runner-up without the reasons naming its missing service fee (model review R4)', () => {
		const s = scenarioWith({
			...fast,
			forms: { saas: { enabled: false }, mall: { enabled: false } },
			posture: {
				checklist: { answers: Object.fromEntries(ALL.map((id) => [id, 'in-house'])) }
			}
		});
		const r = analyse(data, s, params, { whatIf: false }).recommendation;
		const managed = r.ranking.find((x) => x.form === 'managed')!;
		expect(managed.lowerBound).toBe(true);
		if (r.recommended === 'managed' || r.runnerUp === 'managed')
			expect(
				r.reasons.some(
					(x) =>
						x.code === 'lower-bound' &&
						x.params.ranked.form === 'managed' &&
						x.params.missing.includes('forms.managed.security.managedServiceMonthly')
				)
			).toBe(true);
		expect(r.reasons.length).toBeGreaterThanOrEqual(3);
		expect(r.reasons.length).toBeLessThanOrEqual(6);
	});

	it('heavy customisation: a SaaS or mall recommendation says what it gives up and what self-building must fund', () => {
		const r = analyse(data, scenarioWith({ ...fast, business: { customisation: 'heavy' } }), params, {
			whatIf: false
		}).recommendation;
		expect(['saas', 'mall']).toContain(r.recommended);
		expect(r.reasons.some((x) => /独自機能/.test(words(x).ja))).toBe(true);
	});
});

describe('contradictory answers', () => {
	it('a mall with card numbers stored on the own server is reported with both fields named', () => {
		const c = findContradictions(
			scenarioWith({ posture: { currentForm: 'mall', paymentIntegration: 'stored' } })
		);
		expect(c.find((x) => x.code === 'platform-with-own-card-data')?.fields).toEqual([
			'posture.currentForm',
			'posture.paymentIntegration'
		]);
	});

	it('non-retention answered as covered while the integration keeps card numbers', () => {
		const c = findContradictions(
			scenarioWith({
				posture: {
					paymentIntegration: 'server-pass-through',
					checklist: { answers: { 'build-09': 'in-house' } }
				}
			})
		);
		expect(c.map((x) => x.code)).toContain('non-retention-answered-but-retains');
	});

	it('a measure priced while the checklist says it is not in place (ops-03 not implemented, assessments budgeted)', () => {
		const c = findContradictions(
			scenarioWith({
				posture: {
					currentForm: 'package',
					checklist: { mode: 'running', answers: { 'ops-03': 'not-implemented' } }
				}
			})
		);
		const hit = c.find(
			(x) => x.code === 'measure-priced-but-not-in-place' && x.fields[0]!.endsWith('ops-03')
		);
		expect(hit?.fields).toEqual([
			'posture.checklist.answers.ops-03',
			'forms.package.security.diagnosisPerRound'
		]);
	});

	it('the default scenario has none', () => {
		expect(findContradictions(scenarioWith({}))).toEqual([]);
	});
});
