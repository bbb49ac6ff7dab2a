/** Locales: Japanese first (served without a prefix), English under /en. */
export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';

export function localeFromParam(param: string | undefined): Locale {
	return param === 'en' ? 'en' : 'ja';
}

export function localeFromPath(pathname: string): Locale {
	return /^\/en(\/|$)/.test(pathname) ? 'en' : 'ja';
}

/** A site path (starting with '/') in the given locale: '/sources' → '/en/sources' for English. */
export function localizePath(path: string, locale: Locale): string {
	const bare = path.replace(/^\/en(?=\/|$)/, '') || '/';
	if (locale === 'ja') return bare;
	return bare === '/' ? '/en' : `/en${bare}`;
}
