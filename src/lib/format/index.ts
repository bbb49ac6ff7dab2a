/**
 * All number, date and bilingual-text formatting for the UI, the CLI and exports. Pure TypeScript: no Svelte, no
 * global locale — every function takes the locale it formats for.
 */
export { intlLocale, type Locale } from './locale';
export { integer, decimal } from './number';
export { yen, yenShort } from './money';
export { percent } from './percent';
export { text, list, listSeparator, type Bilingual } from './text';
export { asOfDate } from './date';
export { formatFigureValue } from './figure';
