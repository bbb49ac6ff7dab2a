import { describe, expect, it } from 'vitest';
import { scenarioWith, data } from '../test-helpers';
import { evaluateChecklist } from './checklist';
import { vendorSpecDocument } from '../../export/documents';
import { vendorSpecification } from '../documents/vendor-spec';

const ALL = data['guideline-requirements.json'].requirements.map((r) => r.id);
const answers = (fill: string, over: Record<string, string> = {}) => ({
	...Object.fromEntries(ALL.map((id) => [id, fill])),
	...over
});
const withChecklist = (
	mode: 'new' | 'running',
	a: Record<string, string>,
	vendor: Record<string, { inContract: boolean; monitored: boolean }> = {}
) => scenarioWith({ posture: { checklist: { mode, answers: a, vendor } } });
const bothConditions = { inContract: true, monitored: true };

describe('IPA outline checklists', () => {
	it('第二部 第2章 2.(2) 注記「全てのチェックが埋まっていることを必ず確認」: unanswered items are never invented', () => {
		// One answer given: the other 19 stay 未回答, count as unmet, are listed to confirm, and the verdict says
		// the checklist is incomplete instead of allowing self-build (model review D1).
		const r = evaluateChecklist(data, withChecklist('new', { 'ops-03': 'in-house' }));
		expect(r.requirements.filter((x) => x.answer === 'unanswered')).toHaveLength(19);
		expect(r.requirements.some((x) => x.answer === 'outsourced')).toBe(false);
		expect(r.verdict).toBe('incomplete');
		expect(r.mandatoryToConfirm).toHaveLength(17);
		expect(r.toConfirm).toHaveLength(19);
		expect(r.rule.id).toBe('build-all-rows');
		expect(r.exclusions.map((e) => e.form).sort()).toEqual(['managed', 'package', 'scratch']);
		expect(r.exclusions.every((e) => e.kind === 'pending')).toBe(true);
		// the default scenario: every row unanswered
		const d = evaluateChecklist(data, scenarioWith({}));
		expect(d.verdict).toBe('incomplete');
		expect(d.toConfirm).toHaveLength(ALL.length);
	});

	it('第二部 第3章: a running site accepts its own partial answer set; nothing from the new-site checklist is injected', () => {
		const r = evaluateChecklist(data, withChecklist('running', { 'ops-03': 'implemented' }));
		expect(r.requirements.find((x) => x.id === 'ops-03')!.met).toBe(true);
		expect(new Set(r.requirements.filter((x) => x.id !== 'ops-03').map((x) => x.answer))).toEqual(
			new Set(['unanswered'])
		);
		expect(r.verdict).toBe('incomplete');
	});

	it('第二部 第2章 2.(2) 後段・2.(3)・3.: an outsourced item not in the contract or not checked is only partly met', () => {
		const r = evaluateChecklist(
			data,
			withChecklist('new', answers('in-house', { 'build-01': 'outsourced', 'ops-03': 'outsourced' }), {
				'ops-03': { inContract: true, monitored: false }
			})
		);
		expect(r.verdict).toBe('self-build-with-conditions');
		expect(r.rule.id).toBe('contract-must-include');
		expect(r.vendorConditionsMissing).toEqual(['build-01', 'ops-03']);
		expect(r.requirements.find((x) => x.id === 'build-01')!.vendorMissing).toEqual([
			'contract',
			'monitoring'
		]);
		expect(r.requirements.find((x) => x.id === 'ops-03')!.coverage).toBe('conditional');
		// PPC WARNING 事例6 (a vendor breached) stays open
		expect(r.openPatterns.find((p) => p.id === 'vendor-breach')?.unmetRequirements).toEqual(
			expect.arrayContaining(['build-01', 'ops-03'])
		);
		const ok = evaluateChecklist(
			data,
			withChecklist('new', answers('in-house', { 'build-01': 'outsourced' }), { 'build-01': bothConditions })
		);
		expect(ok.openPatterns.some((p) => p.id === 'vendor-breach')).toBe(false);
		// the vendor specification says what to add to the contract
		const spec = vendorSpecification(
			data,
			withChecklist('new', answers('in-house', { 'build-01': 'outsourced' }))
		);
		expect(spec.items[0]!.toAdd).toEqual(['contract', 'monitoring']);
		expect(vendorSpecDocument(data, spec, 'md')).toMatch(/追加が必要：契約書/);
	});

	it('第二部 第3章 2.(1): a mandatory requirement that cannot be fixed leads to migrating or stopping', () => {
		const r = evaluateChecklist(
			data,
			withChecklist(
				'running',
				answers('implemented', { 'build-02': 'not-fixable', 'ops-03': 'not-implemented' })
			)
		);
		expect(r.verdict).toBe('migrate-or-stop');
		expect(r.rule.id).toBe('consider-migration');
		expect(r.notFixable).toEqual(['build-02']);
	});

	it('第二部 第2章 2.(2): every mandatory requirement in house or outsourced (in the contract and checked) → self-build allowed', () => {
		const r = evaluateChecklist(
			data,
			withChecklist('new', answers('in-house', { 'build-03': 'outsourced' }), { 'build-03': bothConditions })
		);
		expect(r.verdict).toBe('self-build-allowed');
		expect(r.exclusions).toEqual([]);
		expect(r.mandatoryUnmet).toEqual([]);
		expect(r.rule.id).toBe('outsource-gaps');
		expect(evaluateChecklist(data, withChecklist('new', answers('in-house'))).rule.id).toBe(
			'self-only-if-all'
		);
	});

	it('第二部 第2章 2.(2): a mandatory requirement 対応困難 and not outsourced excludes scratch and package', () => {
		const r = evaluateChecklist(
			data,
			withChecklist('new', answers('in-house', { 'build-07': 'not-feasible' }))
		);
		expect(r.verdict).toBe('do-not-self-build');
		expect(r.rule.source.section).toMatch(/第二部 第2章 2\./);
		expect(r.exclusions.map((e) => e.form).sort()).toEqual(['managed', 'package', 'scratch']);
		expect(r.exclusions.every((e) => e.requirements.includes('build-07'))).toBe(true);
	});

	it('第二部 第1章（ご紹介）: the managed host stays when its service covers the requirement that is 対応困難', () => {
		const r = evaluateChecklist(
			data,
			withChecklist('new', answers('in-house', { 'ops-01': 'not-feasible' }))
		);
		expect(r.exclusions.map((e) => e.form).sort()).toEqual(['package', 'scratch']);
	});

	it('第二部 第2章 2.(2) 運用時チェックリスト注記: operation requirements 5 (WAF) and 6 (insurance) are recommended, not mandatory', () => {
		const r = evaluateChecklist(
			data,
			withChecklist('new', answers('in-house', { 'ops-05': 'not-feasible', 'ops-06': 'not-feasible' }))
		);
		expect(r.verdict).toBe('self-build-allowed');
		expect(r.recommendedUnmet).toEqual(['ops-05', 'ops-06']);
	});

	it('第二部 第3章 2.(1): a running site with every mandatory requirement implemented continues', () => {
		const r = evaluateChecklist(data, withChecklist('running', answers('implemented')));
		expect(r.verdict).toBe('continue');
	});

	it('第二部 第3章 2.(1): a running site with a missing mandatory requirement is urgent; 不明 counts as unmet and is to confirm', () => {
		const r = evaluateChecklist(
			data,
			withChecklist('running', answers('implemented', { 'ops-03': 'not-implemented', 'build-09': 'unknown' }))
		);
		expect(r.verdict).toBe('urgent');
		expect(r.mandatoryUnmet.sort()).toEqual(['build-09', 'ops-03']);
		expect(r.toConfirm).toEqual(['build-09']);
		expect(r.rule.id).toBe('fix-gaps-urgently');
	});

	it('PPC WARNING: the incident patterns left open by unmet requirements are listed; ECOM themes group the requirements', () => {
		const r = evaluateChecklist(
			data,
			withChecklist(
				'running',
				answers('implemented', { 'ops-01': 'not-implemented', 'build-03': 'not-implemented' })
			)
		);
		expect(r.openPatterns.map((p) => p.id)).toEqual(['unpatched-software']);
		const themes = r.themes.flatMap((t) => t.requirements.map((x) => x.id)).sort();
		expect(themes).toEqual([...ALL].sort());
	});

	it('answers that do not belong to the chosen checklist are rejected, naming the field', () => {
		expect(() => withChecklist('new', answers('implemented'))).toThrow(/posture.*checklist.*answers/s);
	});
});

describe('vendor specification (第二部 第2章 3. 構築契約・保守契約)', () => {
	it('contains exactly the outsourced requirements, in Japanese', () => {
		const s = withChecklist(
			'new',
			answers('in-house', { 'build-01': 'outsourced', 'ops-01': 'outsourced', 'build-06': 'outsourced' })
		);
		const spec = vendorSpecification(data, s);
		const markdown = vendorSpecDocument(data, spec, 'md');
		const text = vendorSpecDocument(data, spec, 'txt');
		expect(spec.requirements).toEqual(['build-01', 'build-06', 'ops-01']);
		expect(markdown).toContain('## 構築時要件1');
		expect(markdown).toContain('## 運用時要件1');
		expect(markdown).not.toContain('構築時要件2');
		expect(markdown).toMatch(/危険度「中」以上/);
		expect(text).toContain('■ 構築時要件6');
		expect(markdown).not.toMatch(/[A-Za-z]{12,}/);
	});

	it('is empty of items when nothing is outsourced', () => {
		expect(vendorSpecification(data, withChecklist('new', answers('in-house'))).items).toEqual([]);
	});
});
