/**
 * Yen amounts. Japanese: "12,345円", and for large amounts 万円/億円/兆円 ("1,234万円", "1.2億円").
 * English: "¥12,345", and "¥12.3 million" / "¥1.2 billion" / "¥3 trillion".
 * Amounts are rounded to whole yen here, at presentation (half away from zero); the model never rounds.
 */
import { numberFormat } from './intl';
import type { Locale } from './locale';
import { integer } from './number';

/** An exact amount in whole yen: ja "12,345円", en "¥12,345". */
export function yen(amount: number, locale: Locale): string {
	if (locale === 'ja') return `${integer(amount, locale)}円`;
	return numberFormat(locale, {
		style: 'currency',
		currency: 'JPY',
		maximumFractionDigits: 0,
		signDisplay: 'negative'
	}).format(amount);
}

interface Scale {
	size: number;
	unit: string;
}

// Smallest first. Japanese groups by 10^4 (万・億・兆), English by 10^3 (million, billion, trillion).
const SCALES: Record<Locale, Scale[]> = {
	ja: [
		{ size: 1e4, unit: '万円' },
		{ size: 1e8, unit: '億円' },
		{ size: 1e12, unit: '兆円' }
	],
	en: [
		{ size: 1e6, unit: 'million' },
		{ size: 1e9, unit: 'billion' },
		{ size: 1e12, unit: 'trillion' }
	]
};

/** A non-negative scaled amount: one decimal below 100 ("1.2", "12.3"), none from 100 up ("1,234"). */
function scaled(value: number, locale: Locale): { text: string; rounded: number } {
	const digits = value < 100 ? 1 : 0;
	const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
	const text = numberFormat(locale, { maximumFractionDigits: digits }).format(rounded);
	return { text, rounded };
}

/**
 * A large amount in the units people read: ja "1,234万円" / "1.2億円", en "¥12.3 million" / "¥1.2 billion".
 * Below 10,000 yen (ja) or 1 million yen (en) it is the exact amount, as `yen()`.
 * When rounding reaches the next unit the amount moves up: 99,999,999 yen is "1億円", not "10,000万円".
 */
export function yenShort(amount: number, locale: Locale): string {
	const scales = SCALES[locale];
	const abs = Math.abs(amount);
	let i = -1;
	for (let k = 0; k < scales.length; k++) if (abs >= scales[k]!.size) i = k;
	if (i < 0) return yen(amount, locale);
	const first = scaled(abs / scales[i]!.size, locale);
	let text = first.text;
	const up = scales[i + 1];
	if (up && first.rounded * scales[i]!.size >= up.size) {
		i += 1;
		text = scaled(abs / up.size, locale).text;
	}
	const sign = amount < 0 ? '-' : '';
	const unit = scales[i]!.unit;
	return locale === 'ja' ? `${sign}${text}${unit}` : `${sign}¥${text} ${unit}`;
}
