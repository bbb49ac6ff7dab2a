/**
 * A message in both languages: `bilingual((locale) => m.<key>(inputs, { locale }))` gives `{ ja, en }`. The sentences
 * live in messages/results/{ja,en}.json (compiled by `npm run i18n`); the export layer only picks the message and
 * formats its numbers.
 */
import type { Text } from '../data/figure';
import type { Locale } from '../i18n';

export const bilingual = (message: (locale: Locale) => string): Text => ({
	ja: message('ja'),
	en: message('en')
});
