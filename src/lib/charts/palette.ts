/**
 * One colour per site form, used by every chart, legend and table, and a second cue per form (line dash and point
 * style) so no chart relies on colour alone. The colours are the Okabe–Ito palette (Okabe & Ito, "Color Universal
 * Design", 2008), safe for the common colour-vision deficiencies; two are darkened so that every colour has a
 * contrast of at least 3:1 against white (WCAG 2.2 SC 1.4.11, graphical objects; see palette.spec.ts).
 */
import type { FormId } from '$lib/view/chart-data';

export interface FormStyle {
	/** #rrggbb, ≥ 3:1 against white */
	colour: string;
	/** Chart.js `borderDash` for lines; [] is solid */
	dash: number[];
	/** the same dash as an SVG `stroke-dasharray` ("none" when solid), for legends and table swatches */
	dashArray: string;
	/** Chart.js point style for lines */
	pointStyle: 'circle' | 'rect' | 'triangle' | 'rectRot' | 'crossRot';
}

function style(colour: string, dash: number[], pointStyle: FormStyle['pointStyle']): FormStyle {
	return { colour, dash, dashArray: dash.length > 0 ? dash.join(' ') : 'none', pointStyle };
}

/** The forms in display order. */
export const FORM_ORDER: readonly FormId[] = ['scratch', 'package', 'managed', 'saas', 'mall'];

export const FORM_STYLES: Readonly<Record<FormId, FormStyle>> = {
	// Okabe–Ito vermillion
	scratch: style('#D55E00', [], 'circle'),
	// Okabe–Ito blue
	package: style('#0072B2', [8, 4], 'rect'),
	// Okabe–Ito bluish green
	managed: style('#009E73', [2, 3], 'triangle'),
	// Okabe–Ito reddish purple (#CC79A7), darkened: the original is only 3.06:1 against white
	saas: style('#B8588F', [10, 3, 2, 3], 'rectRot'),
	// Okabe–Ito black, lightened to a dark grey so the line stays apart from the axis text
	mall: style('#4D4D4D', [4, 4], 'crossRot')
};

/** The colour of a form, for charts, legends and tables. */
export function formColour(form: FormId): string {
	return FORM_STYLES[form].colour;
}

/** The colour of each form: `FORM_COLOURS.saas` … */
export const FORM_COLOURS: Readonly<Record<FormId, string>> = Object.fromEntries(
	FORM_ORDER.map((form) => [form, FORM_STYLES[form].colour])
) as Record<FormId, string>;

function channels(hex: string): [number, number, number] {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
	return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** `hex` at an opacity, as rgba(). */
export function withAlpha(hex: string, alpha: number): string {
	const [r, g, b] = channels(hex);
	return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** `hex` mixed with white: 0 is the colour, 1 is white. Opaque, so stacked segments never blend. */
export function tint(hex: string, amount: number): string {
	const mix = (c: number) => Math.round(c + (255 - c) * amount);
	return (
		'#' +
		channels(hex)
			.map((c) => mix(c).toString(16).padStart(2, '0'))
			.join('')
	);
}

/** WCAG 2.x relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = channels(hex).map((c) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio between two #rrggbb colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** A neutral grey for legend keys that stand for a shade rather than a form (stack items, risk bands). */
export const NEUTRAL = '#595959';
