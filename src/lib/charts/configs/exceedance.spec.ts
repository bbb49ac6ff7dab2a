import type { Scale, TooltipItem, TooltipModel } from 'chart.js';
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/format';
import { exceedanceView } from '../fixtures';
import { FORM_STYLES } from '../palette';
import { toleranceLinePlugin } from '../plugins';
import { exceedanceConfig, labelledLogTick, TOLERANCE_COLOUR } from './exceedance';

const scale = {} as Scale;
const tooltip = {} as TooltipModel<'line'>;

describe.each<Locale>(['ja', 'en'])('exceedanceConfig (%s)', (locale) => {
	const view = exceedanceView(locale);
	const config = exceedanceConfig(view, false);

	it('plots probability against a logarithmic loss axis, one line per form in its style', () => {
		const x = config.options?.scales?.['x'];
		expect(x?.type).toBe('logarithmic');
		expect(config.options?.scales?.['y']?.type).toBe('linear');
		view.forms.forEach((f, k) => {
			const d = config.data.datasets[k]!;
			expect(d.label).toBe(f.name);
			expect(d.borderColor).toBe(FORM_STYLES[f.form].colour);
			expect(d.borderDash).toEqual(FORM_STYLES[f.form].dash);
			// the zero loss cannot sit on a log axis
			expect(d.data).toEqual(
				f.points.filter((p) => p.loss > 0).map((p) => ({ x: p.loss, y: p.probability }))
			);
		});
		expect(x?.min).toBe(1e5);
		expect(x?.max).toBe(3e8);
	});

	it('draws the tolerance as a labelled vertical line', () => {
		expect(config.plugins).toContain(toleranceLinePlugin);
		expect(config.options?.plugins?.toleranceLine).toEqual({
			value: 45_000_000,
			label: locale === 'ja' ? '許容額 4,500万円' : 'Tolerance ¥45 million',
			colour: TOLERANCE_COLOUR
		});
	});

	it('widens the loss axis to include a tolerance beyond the curves', () => {
		const wide = exceedanceConfig({ ...view, tolerance: 2e9 }, false);
		expect(wide.options?.scales?.['x']?.max).toBe(2e9);
	});

	it('labels powers of ten in money and the probability axis in percent', () => {
		const x = config.options?.scales?.['x']?.ticks?.callback;
		const y = config.options?.scales?.['y']?.ticks?.callback;
		expect(x?.call(scale, 1e7, 0, [])).toBe(locale === 'ja' ? '1,000万円' : '¥10 million');
		expect(x?.call(scale, 1e8, 0, [])).toBe(locale === 'ja' ? '1億円' : '¥100 million');
		expect(x?.call(scale, 3e7, 0, [])).toBe('');
		expect(y?.call(scale, 0.25, 0, [])).toBe('25%');
		const label = config.options?.plugins?.tooltip?.callbacks?.label;
		const line = label?.call(tooltip, {
			dataset: { label: view.forms[0]!.name },
			parsed: { x: 1e7, y: 0.0123 }
		} as unknown as TooltipItem<'line'>);
		expect(line).toBe(
			locale === 'ja'
				? 'フルスクラッチ：1,000万円を超える確率 1.23%'
				: 'Custom build: 1.23% chance of losing more than ¥10 million'
		);
	});

	it('turns animation off under reduced motion', () => {
		expect(exceedanceConfig(view, true).options?.animation).toBe(false);
		expect(config.options?.animation).not.toBe(false);
	});
});

describe('labelledLogTick', () => {
	it('labels powers of ten, and 2 and 5 × 10ⁿ on a short axis', () => {
		expect(labelledLogTick(1e6, 4)).toBe(true);
		expect(labelledLogTick(1000, 4)).toBe(true);
		expect(labelledLogTick(2e6, 4)).toBe(false);
		expect(labelledLogTick(2e6, 2)).toBe(true);
		expect(labelledLogTick(5e6, 2)).toBe(true);
		expect(labelledLogTick(3e6, 2)).toBe(false);
		expect(labelledLogTick(0, 2)).toBe(false);
	});
});
