/**
 * Deterministic number wording for sentences and reports (no locale data, the same text in Node, a worker and the
 * browser): yen with thousands separators, 万円, millions of yen, percentages, month-end dates.
 */

export function group(n: number): string {
	return Math.round(n)
		.toString()
		.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 1,234万円 / 12.34 million yen */
export const manYen = (yen: number) => `${group(yen / 1e4)}万円`;
export const millionYen = (yen: number) => `${(yen / 1e6).toFixed(yen >= 1e8 ? 0 : 1)} million yen`;
/** "2025-03-31" → 2025年3月末 / the end of March 2025 (a month-end deadline as the guideline words it) */
export function monthEnd(date: string): { ja: string; en: string } {
	const [y, m] = date.split('-').map(Number) as [number, number];
	const months = [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	];
	return { ja: `${y}年${m}月末`, en: `the end of ${months[m - 1]} ${y}` };
}

export const percent = (fraction: number, digits = 1) => `${(fraction * 100).toFixed(digits)}%`;
