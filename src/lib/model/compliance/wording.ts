/** Deterministic number wording for the recommendation's sentences (no locale data, same text everywhere). */
import type { SiteForm } from '../../data/forms';

function group(n: number): string {
	return Math.round(n)
		.toString()
		.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 1,234万円 / 12.34 million yen */
export const manYen = (yen: number) => `${group(yen / 1e4)}万円`;
export const millionYen = (yen: number) => `${(yen / 1e6).toFixed(yen >= 1e8 ? 0 : 1)} million yen`;
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
