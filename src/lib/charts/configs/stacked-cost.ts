/**
 * Total cost over the horizon per form, stacked by item: one horizontal bar per form in the form's colour, each
 * item a lighter shade of it (bottom item the full colour), every segment outlined in the full colour. A
 * lower-bound total reads "以上" / "at least" under the form's name and in the tooltip; an excluded form is faded
 * and marked "（除外）" / "(excluded)". Pure: view data in, Chart.js configuration out.
 */
import type { LegendItem, TooltipItem } from 'chart.js';
import { yenShort } from '$lib/format';
import type { StackedCostView } from '$lib/view/chart-data';
import { formColour, NEUTRAL, tint, withAlpha } from '../palette';
import { excludedMark, totalLine } from '../words';
import { animation, moneyTick, shade, type StackedCostConfig } from './common';

/** How much an excluded form is faded. */
export const EXCLUDED_ALPHA = 0.35;

export function stackedCostConfig(view: StackedCostView, reducedMotion: boolean): StackedCostConfig {
	const { locale, items, forms } = view;
	const n = items.length;
	// name, the exclusion mark on a line of its own (labels stay narrow on a phone), the total
	const ticks = forms.map((f) =>
		f.excluded
			? [f.name, excludedMark(locale).trim(), totalLine(f.total, f.lowerBound, locale)]
			: [f.name, totalLine(f.total, f.lowerBound, locale)]
	);

	return {
		type: 'bar',
		data: {
			labels: forms.map((f) => f.name),
			datasets: items.map((item, i) => ({
				label: item.label,
				data: forms.map((f) => f.values[item.id]),
				stack: 'total',
				backgroundColor: forms.map((f) => {
					const fill = tint(formColour(f.form), shade(i, n));
					return f.excluded ? withAlpha(fill, EXCLUDED_ALPHA) : fill;
				}),
				borderColor: forms.map((f) =>
					f.excluded ? withAlpha(formColour(f.form), EXCLUDED_ALPHA) : formColour(f.form)
				),
				borderWidth: 1,
				borderSkipped: false
			}))
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: animation(reducedMotion),
			scales: {
				x: {
					type: 'linear',
					stacked: true,
					beginAtZero: true,
					ticks: { callback: moneyTick(locale) }
				},
				y: {
					type: 'category',
					stacked: true,
					ticks: { autoSkip: false, callback: (_value, index) => ticks[index] ?? '' }
				}
			},
			plugins: {
				legend: {
					position: 'bottom',
					labels: {
						boxWidth: 16,
						boxHeight: 10,
						// The items are shades of each form's colour: the key shows the shade on a neutral grey.
						generateLabels: (chart): LegendItem[] =>
							items.map((item, i) => ({
								text: item.label,
								fillStyle: tint(NEUTRAL, shade(i, n)),
								strokeStyle: NEUTRAL,
								lineWidth: 1,
								datasetIndex: i,
								hidden: !chart.isDatasetVisible(i)
							}))
					}
				},
				tooltip: {
					callbacks: {
						title: (tooltipItems: TooltipItem<'bar'>[]) => {
							const index = tooltipItems[0]?.dataIndex ?? 0;
							return ticks[index]?.[0] ?? '';
						},
						label: (item: TooltipItem<'bar'>) =>
							`${item.dataset.label ?? ''}: ${yenShort(Number(item.raw), locale)}`,
						footer: (tooltipItems: TooltipItem<'bar'>[]) => {
							const form = forms[tooltipItems[0]?.dataIndex ?? -1];
							return form ? totalLine(form.total, form.lowerBound, locale) : '';
						}
					}
				}
			}
		}
	};
}
