/** Plain numbers: integers (counts) and decimals (data figures), with the locale's separators. */
import { numberFormat } from './intl';
import type { Locale } from './locale';

/** Normalises -0 to 0 so a tiny negative that rounds away never prints as "-0". */
const tidy = (n: number) => (Object.is(n, -0) ? 0 : n);

/** A whole number with thousands separators: 12345 → "12,345" (rounded half away from zero). */
export function integer(n: number, locale: Locale): string {
	return numberFormat(locale, {
		maximumFractionDigits: 0,
		signDisplay: 'negative'
	}).format(tidy(n));
}

/**
 * A number with up to `maxFractionDigits` decimals and no trailing zeros: 0.0325 → "0.0325", 1234.5 → "1,234.5".
 * The default (6) prints data figures as their source printed them, without rounding them visibly.
 */
export function decimal(n: number, locale: Locale, maxFractionDigits = 6): string {
	return numberFormat(locale, {
		maximumFractionDigits: maxFractionDigits,
		signDisplay: 'negative'
	}).format(tidy(n));
}
