/** Locales: Japanese first (served without a prefix), English under /en. */
export type Locale = 'ja' | 'en';

export function localeFromParam(param: string | undefined): Locale {
	return param === 'en' ? 'en' : 'ja';
}

export function localeFromPath(pathname: string): Locale {
	return /^\/en(\/|$)/.test(pathname) ? 'en' : 'ja';
}
