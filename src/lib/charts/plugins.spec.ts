import type { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { crossingLabelsPlugin, toleranceLinePlugin, type CrossingLabelsOptions } from './plugins';

/** A canvas context that records what is drawn. */
function recorder() {
	const calls: { op: string; args: unknown[] }[] = [];
	const record =
		(op: string) =>
		(...args: unknown[]) => {
			calls.push({ op, args });
		};
	const ctx = {
		save: record('save'),
		restore: record('restore'),
		beginPath: record('beginPath'),
		moveTo: record('moveTo'),
		lineTo: record('lineTo'),
		stroke: record('stroke'),
		fill: record('fill'),
		arc: record('arc'),
		fillRect: record('fillRect'),
		fillText: record('fillText'),
		setLineDash: record('setLineDash'),
		measureText: (text: string) => ({ width: text.length * 7 }),
		set font(_v: string) {},
		set fillStyle(_v: string) {},
		set strokeStyle(v: string) {
			calls.push({ op: 'strokeStyle', args: [v] });
		},
		set lineWidth(_v: number) {},
		set textAlign(_v: string) {},
		set textBaseline(_v: string) {}
	};
	return { ctx, calls };
}

/** A 400 × 200 plot area; x maps 1 … 5 (or 1e5 … 1e9 on a log axis) to 0 … 400, y maps 0 … 100M to 200 … 0. */
function fakeChart(ctx: unknown, log = false) {
	const x = {
		getPixelForValue: (v: number) => (log ? ((Math.log10(v) - 5) / 4) * 400 : ((v - 1) / 4) * 400)
	};
	const y = { getPixelForValue: (v: number) => 200 - (v / 1e8) * 200 };
	return {
		ctx,
		chartArea: { left: 0, right: 400, top: 0, bottom: 200 },
		scales: { x, y },
		canvas: undefined
	} as unknown as Chart<'line'>;
}

const args = {};

describe('toleranceLinePlugin', () => {
	it('draws a vertical line at the tolerance and its label', () => {
		const { ctx, calls } = recorder();
		const options = { value: 1e7, label: '許容額 1,000万円', colour: '#1a1a1a' };
		toleranceLinePlugin.afterDatasetsDraw?.(fakeChart(ctx, true), args, options, false);
		// 1e7 is half-way along 1e5 … 1e9
		expect(calls.find((c) => c.op === 'moveTo')?.args).toEqual([200, 0]);
		expect(calls.find((c) => c.op === 'lineTo')?.args).toEqual([200, 200]);
		expect(calls.find((c) => c.op === 'strokeStyle')?.args).toEqual(['#1a1a1a']);
		expect(calls.find((c) => c.op === 'fillText')?.args[0]).toBe('許容額 1,000万円');
	});

	it('draws nothing when the tolerance is off the axis or not positive', () => {
		for (const value of [1e12, 0]) {
			const { ctx, calls } = recorder();
			toleranceLinePlugin.afterDatasetsDraw?.(
				fakeChart(ctx, true),
				args,
				{ value, label: 'x', colour: '#000' },
				false
			);
			expect(calls).toEqual([]);
		}
	});
});

describe('crossingLabelsPlugin', () => {
	it('marks each crossing on the plot and writes its label', () => {
		const { ctx, calls } = recorder();
		const options: CrossingLabelsOptions = {
			marks: [
				{ x: 3.4, y: 1e7, text: '3〜4年目：モール＞SaaS' },
				{ x: 4, y: 4.2e7, text: '4〜5年目：運用委託＞パッケージ' },
				{ x: 9, y: 1e7, text: 'off the plot' }
			]
		};
		crossingLabelsPlugin.afterDatasetsDraw?.(fakeChart(ctx), args, options, false);
		const arcs = calls.filter((c) => c.op === 'arc').map((c) => c.args.slice(0, 2));
		expect(arcs[0]![0]).toBeCloseTo(240, 6);
		expect(arcs[0]![1]).toBeCloseTo(180, 6);
		expect(arcs[1]).toEqual([300, 116]);
		expect(arcs).toHaveLength(2);
		expect(calls.filter((c) => c.op === 'fillText').map((c) => c.args[0])).toEqual([
			'3〜4年目：モール＞SaaS',
			'4〜5年目：運用委託＞パッケージ'
		]);
	});
});
