import { describe, expect, it } from 'vitest';
import {
	contrastRatio,
	FORM_COLOURS,
	FORM_ORDER,
	FORM_STYLES,
	relativeLuminance,
	tint,
	withAlpha
} from './palette';

// Linear-RGB simulation matrices for dichromats (Viénot, Brettel & Mollon 1999).
const SIMULATIONS: Record<string, number[][]> = {
	normal: [
		[1, 0, 0],
		[0, 1, 0],
		[0, 0, 1]
	],
	protanopia: [
		[0.11238, 0.88762, 0],
		[0.11238, 0.88762, 0],
		[0.00401, -0.00401, 1]
	],
	deuteranopia: [
		[0.29275, 0.70725, 0],
		[0.29275, 0.70725, 0],
		[-0.02234, 0.02234, 1]
	]
};

function linear(hex: string): number[] {
	return [1, 3, 5].map((i) => {
		const s = parseInt(hex.slice(i, i + 2), 16) / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	});
}

/** CIELAB (D65) of a linear-RGB colour. */
function lab([r, g, b]: number[]): number[] {
	const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
	const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function simulate(hex: string, m: number[][]): number[] {
	const c = linear(hex);
	return m.map((row) => Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!)));
}

const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('palette', () => {
	it('computes WCAG contrast correctly (known values)', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		// Okabe–Ito orange and the original reddish purple would fail 3:1
		expect(contrastRatio('#E69F00', '#ffffff')).toBeLessThan(3);
		expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
	});

	it.each(FORM_ORDER.map((form) => [form, FORM_COLOURS[form]] as const))(
		'%s (%s) has at least 3:1 contrast against white (WCAG 1.4.11)',
		(_form, colour) => {
			expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
		}
	);

	it('has one distinct colour, dash and point style per form', () => {
		expect(FORM_ORDER).toHaveLength(5);
		const colours = FORM_ORDER.map((f) => FORM_STYLES[f].colour.toLowerCase());
		const dashes = FORM_ORDER.map((f) => FORM_STYLES[f].dash.join(','));
		const points = FORM_ORDER.map((f) => FORM_STYLES[f].pointStyle);
		expect(new Set(colours).size).toBe(5);
		expect(new Set(dashes).size).toBe(5);
		expect(new Set(points).size).toBe(5);
		expect(FORM_STYLES.scratch.dashArray).toBe('none');
		expect(FORM_STYLES.package.dashArray).toBe('8 4');
	});

	it.each(Object.keys(SIMULATIONS))('keeps every pair of forms apart under %s (ΔE*ab ≥ 15)', (name) => {
		const m = SIMULATIONS[name]!;
		const labs = FORM_ORDER.map((f) => lab(simulate(FORM_COLOURS[f], m)));
		for (let i = 0; i < labs.length; i++)
			for (let j = i + 1; j < labs.length; j++) {
				expect(deltaE(labs[i]!, labs[j]!), `${FORM_ORDER[i]} / ${FORM_ORDER[j]}`).toBeGreaterThanOrEqual(15);
			}
	});

	it('tints towards white and adds alpha', () => {
		expect(tint('#0072B2', 0)).toBe('#0072b2');
		expect(tint('#0072B2', 1)).toBe('#ffffff');
		expect(tint('#000000', 0.5)).toBe('#808080');
		expect(withAlpha('#D55E00', 0.35)).toBe('rgba(213, 94, 0, 0.35)');
		expect(() => tint('red', 0.5)).toThrow();
	});
});
