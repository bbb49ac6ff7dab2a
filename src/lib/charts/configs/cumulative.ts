/**
 * Cumulative risk-adjusted cost by year: one line per form in its colour, dash and point style, with a labelled
 * marker where two forms' lines cross (drawn by the inline crossingLabels plugin). Pure: view data in, Chart.js
 * configuration out.
 */
import type { TooltipItem } from 'chart.js';
import { yenShort } from '$lib/format';
import type { CumulativeView } from '$lib/view/chart-data';
import { FORM_STYLES } from '../palette';
import { crossingLabelsPlugin, type CrossingMark } from '../plugins';
import { yearLabel } from '../words';
import { animation, moneyTick, type CumulativeConfig } from './common';

/**
 * Where two lines cross between year `after` and the next: the intersection of the two straight segments, or the
 * midpoint of the interval when the view's crossing does not match the numbers (the label is still shown).
 */
export function crossingMarks(view: CumulativeView): CrossingMark[] {
	const marks: CrossingMark[] = [];
	for (const crossing of view.crossings) {
		const i = view.years.indexOf(crossing.after);
		const a = view.forms.find((f) => f.form === crossing.a)?.values;
		const b = view.forms.find((f) => f.form === crossing.b)?.values;
		const x0 = view.years[i];
		const x1 = view.years[i + 1];
		if (i < 0 || !a || !b || x0 === undefined || x1 === undefined) continue;
		const [a0, a1, b0, b1] = [a[i], a[i + 1], b[i], b[i + 1]];
		if (a0 === undefined || a1 === undefined || b0 === undefined || b1 === undefined) continue;
		const d0 = a0 - b0;
		const d1 = a1 - b1;
		const t = d0 !== d1 && d0 * d1 <= 0 ? d0 / (d0 - d1) : 0.5;
		marks.push({
			x: x0 + t * (x1 - x0),
			y: (a0 + t * (a1 - a0) + b0 + t * (b1 - b0)) / 2,
			text: crossing.label
		});
	}
	return marks;
}

export function cumulativeConfig(view: CumulativeView, reducedMotion: boolean): CumulativeConfig {
	const { locale, years, forms } = view;
	return {
		type: 'line',
		data: {
			datasets: forms.map((f) => {
				const style = FORM_STYLES[f.form];
				return {
					label: f.name,
					data: f.values.flatMap((y, i) => (years[i] === undefined ? [] : [{ x: years[i], y }])),
					borderColor: style.colour,
					backgroundColor: style.colour,
					borderDash: style.dash,
					borderWidth: 2,
					pointStyle: style.pointStyle,
					pointRadius: 4,
					pointHoverRadius: 6,
					fill: false,
					tension: 0
				};
			})
		},
		plugins: [crossingLabelsPlugin],
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: animation(reducedMotion),
			interaction: { mode: 'index', intersect: false },
			scales: {
				x: {
					type: 'linear',
					min: years[0],
					max: years[years.length - 1],
					ticks: { stepSize: 1, callback: (value) => yearLabel(Number(value), locale) }
				},
				y: { type: 'linear', beginAtZero: true, ticks: { callback: moneyTick(locale) } }
			},
			plugins: {
				legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
				tooltip: {
					callbacks: {
						title: (items: TooltipItem<'line'>[]) =>
							items[0] ? yearLabel(items[0].parsed.x ?? 0, locale) : '',
						label: (item: TooltipItem<'line'>) =>
							`${item.dataset.label ?? ''}: ${yenShort(item.parsed.y ?? 0, locale)}`
					}
				},
				crossingLabels: { marks: crossingMarks(view) }
			}
		}
	};
}
