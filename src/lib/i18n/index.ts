/**
 * UI strings come from Paraglide: `m.<key>(inputs, { locale })`, compiled from messages/{ja,en}.json into
 * src/lib/paraglide/ (generated, git-ignored; `npm run i18n`, run by prepare, check, test:unit and the Vite plugin).
 * Always pass the locale: pages take it from the route, the CLI and exports from their caller, so nothing depends
 * on a global and client-side navigation between languages re-renders every string.
 */
import { integer } from '../format/number';
import type { Locale } from './locales';

export { m } from '../paraglide/messages.js';
export { baseLocale, langParam, localeFromParam, locales, type Locale } from './locales';

/** Inputs for a counted message (figureCount, observations…): the number picks the plural, `shown` is formatted. */
export function counted(count: number, locale: Locale): { count: number; shown: string } {
	return { count, shown: integer(count, locale) };
}
