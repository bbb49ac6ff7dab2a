/**
 * The app's locales and the Intl locale each one formats with. Every formatter in this folder takes the locale
 * explicitly, so the same call works in the browser, at prerender, in the CLI and in exports.
 */
import type { Locale } from '../i18n/locales';

export type { Locale };

/** The Intl locale for an app locale: explicit region tags, so Node and every browser agree. */
export function intlLocale(locale: Locale): 'ja-JP' | 'en-US' {
	return locale === 'en' ? 'en-US' : 'ja-JP';
}
