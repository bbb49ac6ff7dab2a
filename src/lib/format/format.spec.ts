import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../data/figure';
import {
	asOfDate,
	decimal,
	formatFigureValue,
	integer,
	intlLocale,
	list,
	percent,
	text,
	yen,
	yenShort
} from './index';

describe('intlLocale', () => {
	it('uses explicit region tags', () => {
		expect(intlLocale('ja')).toBe('ja-JP');
		expect(intlLocale('en')).toBe('en-US');
	});
});

describe('integer and decimal', () => {
	it('group thousands and round half away from zero', () => {
		expect(integer(12345, 'ja')).toBe('12,345');
		expect(integer(12345, 'en')).toBe('12,345');
		expect(integer(2.5, 'en')).toBe('3');
		expect(integer(-2.5, 'en')).toBe('-3');
		expect(integer(-0.2, 'ja')).toBe('0');
		expect(integer(0, 'ja')).toBe('0');
	});
	it('print data figures without visible rounding or trailing zeros', () => {
		expect(decimal(0.0325, 'en')).toBe('0.0325');
		expect(decimal(1234.5, 'ja')).toBe('1,234.5');
		expect(decimal(3, 'en')).toBe('3');
		expect(decimal(1 / 3, 'en', 2)).toBe('0.33');
	});
});

describe('yen', () => {
	it('ja: 円 with thousands separators, whole yen', () => {
		expect(yen(12345, 'ja')).toBe('12,345円');
		expect(yen(100000, 'ja')).toBe('100,000円');
		expect(yen(12345.5, 'ja')).toBe('12,346円');
		expect(yen(-5000, 'ja')).toBe('-5,000円');
		expect(yen(0, 'ja')).toBe('0円');
	});
	it('en: ¥ with thousands separators', () => {
		expect(yen(12345, 'en')).toBe('¥12,345');
		expect(yen(-12345, 'en')).toBe('-¥12,345');
		expect(yen(-0.3, 'en')).toBe('¥0');
	});
});

describe('yenShort', () => {
	it('ja: 万円, 億円 and 兆円 for large amounts', () => {
		expect(yenShort(9999, 'ja')).toBe('9,999円');
		expect(yenShort(12345, 'ja')).toBe('1.2万円');
		expect(yenShort(100000, 'ja')).toBe('10万円');
		expect(yenShort(12_340_000, 'ja')).toBe('1,234万円');
		expect(yenShort(120_000_000, 'ja')).toBe('1.2億円');
		expect(yenShort(1_234_000_000, 'ja')).toBe('12.3億円');
		expect(yenShort(123_456_789_012, 'ja')).toBe('1,235億円');
		expect(yenShort(3e12, 'ja')).toBe('3兆円');
		expect(yenShort(-12_340_000, 'ja')).toBe('-1,234万円');
	});
	it('en: exact below a million, then "¥12.3 million" style', () => {
		expect(yenShort(999_999, 'en')).toBe('¥999,999');
		expect(yenShort(12_345_678, 'en')).toBe('¥12.3 million');
		expect(yenShort(1_000_000, 'en')).toBe('¥1 million');
		expect(yenShort(123_456_789, 'en')).toBe('¥123 million');
		expect(yenShort(1_234_000_000, 'en')).toBe('¥1.2 billion');
		expect(yenShort(2.5e12, 'en')).toBe('¥2.5 trillion');
		expect(yenShort(-12_345_678, 'en')).toBe('-¥12.3 million');
	});
	it('moves up a unit when rounding reaches it', () => {
		expect(yenShort(99_999_999, 'ja')).toBe('1億円');
		expect(yenShort(999_960, 'ja')).toBe('100万円');
		expect(yenShort(999_999_999, 'en')).toBe('¥1 billion');
	});
	it('never prints a unit value of 10,000 (ja) or 1,000 (en)', () => {
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), (amount) => {
				expect(yenShort(amount, 'ja')).not.toMatch(/^10,000(万|億)円$/);
				expect(yenShort(amount, 'en')).not.toMatch(/^¥1,000 (million|billion)$/);
			})
		);
	});
});

