import type { Scale, TooltipItem, TooltipModel } from 'chart.js';
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/format';
import { stackedView } from '../fixtures';
import { FORM_COLOURS, tint, withAlpha } from '../palette';
import { EXCLUDED_ALPHA, stackedCostConfig } from './stacked-cost';

const scale = {} as Scale;
const tooltip = {} as TooltipModel<'bar'>;
const item = (datasetIndex: number, dataIndex: number, raw: number, label: string) =>
	({ datasetIndex, dataIndex, raw, dataset: { label } }) as unknown as TooltipItem<'bar'>;

describe.each<Locale>(['ja', 'en'])('stackedCostConfig (%s)', (locale) => {
	const view = stackedView(locale);
	const config = stackedCostConfig(view, false);
	const datasets = config.data.datasets;

	it('is a horizontal bar per form, one stacked dataset per item in stacking order', () => {
		expect(config.type).toBe('bar');
		expect(config.options?.indexAxis).toBe('y');
		expect(config.data.labels).toEqual(view.forms.map((f) => f.name));
		expect(datasets.map((d) => d.label)).toEqual(view.items.map((i) => i.label));
		expect(new Set(datasets.map((d) => d.stack))).toEqual(new Set(['total']));
		expect(config.options?.scales?.['x']?.stacked).toBe(true);
		expect(config.options?.scales?.['y']?.stacked).toBe(true);
		// data[i][form] is the item's value for the form
		const platformFees = datasets[view.items.findIndex((i) => i.id === 'platformFees')]!;
		expect(platformFees.data).toEqual(view.forms.map((f) => f.values.platformFees));
		// every segment sums to the form's total
		view.forms.forEach((f, k) => {
			const sum = datasets.reduce((s, d) => s + d.data[k]!, 0);
			expect(sum).toBeCloseTo(f.total, 2);
		});
	});

	it("colours each bar in its form's palette colour, items as lighter shades, excluded forms faded", () => {
		const bottom = datasets[0]!;
		const top = datasets[datasets.length - 1]!;
		const i = view.forms.findIndex((f) => f.form === 'saas');
		const excluded = view.forms.findIndex((f) => f.excluded);
		expect((bottom.backgroundColor as string[])[i]).toBe(tint(FORM_COLOURS.saas, 0));
		expect((top.backgroundColor as string[])[i]).toBe(tint(FORM_COLOURS.saas, 0.75));
		expect((top.borderColor as string[])[i]).toBe(FORM_COLOURS.saas);
		expect(view.forms[excluded]!.form).toBe('scratch');
		expect((bottom.backgroundColor as string[])[excluded]).toBe(
			withAlpha(tint(FORM_COLOURS.scratch, 0), EXCLUDED_ALPHA)
		);
		expect((bottom.borderColor as string[])[excluded]).toBe(withAlpha(FORM_COLOURS.scratch, EXCLUDED_ALPHA));
	});

	it('formats money ticks in the locale and marks lower-bound totals and exclusions under the names', () => {
		const x = config.options?.scales?.['x']?.ticks?.callback;
		const y = config.options?.scales?.['y']?.ticks?.callback;
		expect(x?.call(scale, 30_000_000, 0, [])).toBe(locale === 'ja' ? '3,000万円' : '¥30 million');
		expect(x?.call(scale, 120_000_000, 0, [])).toBe(locale === 'ja' ? '1.2億円' : '¥120 million');
		const lower = view.forms.findIndex((f) => f.lowerBound);
		const plain = view.forms.findIndex((f) => f.form === 'saas');
		const excluded = view.forms.findIndex((f) => f.excluded);
		expect(y?.call(scale, lower, lower, [])).toEqual(
			locale === 'ja' ? ['パッケージ', '合計 5,192万円以上'] : ['Package', 'Total at least ¥51.9 million']
		);
		expect(y?.call(scale, plain, plain, [])).toEqual(
			locale === 'ja' ? ['SaaS型カート', '合計 1,438万円'] : ['SaaS cart', 'Total ¥14.4 million']
		);
		// the exclusion mark on its own line, so the labels stay narrow on a phone
		expect((y?.call(scale, excluded, excluded, []) as string[]).slice(0, 2)).toEqual(
			locale === 'ja' ? ['フルスクラッチ', '（除外）'] : ['Custom build', '(excluded)']
		);
	});

	it('says "以上" / "at least" in the tooltip footer of a lower-bound total', () => {
		const callbacks = config.options?.plugins?.tooltip?.callbacks;
		const lower = view.forms.findIndex((f) => f.lowerBound);
		const footer = callbacks?.footer?.call(tooltip, [item(0, lower, 1, '')]);
		expect(footer).toBe(locale === 'ja' ? '合計 5,192万円以上' : 'Total at least ¥51.9 million');
		const label = callbacks?.label?.call(tooltip, item(0, 0, 38_000_000, view.items[0]!.label));
		expect(label).toBe(locale === 'ja' ? '初期費用: 3,800万円' : 'Initial cost: ¥38 million');
	});

	it('animates unless reduced motion is asked for', () => {
		expect(config.options?.animation).not.toBe(false);
		expect(stackedCostConfig(view, true).options?.animation).toBe(false);
	});
});

describe('stackedCostConfig on a phone', () => {
	it('never skips a form name on the category axis', () => {
		const y = stackedCostConfig(stackedView('ja'), true).options?.scales?.['y'];
		expect(y?.ticks?.autoSkip).toBe(false);
	});
});
