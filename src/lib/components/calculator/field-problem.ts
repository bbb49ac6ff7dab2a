/**
 * A field's problem in the page's language: a number that could not be read (src/lib/input) or a problem the
 * engine found (worded by the export layer, as the CLI words it).
 */
import { decimal, yen } from '$lib/format';
import { m, type Locale } from '$lib/i18n';
import type { FieldInfo } from '$lib/model';
import type { FieldProblem } from '$lib/state/calculator.svelte';
import { problemText } from '$lib/export/problems';
import { unitLabel } from '$lib/view/units';

const bound = (n: number, field: FieldInfo, locale: Locale) =>
	field.unit?.startsWith('円')
		? yen(n, locale)
		: `${decimal(n, locale)}${field.unit ? (field.unit === '%' || locale === 'ja' ? '' : ' ') + unitLabel(field.unit, locale) : ''}`;

export function problemMessage(p: FieldProblem, field: FieldInfo, locale: Locale): string {
	const o = { locale };
	if (p.source === 'engine') return problemText(p.problem, locale);
	const q = p.problem;
	switch (q.code) {
		case 'empty':
			return m.inputEmpty({}, o);
		case 'not-a-number':
			return m.inputNotNumber({}, o);
		case 'not-integer':
			return m.inputNotInteger({}, o);
		case 'below-min':
			return m.inputBelowMin({ min: bound(q.min, field, locale) }, o);
		case 'above-max':
			return m.inputAboveMax({ max: bound(q.max, field, locale) }, o);
	}
}
