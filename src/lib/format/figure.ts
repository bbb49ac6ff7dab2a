/** Display of data figures: numbers as printed in their source unit (no visible rounding of the data). */
import type { Figure } from '../data/figure';
import { m } from '../paraglide/messages.js';
import type { Locale } from './locale';
import { decimal } from './number';
import { list } from './text';

export function formatFigureValue(figure: Figure, locale: Locale): string {
	const n = (v: number) => decimal(v, locale);
	if (figure.value === 'unknown') return m.unknown({}, { locale });
	if (typeof figure.value === 'number') return n(figure.value);
	if (figure.values) return list(figure.values.map(n), locale);
	if (figure.low !== undefined && figure.high !== undefined) {
		const range = m.figureRange({ low: n(figure.low), high: n(figure.high) }, { locale });
		if (figure.mostLikely === undefined) return range;
		return m.figureMostLikely({ range, mostLikely: n(figure.mostLikely) }, { locale });
	}
	return '';
}
