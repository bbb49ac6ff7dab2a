/**
 * Unit conversion from a data figure's unit to the engine's base units: yen (円) for money, fractions for
 * percentages, months for durations. Per-period suffixes (/月, /年, /件 …) are kept as they are: only the
 * magnitude prefix (万, 百万, 億), % and days change the number.
 */
const MONEY_SCALE: Record<string, number> = { 円: 1, 万円: 1e4, 百万円: 1e6, 億円: 1e8 };
const DAYS_PER_MONTH = 365 / 12;

export function toBase(value: number, unit: string): number {
	if (unit === '%') return value / 100;
	if (unit === '日') return value / DAYS_PER_MONTH;
	const scale = MONEY_SCALE[unit.split('/')[0] ?? ''];
	return scale === undefined ? value : value * scale;
}

/** The inverse of toBase: a base-unit value shown in the figure's own unit. */
export function fromBase(value: number, unit: string): number {
	if (unit === '%') return value * 100;
	if (unit === '日') return value * DAYS_PER_MONTH;
	const scale = MONEY_SCALE[unit.split('/')[0] ?? ''];
	return scale === undefined ? value : value / scale;
}

function scaleOf(unit: string): { scale: number; rest: string } | null {
	const [head, ...rest] = unit.split('/');
	const scale = MONEY_SCALE[head ?? ''];
	return scale === undefined ? null : { scale, rest: rest.join('/') };
}

/** Converts between a figure's unit and a field's unit (money prefixes only; anything else must match). */
export function convertUnit(value: number, from: string, to: string, where: string): number {
	if (from === to) return value;
	const a = scaleOf(from);
	const b = scaleOf(to);
	if (a && b && a.rest === b.rest) return (value * a.scale) / b.scale;
	throw new Error(`${where}: cannot convert ${from} to ${to}`);
}
