import { describe, expect, it } from 'vitest';
import { Figure } from './figure';

const label = { ja: '月額', en: 'Monthly fee' };
const source = { id: 'ipa-ec-outline-2022', section: '第二部 第2章', asOf: '2022-10-17' };
const issues = (f: unknown) => {
	const r = Figure.safeParse(f);
	return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('Figure', () => {
	it('accepts a point, a range and a list, each with one provenance', () => {
		expect(issues({ label, unit: '円/月', value: 100000, source })).toEqual([]);
		expect(issues({ label, unit: '円/月', low: 20000, high: 50000, source })).toEqual([]);
		expect(
			issues({
				label,
				unit: '件/年',
				low: 0.001,
				mostLikely: 0.002,
				high: 0.01,
				assumption: true,
				rationale: { ja: '根拠', en: 'r' }
			})
		).toEqual([]);
		expect(issues({ label, unit: '百万円', values: [1, 2.5], source })).toEqual([]);
		expect(
			issues({ label, unit: '円/月', value: 'unknown', note: { ja: '未公表', en: 'not published' }, source })
		).toEqual([]);
	});

	it('rejects a figure with both or neither provenance', () => {
		expect(issues({ label, unit: '円', value: 1 }).join()).toMatch(/exactly one/);
		expect(
			issues({
				label,
				unit: '円',
				value: 1,
				source,
				assumption: true,
				rationale: { ja: '根拠', en: 'r' }
			}).join()
		).toMatch(/exactly one/);
	});

	it('rejects an assumption without a rationale and an unknown without a note', () => {
		expect(issues({ label, unit: '円', value: 1, assumption: true }).join()).toMatch(/rationale/);
		expect(issues({ label, unit: '円', value: 'unknown', source }).join()).toMatch(/note/);
	});

	it('rejects malformed ranges and mixed value forms', () => {
		expect(issues({ label, unit: '円', low: 5, high: 1, source }).join()).toMatch(/low must not exceed high/);
		expect(issues({ label, unit: '円', low: 1, source }).join()).toMatch(/both low and high/);
		expect(issues({ label, unit: '円', low: 1, high: 2, mostLikely: 3, source }).join()).toMatch(/between/);
		expect(issues({ label, unit: '円', value: 1, values: [1], source }).join()).toMatch(/exactly one of/);
	});

	it('rejects a unit outside the closed list', () => {
		expect(issues({ label, unit: '円/付き', value: 1, source }).join()).toMatch(/円\/月/);
	});

	it('rejects a bad as-of date and an unknown key', () => {
		expect(issues({ label, unit: '円', value: 1, source: { ...source, asOf: '2022/10' } }).join()).toMatch(
			/YYYY/
		);
		expect(issues({ label, unit: '円', value: 1, source, valeu: 2 }).join()).toMatch(/Unrecognized key/);
	});
});
