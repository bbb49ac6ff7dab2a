/**
 * Locales: Japanese first (served without a prefix), English under /en. The list, the base locale and the URL
 * mapping live in project.inlang/settings.json and scripts/paraglide-options.js; this module re-exports them typed.
 */
import { baseLocale, isLocale, locales, type Locale } from '../paraglide/runtime.js';

export { baseLocale, locales, type Locale };

/** The locale of a `[[lang=lang]]` route parameter: absent means the base locale (Japanese). */
export function localeFromParam(param: string | undefined): Locale {
	return param !== undefined && isLocale(param) ? param : baseLocale;
}

/** The `[[lang=lang]]` parameter for a locale: undefined for Japanese (no prefix). */
export function langParam(locale: Locale): Locale | undefined {
	return locale === baseLocale ? undefined : locale;
}
