/**
 * Expected against bad-case total per form: one horizontal band per form made of floating segments in shades of
 * the form's colour — cost (full colour), + expected loss, up to cost + P90 loss, up to cost + P95 loss. The
 * tooltip reads the total each segment reaches. Pure: view data in, Chart.js configuration out.
 */
import type { LegendItem, TooltipItem } from 'chart.js';
import { yenShort } from '$lib/format';
import type { RiskBandView } from '$lib/view/chart-data';
import { formColour, NEUTRAL, tint } from '../palette';
import { riskBandLabels, riskBandTotals } from '../words';
import { animation, moneyTick, type RiskBandConfig } from './common';

/** Segments in order, with the shade of each. */
export const RISK_SEGMENTS = [
	{ id: 'cost', shade: 0 },
	{ id: 'expected', shade: 0.35 },
	{ id: 'p90', shade: 0.6 },
	{ id: 'p95', shade: 0.8 }
] as const;

type SegmentId = (typeof RISK_SEGMENTS)[number]['id'];

export function riskBandConfig(view: RiskBandView, reducedMotion: boolean): RiskBandConfig {
	const { locale, forms } = view;
	const labels = riskBandLabels(locale);
	const totals = riskBandTotals(locale);
	const span = (f: RiskBandView['forms'][number], id: SegmentId): [number, number] => {
		switch (id) {
			case 'cost':
				return [0, f.cost];
			case 'expected':
				return [f.cost, f.expected];
			case 'p90':
				return [f.expected, f.p90];
			case 'p95':
				return [f.p90, f.p95];
		}
	};

	return {
		type: 'bar',
		data: {
			labels: forms.map((f) => f.name),
			datasets: RISK_SEGMENTS.map((segment) => ({
				label: labels[segment.id],
				data: forms.map((f) => span(f, segment.id)),
				// all segments of a form share one slot
				grouped: false,
				backgroundColor: forms.map((f) => tint(formColour(f.form), segment.shade)),
				borderColor: forms.map((f) => formColour(f.form)),
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
				x: { type: 'linear', beginAtZero: true, ticks: { callback: moneyTick(locale) } },
				y: { type: 'category', ticks: { autoSkip: false } }
			},
			plugins: {
				legend: {
					position: 'bottom',
					labels: {
						boxWidth: 16,
						boxHeight: 10,
						generateLabels: (chart): LegendItem[] =>
							RISK_SEGMENTS.map((segment, i) => ({
								text: labels[segment.id],
								fillStyle: tint(NEUTRAL, segment.shade),
								strokeStyle: NEUTRAL,
								lineWidth: 1,
								datasetIndex: i,
								hidden: !chart.isDatasetVisible(i)
							}))
					}
				},
				tooltip: {
					callbacks: {
						// The total each segment reaches: "P90（コスト＋P90損失）: 1.2億円".
						label: (item: TooltipItem<'bar'>) => {
							const segment = RISK_SEGMENTS[item.datasetIndex];
							const form = forms[item.dataIndex];
							if (!segment || !form) return '';
							return `${totals[segment.id]}: ${yenShort(span(form, segment.id)[1], locale)}`;
						}
					}
				}
			}
		}
	};
}
