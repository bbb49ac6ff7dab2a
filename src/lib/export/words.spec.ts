import { describe, expect, it } from 'vitest';
import { data } from '../model/test-helpers';
import { reasonText } from './words';
import { requirementList } from './labels';

describe('sentences from messages/results', () => {
	it('pluralise English counts (years, items) and leave Japanese as it is', () => {
		const best = { form: 'saas', total: 12_345_678, lowerBound: false } as const;
		const one = reasonText(data, { code: 'only-form', params: { horizon: 1, best } } as never);
		const five = reasonText(data, { code: 'only-form', params: { horizon: 5, best } } as never);
		expect(one.en).toMatch(/^Over 1 year the /);
		expect(five.en).toMatch(/^Over 5 years the /);
		expect(one.ja).toMatch(/^1年間の/);
		const items = (count: number) =>
			reasonText(data, { code: 'checklist-incomplete', params: { count } } as never);
		expect(items(1).en).toContain('(1 mandatory item unanswered');
		expect(items(3).en).toContain('(3 mandatory items unanswered');
		expect(items(3).ja).toContain('必須3項目');
	});

	it('word a requirement list in each language', () => {
		expect(requirementList(data, ['build-01'])).toEqual({ ja: '構築時要件1', en: 'build requirement 1' });
		expect(requirementList(data, ['build-01', 'build-02', 'build-03', 'ops-02'])).toEqual({
			ja: '構築時要件1〜3・運用時要件2',
			en: 'build requirements 1–3; operation requirement 2'
		});
	});

	it('mark a lower-bound total in each language', () => {
		const best = { form: 'scratch', total: 12_345_678, lowerBound: true } as const;
		const t = reasonText(data, { code: 'only-form', params: { horizon: 5, best } } as never);
		expect(t.ja).toContain('1,235万円以上');
		expect(t.en).toContain('at least ¥12.3 million');
	});
});
