/**
 * The few words the chart configs put on the canvas themselves (tick suffixes, tooltip lines, legend keys). Names,
 * labels and takeaways come with the view data; these are the glue around them, chosen by the view's locale.
 */
import { yenShort, type Locale } from '$lib/format';

const pick = <T>(locale: Locale, ja: T, en: T): T => (locale === 'ja' ? ja : en);

/** "合計 1.2億円" / "Total ¥123 million", with "以上" / "at least" when unknown items are left out. */
export function totalLine(total: number, lowerBound: boolean, locale: Locale): string {
	const amount = yenShort(total, locale);
	if (locale === 'ja') return `合計 ${amount}${lowerBound ? '以上' : ''}`;
	return `Total ${lowerBound ? 'at least ' : ''}${amount}`;
}

export const excludedMark = (locale: Locale): string => pick(locale, '（除外）', ' (excluded)');

export const riskBandLabels = (locale: Locale) => ({
	cost: pick(locale, 'コスト', 'Cost'),
	expected: pick(locale, '期待損失', 'Expected loss'),
	p90: pick(locale, 'P90まで', 'Up to P90'),
	p95: pick(locale, 'P95まで', 'Up to P95')
});

/** Tooltip line for the end of a risk band segment: the total it reaches. */
export const riskBandTotals = (locale: Locale) => ({
	cost: pick(locale, 'コスト', 'Cost'),
	expected: pick(locale, '期待値（コスト＋期待損失）', 'Expected (cost + expected loss)'),
	p90: pick(locale, 'P90（コスト＋P90損失）', 'P90 (cost + P90 loss)'),
	p95: pick(locale, 'P95（コスト＋P95損失）', 'P95 (cost + P95 loss)')
});

export const yearLabel = (year: number, locale: Locale): string =>
	pick(locale, `${year}年目`, `Year ${year}`);

/** "自社開発：1,000万円を超える確率 12%" / "Scratch: 12% chance of losing more than ¥10.0 million". */
export function exceedanceLine(name: string, loss: string, probability: string, locale: Locale): string {
	return locale === 'ja'
		? `${name}：${loss}を超える確率 ${probability}`
		: `${name}: ${probability} chance of losing more than ${loss}`;
}

export const lossAxisTitle = (locale: Locale): string =>
	pick(locale, '損失額（対数目盛）', 'Loss (log scale)');
export const probabilityAxisTitle = (locale: Locale): string =>
	pick(locale, 'この額を超える確率', 'Chance of exceeding');

/** Headers and notes of the data tables under the charts. */
export const tableWords = (locale: Locale) => ({
	form: pick(locale, 'サイト形態', 'Site form'),
	item: pick(locale, '項目', 'Item'),
	total: pick(locale, '合計', 'Total'),
	excluded: pick(locale, '除外', 'Excluded'),
	year: pick(locale, '年', 'Year'),
	loss: pick(locale, '損失額', 'Loss'),
	crossings: pick(locale, '順位が入れ替わる年', 'Where the order changes'),
	tolerance: pick(locale, '許容額', 'Tolerance')
});

/** An exact total, with "以上" / "at least" when unknown items are left out. */
export function lowerBoundText(amount: string, lowerBound: boolean, locale: Locale): string {
	if (!lowerBound) return amount;
	return locale === 'ja' ? `${amount}以上` : `at least ${amount}`;
}
