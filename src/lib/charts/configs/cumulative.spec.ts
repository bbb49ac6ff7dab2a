import type { Scale, TooltipItem, TooltipModel } from 'chart.js';
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/format';
import { cumulativeView } from '../fixtures';
import { FORM_STYLES } from '../palette';
import { crossingLabelsPlugin } from '../plugins';
import { crossingMarks, cumulativeConfig } from './cumulative';

const scale = {} as Scale;
const tooltip = {} as TooltipModel<'line'>;

describe.each<Locale>(['ja', 'en'])('cumulativeConfig (%s)', (locale) => {
	const view = cumulativeView(locale);
	const config = cumulativeConfig(view, false);

	it('draws one line per form in its colour, dash and point style, by year', () => {
		expect(config.type).toBe('line');
		expect(config.data.datasets.map((d) => d.label)).toEqual(view.forms.map((f) => f.name));
		view.forms.forEach((f, k) => {
			const d = config.data.datasets[k]!;
			const style = FORM_STYLES[f.form];
			expect(d.borderColor).toBe(style.colour);
			expect(d.borderDash).toEqual(style.dash);
			expect(d.pointStyle).toBe(style.pointStyle);
			expect(d.data).toEqual(f.values.map((y, i) => ({ x: view.years[i], y })));
		});
		expect(config.options?.scales?.['x']?.type).toBe('linear');
	});

	it('labels each crossing at the intersection of the two lines', () => {
		expect(config.plugins).toContain(crossingLabelsPlugin);
		const marks = config.options?.plugins?.crossingLabels?.marks ?? [];
		expect(marks.map((m) => m.text)).toEqual(view.crossings.map((c) => c.label));
		// mall 8.0M → 13.0M, SaaS 9.0M → 11.5M between years 3 and 4: equal at t = 1 / 2.5, at 10M
		expect(marks[0]!.x).toBeCloseTo(3.4, 6);
		expect(marks[0]!.y).toBeCloseTo(10e6, 0);
		// package 42M → 48M, managed 42M → 51M between years 4 and 5: they meet at year 4
		expect(marks[1]!.x).toBeCloseTo(4, 6);
		expect(marks[1]!.y).toBeCloseTo(42e6, 0);
	});

	it('names the years and formats money in the locale', () => {
		const x = config.options?.scales?.['x']?.ticks?.callback;
		const y = config.options?.scales?.['y']?.ticks?.callback;
		expect(x?.call(scale, 3, 2, [])).toBe(locale === 'ja' ? '3年目' : 'Year 3');
		expect(y?.call(scale, 150_000_000, 0, [])).toBe(locale === 'ja' ? '1.5億円' : '¥150 million');
		const label = config.options?.plugins?.tooltip?.callbacks?.label;
		const line = label?.call(tooltip, {
			dataset: { label: view.forms[3]!.name },
			parsed: { x: 2, y: 6.5e6 }
		} as unknown as TooltipItem<'line'>);
		expect(line).toBe(locale === 'ja' ? 'SaaS型カート: 650万円' : 'SaaS cart: ¥6.5 million');
	});

	it('turns animation off under reduced motion', () => {
		expect(cumulativeConfig(view, true).options?.animation).toBe(false);
		expect(config.options?.animation).not.toBe(false);
	});
});

describe('crossingMarks', () => {
	it('skips a crossing whose forms or year are not in the view, and falls back to the midpoint', () => {
		const view = cumulativeView('ja');
		const marks = crossingMarks({
			...view,
			crossings: [
				{ after: 9, a: 'mall', b: 'saas', label: 'no such year' },
				{ after: 1, a: 'scratch', b: 'saas', label: 'lines that do not cross' }
			]
		});
		expect(marks).toEqual([{ x: 1.5, y: (58e6 + 5.25e6) / 2, text: 'lines that do not cross' }]);
	});
});
