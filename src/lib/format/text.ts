/** Data-borne bilingual text ({ja, en} in data/ and the scenario field labels) and lists. */
import type { Locale } from './locale';

export interface Bilingual {
	ja: string;
	en: string;
}

/** Picks the text for a locale from a data-borne `{ja, en}` pair. */
export function text(t: Bilingual, locale: Locale): string {
	return t[locale];
}

/** Joins short items the way each language lists them: ja "a、b、c", en "a, b, c". */
export function list(items: readonly string[], locale: Locale): string {
	return items.join(listSeparator(locale));
}

export function listSeparator(locale: Locale): string {
	return locale === 'ja' ? '、' : ', ';
}
