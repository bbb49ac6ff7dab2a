/**
 * Two tiny inline plugins, so the charts need no annotation dependency: labelled markers where two cumulative
 * lines cross, and a labelled vertical line at the loss tolerance. Both read what to draw from
 * `options.plugins.<id>` (not from a closure), so replacing a chart's options updates them in place.
 * Type-only import of chart.js: the configs that include these plugins stay out of the page's initial JS.
 */
import type { Chart, ChartType, Plugin } from 'chart.js';

export interface CrossingMark {
	/** x value (year, may fall between two years) and y value (yen) of the crossing */
	x: number;
	y: number;
	text: string;
}

export interface CrossingLabelsOptions {
	marks: CrossingMark[];
}

export interface ToleranceLineOptions {
	/** x value (yen) of the line */
	value: number;
	label: string;
	colour: string;
}

declare module 'chart.js' {
	// Merged with chart.js's own declaration, whose type parameter must keep its name.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	interface PluginOptionsByType<TType extends ChartType> {
		crossingLabels?: CrossingLabelsOptions;
		toleranceLine?: ToleranceLineOptions;
	}
}

/** The page's font and text colour as seen from the canvas (the chart inherits them). */
function pageText(chart: Chart): { family: string; colour: string } {
	const canvas = chart.canvas as HTMLCanvasElement | undefined;
	if (canvas && typeof getComputedStyle === 'function') {
		const style = getComputedStyle(canvas);
		return { family: style.fontFamily || 'sans-serif', colour: style.color || '#1a1a1a' };
	}
	return { family: 'sans-serif', colour: '#1a1a1a' };
}

/** Text on a white box so it stays readable over lines and grid. */
function boxedText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, colour: string): void {
	const width = ctx.measureText(text).width;
	const pad = 3;
	ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
	ctx.fillRect(x - pad, y - 8 - pad, width + 2 * pad, 16 + 2 * pad);
	ctx.fillStyle = colour;
	ctx.fillText(text, x, y);
}

export const crossingLabelsPlugin: Plugin<'line', CrossingLabelsOptions> = {
	id: 'crossingLabels',
	afterDatasetsDraw(chart, _args, options) {
		const marks = options?.marks ?? [];
		const { ctx, chartArea } = chart;
		const x = chart.scales['x'];
		const y = chart.scales['y'];
		if (marks.length === 0 || !x || !y) return;
		const text = pageText(chart);
		ctx.save();
		ctx.font = `12px ${text.family}`;
		ctx.textBaseline = 'middle';
		marks.forEach((mark, i) => {
			const px = x.getPixelForValue(mark.x);
			const py = y.getPixelForValue(mark.y);
			if (px < chartArea.left || px > chartArea.right || py < chartArea.top || py > chartArea.bottom) return;
			ctx.beginPath();
			ctx.arc(px, py, 5, 0, 2 * Math.PI);
			ctx.lineWidth = 2;
			ctx.strokeStyle = text.colour;
			ctx.fillStyle = '#ffffff';
			ctx.fill();
			ctx.stroke();
			// Alternate above and below the point so neighbouring crossings do not overprint each other.
			const dy = i % 2 === 0 ? -18 : 18;
			const width = ctx.measureText(mark.text).width;
			const lx = Math.max(chartArea.left + 4, Math.min(px - width / 2, chartArea.right - width - 4));
			const ly = Math.max(chartArea.top + 10, Math.min(py + dy, chartArea.bottom - 10));
			ctx.textAlign = 'left';
			boxedText(ctx, mark.text, lx, ly, text.colour);
		});
		ctx.restore();
	}
};

export const toleranceLinePlugin: Plugin<'line', ToleranceLineOptions> = {
	id: 'toleranceLine',
	afterDatasetsDraw(chart, _args, options) {
		const x = chart.scales['x'];
		if (!options || !x || !(options.value > 0)) return;
		const { ctx, chartArea } = chart;
		const px = x.getPixelForValue(options.value);
		if (!Number.isFinite(px) || px < chartArea.left || px > chartArea.right) return;
		const text = pageText(chart);
		ctx.save();
		ctx.beginPath();
		ctx.setLineDash([6, 4]);
		ctx.lineWidth = 2;
		ctx.strokeStyle = options.colour;
		ctx.moveTo(px, chartArea.top);
		ctx.lineTo(px, chartArea.bottom);
		ctx.stroke();
		ctx.setLineDash([]);
		ctx.font = `bold 12px ${text.family}`;
		ctx.textBaseline = 'middle';
		ctx.textAlign = 'left';
		const width = ctx.measureText(options.label).width;
		// Right of the line, or left of it when there is no room.
		const lx = px + 6 + width <= chartArea.right ? px + 6 : px - 6 - width;
		boxedText(ctx, options.label, lx, chartArea.top + 12, text.colour);
		ctx.restore();
	}
};
