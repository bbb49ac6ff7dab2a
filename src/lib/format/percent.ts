/** Percentages from fractions (0.0004 → "0.04%"), with digits that keep small probabilities readable. */
import { numberFormat } from './intl';
import type { Locale } from './locale';

/**
 * A fraction as a percentage. By default three significant digits from 1% up ("61%", "2.78%", "12.3%") and two
 * below ("0.04%", "0.0035%"), so a tiny annual breach probability never prints as "0%". `digits` fixes the
 * number of decimals instead (trailing zeros dropped). Same form in both languages.
 */
export function percent(fraction: number, locale: Locale, options: { digits?: number } = {}): string {
	const value = Object.is(fraction, -0) ? 0 : fraction;
	const pct = Math.abs(value * 100);
	const digits: Intl.NumberFormatOptions =
		options.digits !== undefined
			? { maximumFractionDigits: options.digits }
			: pct === 0
				? { maximumFractionDigits: 0 }
				: { maximumSignificantDigits: pct >= 1 ? 3 : 2 };
	return numberFormat(locale, {
		style: 'percent',
		signDisplay: 'negative',
		...digits
	}).format(value);
}
