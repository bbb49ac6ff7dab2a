/** Display formatting for data figures (numbers as printed in their source unit; no rounding of the data). */
import type { Figure } from '$lib/data/figure';
import type { Locale } from '$lib/i18n/locales';
import { MESSAGES } from '$lib/i18n/messages';

export function numberFormat(locale: Locale): Intl.NumberFormat {
	return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 6 });
}

export function formatFigureValue(figure: Figure, locale: Locale): string {
	const nf = numberFormat(locale);
	const m = MESSAGES[locale];
	if (figure.value === 'unknown') return m.unknown;
	if (typeof figure.value === 'number') return nf.format(figure.value);
	if (figure.values) return figure.values.map((v) => nf.format(v)).join(locale === 'ja' ? '、' : ', ');
	if (figure.low !== undefined && figure.high !== undefined) {
		const range = `${nf.format(figure.low)}〜${nf.format(figure.high)}`;
		if (figure.mostLikely === undefined) return range;
		return locale === 'ja'
			? `${range}（最も確からしい値 ${nf.format(figure.mostLikely)}）`
			: `${range} (most likely ${nf.format(figure.mostLikely)})`;
	}
	return '';
}