describe('percent', () => {
	it('takes a fraction, with sensible digits', () => {
		expect(percent(0.61, 'ja')).toBe('61%');
		expect(percent(0.0278, 'en')).toBe('2.78%');
		expect(percent(0.123456, 'en')).toBe('12.3%');
		expect(percent(1, 'en')).toBe('100%');
		expect(percent(0, 'en')).toBe('0%');
	});
	it('keeps tiny probabilities visible', () => {
		expect(percent(0.0004, 'ja')).toBe('0.04%');
		expect(percent(0.000035, 'en')).toBe('0.0035%');
		expect(percent(0.0004321, 'en')).toBe('0.043%');
	});
	it('takes fixed decimals when asked', () => {
		expect(percent(0.0278, 'en', { digits: 1 })).toBe('2.8%');
		expect(percent(0.5, 'en', { digits: 2 })).toBe('50%');
	});
});

describe('text and list', () => {
	it('picks the language of data-borne text', () => {
		expect(text({ ja: '出典', en: 'Source' }, 'ja')).toBe('出典');
		expect(text({ ja: '出典', en: 'Source' }, 'en')).toBe('Source');
	});
	it('lists with the language separator', () => {
		expect(list(['a', 'b', 'c'], 'ja')).toBe('a、b、c');
		expect(list(['a', 'b', 'c'], 'en')).toBe('a, b, c');
	});
});

describe('asOfDate', () => {
	it('ja: 2024年 / 2024年6月 / 2024年6月1日', () => {
		expect(asOfDate('2024', 'ja')).toBe('2024年');
		expect(asOfDate('2024-06', 'ja')).toBe('2024年6月');
		expect(asOfDate('2024-06-01', 'ja')).toBe('2024年6月1日');
	});
	it('en: 2024 / June 2024 / June 1, 2024', () => {
		expect(asOfDate('2024', 'en')).toBe('2024');
		expect(asOfDate('2024-06', 'en')).toBe('June 2024');
		expect(asOfDate('2024-06-01', 'en')).toBe('June 1, 2024');
		expect(asOfDate('2022-12-31', 'en')).toBe('December 31, 2022');
	});
	it('says unknown in the page language and leaves anything else as it is', () => {
		expect(asOfDate('unknown', 'ja')).toBe('不明');
		expect(asOfDate('unknown', 'en')).toBe('unknown');
		expect(asOfDate('FY2024', 'en')).toBe('FY2024');
	});
});

describe('formatFigureValue', () => {
	const base = { label: { ja: 'x', en: 'x' }, unit: '円', assumption: true, rationale: { ja: 'r', en: 'r' } };
	const fig = (f: object) => ({ ...base, ...f }) as unknown as Figure;
	it('prints values, lists, ranges and unknowns per language', () => {
		expect(formatFigureValue(fig({ value: 100000 }), 'ja')).toBe('100,000');
		expect(formatFigureValue(fig({ value: 'unknown' }), 'ja')).toBe('不明');
		expect(formatFigureValue(fig({ value: 'unknown' }), 'en')).toBe('Unknown');
		expect(formatFigureValue(fig({ values: [1, 2000] }), 'ja')).toBe('1、2,000');
		expect(formatFigureValue(fig({ values: [1, 2000] }), 'en')).toBe('1, 2,000');
		expect(formatFigureValue(fig({ low: 20000, high: 50000 }), 'ja')).toBe('20,000〜50,000');
		expect(formatFigureValue(fig({ low: 1, high: 3, mostLikely: 2 }), 'en')).toBe('1–3 (most likely 2)');
		expect(formatFigureValue(fig({ low: 1, high: 3, mostLikely: 2 }), 'ja')).toBe(
			'1〜3（最も確からしい値 2）'
		);
	});
});
