/**
 * Loss-exceedance curves: P(horizon loss > x) per form against a log-scale loss axis, one line per form in its
 * colour and dash, with the user's tolerance as a labelled vertical line (inline toleranceLine plugin). Pure: view
 * data in, Chart.js configuration out.
 */
import type { TooltipItem } from 'chart.js';
import { percent, yenShort } from '$lib/format';
import type { ExceedanceView } from '$lib/view/chart-data';
import { FORM_STYLES } from '../palette';
import { toleranceLinePlugin } from '../plugins';
import { exceedanceLine, lossAxisTitle, probabilityAxisTitle } from '../words';
import { animation, moneyTick, type ExceedanceConfig } from './common';

/** The colour of the tolerance line: near-black, apart from every form's colour. */
export const TOLERANCE_COLOUR = '#1a1a1a';

/** A log tick worth a label: powers of ten, and 2 and 5 × 10ⁿ when the axis spans fewer than three decades. */
export function labelledLogTick(value: number, decades: number): boolean {
	if (!(value > 0)) return false;
	const significand = value / 10 ** Math.floor(Math.log10(value) + 1e-9);
	const near = (s: number) => Math.abs(significand - s) < 1e-6 * s;
	return near(1) || (decades < 3 && (near(2) || near(5)));
}

export function exceedanceConfig(view: ExceedanceView, reducedMotion: boolean): ExceedanceConfig {
	const { locale, forms, tolerance } = view;
	// A log axis shows positive losses only.
	const series = forms.map((f) => ({
		...f,
		points: f.points.filter((p) => p.loss > 0).sort((p, q) => p.loss - q.loss)
	}));
	const losses = series.flatMap((f) => f.points.map((p) => p.loss));
	if (tolerance > 0) losses.push(tolerance);
	const min = losses.length > 0 ? Math.min(...losses) : 1;
	const max = losses.length > 0 ? Math.max(...losses) : 10;
	const decades = Math.log10(max / min);
	const money = moneyTick(locale);

	return {
		type: 'line',
		data: {
			datasets: series.map((f) => {
				const style = FORM_STYLES[f.form];
				return {
					label: f.name,
					data: f.points.map((p) => ({ x: p.loss, y: p.probability })),
					borderColor: style.colour,
					backgroundColor: style.colour,
					borderDash: style.dash,
					borderWidth: 2,
					pointStyle: style.pointStyle,
					pointRadius: 0,
					pointHitRadius: 6,
					pointHoverRadius: 5,
					fill: false,
					tension: 0
				};
			})
		},
		plugins: [toleranceLinePlugin],
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: animation(reducedMotion),
			interaction: { mode: 'nearest', axis: 'x', intersect: false },
			scales: {
				x: {
					type: 'logarithmic',
					min,
					max,
					title: { display: true, text: lossAxisTitle(locale) },
					ticks: {
						autoSkip: false,
						maxRotation: 0,
						callback: (value) => (labelledLogTick(Number(value), decades) ? money(value) : '')
					}
				},
				y: {
					type: 'linear',
					beginAtZero: true,
					title: { display: true, text: probabilityAxisTitle(locale) },
					ticks: { callback: (value) => percent(Number(value), locale) }
				}
			},
			plugins: {
				legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8 } },
				tooltip: {
					callbacks: {
						title: () => '',
						label: (item: TooltipItem<'line'>) =>
							exceedanceLine(
								item.dataset.label ?? '',
								yenShort(item.parsed.x ?? 0, locale),
								percent(item.parsed.y ?? 0, locale),
								locale
							)
					}
				},
				toleranceLine: {
					value: tolerance,
					label: `${view.toleranceLabel} ${yenShort(tolerance, locale)}`,
					colour: TOLERANCE_COLOUR
				}
			}
		}
	};
}
