/** Deterministic number wording for the recommendation's sentences (no locale data, same text everywhere). */
import type { SiteForm } from '../data/forms';

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

export const FORM_NAME: Record<SiteForm, { ja: string; en: string }> = {
	scratch: { ja: 'フルスクラッチ（自社構築）', en: 'a full-scratch build' },
	package: { ja: 'ECパッケージ（自社運用）', en: 'a self-hosted EC package' },
	managed: {
		ja: 'ECパッケージ＋セキュリティ保守付きホスティング',
		en: 'an EC package on a managed security-maintenance host'
	},
	saas: { ja: 'SaaS型ECプラットフォーム', en: 'a SaaS EC platform' },
	mall: { ja: 'ショッピングモール出店', en: 'a shopping mall' }
};
