/** Shared pieces of the chart configs: types, animation, money ticks, the shade steps of stacked items. */
import type { ChartConfiguration } from 'chart.js';
import { yenShort, type Locale } from '$lib/format';

export interface XY {
	x: number;
	y: number;
}

export type StackedCostConfig = ChartConfiguration<'bar', number[], string>;
/** floating bars: each value is [start, end] */
export type RiskBandConfig = ChartConfiguration<'bar', [number, number][], string>;
export type CumulativeConfig = ChartConfiguration<'line', XY[], number>;
export type ExceedanceConfig = ChartConfiguration<'line', XY[], number>;
export type AnyChartConfig = StackedCostConfig | RiskBandConfig | CumulativeConfig | ExceedanceConfig;

/** No motion under prefers-reduced-motion: reduce; a short one otherwise. */
export function animation(reducedMotion: boolean): false | { duration: number } {
	return reducedMotion ? false : { duration: 300 };
}

/** A money tick: ja "1,234万円" / "1.2億円", en "¥12.3 million". */
export function moneyTick(locale: Locale): (value: number | string) => string {
	return (value) => yenShort(Number(value), locale);
}

/**
 * How far towards white the `i`-th of `n` stacked shades is mixed: the first (bottom) item is the form's own
 * colour, the last 75 % white. Every segment keeps a border in the full colour.
 */
export function shade(i: number, n: number): number {
	return n <= 1 ? 0 : Math.round((0.75 * i * 100) / (n - 1)) / 100;
}
