import type { Scale, TooltipItem, TooltipModel } from 'chart.js';
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/format';
import { riskBandView } from '../fixtures';
import { FORM_COLOURS, tint } from '../palette';
import { RISK_SEGMENTS, riskBandConfig } from './risk-band';

const scale = {} as Scale;
const tooltip = {} as TooltipModel<'bar'>;

describe.each<Locale>(['ja', 'en'])('riskBandConfig (%s)', (locale) => {
	const view = riskBandView(locale);
	const config = riskBandConfig(view, false);
	const datasets = config.data.datasets;

	it('draws cost, expected, P90 and P95 as contiguous floating segments in one slot per form', () => {
		expect(config.type).toBe('bar');
		expect(config.data.labels).toEqual(view.forms.map((f) => f.name));
		expect(datasets).toHaveLength(4);
		expect(datasets.every((d) => d.grouped === false)).toBe(true);
		view.forms.forEach((f, k) => {
			const spans = datasets.map((d) => d.data[k]!);
			expect(spans).toEqual([
				[0, f.cost],
				[f.cost, f.expected],
				[f.expected, f.p90],
				[f.p90, f.p95]
			]);
		});
	});

	it("uses the form's colour, lighter for each further segment", () => {
		const k = view.forms.findIndex((f) => f.form === 'managed');
		RISK_SEGMENTS.forEach((segment, i) => {
			expect((datasets[i]!.backgroundColor as string[])[k]).toBe(tint(FORM_COLOURS.managed, segment.shade));
			expect((datasets[i]!.borderColor as string[])[k]).toBe(FORM_COLOURS.managed);
		});
		expect(RISK_SEGMENTS.map((s) => s.shade)).toEqual([...RISK_SEGMENTS.map((s) => s.shade)].sort());
	});

	it('reads the total each segment reaches in the tooltip, money ticks in the locale', () => {
		const k = view.forms.findIndex((f) => f.form === 'scratch');
		const label = config.options?.plugins?.tooltip?.callbacks?.label;
		const p95 = label?.call(tooltip, { datasetIndex: 3, dataIndex: k } as TooltipItem<'bar'>);
		// scratch: cost 78.3M + 6 × expected loss 6.42M = 116.8M
		expect(p95).toBe(
			locale === 'ja' ? 'P95（コスト＋P95損失）: 1.2億円' : 'P95 (cost + P95 loss): ¥117 million'
		);
		const expected = label?.call(tooltip, { datasetIndex: 1, dataIndex: k } as TooltipItem<'bar'>);
		expect(expected).toBe(
			locale === 'ja'
				? '期待値（コスト＋期待損失）: 8,472万円'
				: 'Expected (cost + expected loss): ¥84.7 million'
		);
		const x = config.options?.scales?.['x']?.ticks?.callback;
		expect(x?.call(scale, 50_000_000, 0, [])).toBe(locale === 'ja' ? '5,000万円' : '¥50 million');
	});

	it('turns animation off under reduced motion', () => {
		expect(config.options?.animation).toEqual({ duration: 300 });
		expect(riskBandConfig(view, true).options?.animation).toBe(false);
	});
});
