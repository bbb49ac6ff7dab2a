import { describe, expect, it } from 'vitest';
import { scenarioWith, data } from '../test-helpers';
import { evaluateChecklist } from './checklist';
import { vendorSpecification } from './vendor-spec';

const ALL = data['guideline-requirements.json'].requirements.map((r) => r.id);
const answers = (fill: string, over: Record<string, string> = {}) => ({
	...Object.fromEntries(ALL.map((id) => [id, fill])),
	...over
});
const withChecklist = (mode: 'new' | 'running', a: Record<string, string>) =>
	scenarioWith({ posture: { checklist: { mode, answers: a } } });

describe('IPA outline checklists', () => {
	it('第二部 第2章 2.(2): every mandatory requirement in house or outsourced → self-build allowed', () => {
		const r = evaluateChecklist(
			data,
			withChecklist('new', answers('in-house', { 'build-03': 'outsourced' }))
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
		expect(spec.requirements).toEqual(['build-01', 'build-06', 'ops-01']);
		expect(spec.markdown).toContain('## 構築時要件1');
		expect(spec.markdown).toContain('## 運用時要件1');
		expect(spec.markdown).not.toContain('構築時要件2');
		expect(spec.markdown).toMatch(/危険度「中」以上/);
		expect(spec.text).toContain('■ 構築時要件6');
		expect(spec.markdown).not.toMatch(/[A-Za-z]{12,}/);
	});

	it('is empty of items when nothing is outsourced', () => {
		expect(vendorSpecification(data, withChecklist('new', answers('in-house'))).items).toEqual([]);
	});
});
