/**
 * Realistic view data for the chart tests, in either language: a shop with 3億円 revenue comparing the five
 * forms over five years (numbers in the range the engine produces for the default scenario).
 */
import type { Locale } from '$lib/format';
import type {
	CostItemId,
	CumulativeView,
	ExceedanceView,
	FormId,
	RiskBandView,
	StackedCostView
} from '$lib/view/chart-data';

const NAMES: Record<FormId, { ja: string; en: string }> = {
	scratch: { ja: 'フルスクラッチ', en: 'Custom build' },
	package: { ja: 'パッケージ', en: 'Package' },
	managed: { ja: 'オープンソース（運用委託）', en: 'Open source (managed)' },
	saas: { ja: 'SaaS型カート', en: 'SaaS cart' },
	mall: { ja: 'モール出店', en: 'Marketplace' }
};

const ITEMS: { id: CostItemId; ja: string; en: string }[] = [
	{ id: 'initial', ja: '初期費用', en: 'Initial cost' },
	{ id: 'platformFees', ja: 'プラットフォーム利用料（税込）', en: 'Platform fees (incl. tax)' },
	{ id: 'paymentFees', ja: 'カード決済手数料', en: 'Card fees' },
	{ id: 'salesLinkedFees', ja: '売上連動手数料', en: 'Sales-linked fees' },
	{ id: 'hostingMaintenance', ja: '保守・運用', en: 'Hosting and maintenance' },
	{ id: 'securityOps', ja: 'セキュリティ運用', en: 'Security operations' },
	{ id: 'cardCompliance', ja: 'カード情報保護対応', en: 'Card data compliance' },
	{ id: 'insurance', ja: 'サイバー保険', en: 'Cyber insurance' },
	{ id: 'expectedLoss', ja: '期待損失', en: 'Expected incident loss' }
];

const FORMS: FormId[] = ['scratch', 'package', 'managed', 'saas', 'mall'];

type Values = Record<CostItemId, number>;
const VALUES: Record<FormId, Values> = {
	scratch: {
		initial: 38_000_000,
		platformFees: 0,
		paymentFees: 4_950_000,
		salesLinkedFees: 0,
		hostingMaintenance: 21_600_000,
		securityOps: 9_000_000,
		cardCompliance: 3_500_000,
		insurance: 1_250_000,
		expectedLoss: 6_420_517.38
	},
	package: {
		initial: 15_000_000,
		platformFees: 6_600_000,
		paymentFees: 4_950_000,
		salesLinkedFees: 0,
		hostingMaintenance: 12_000_000,
		securityOps: 6_000_000,
		cardCompliance: 2_000_000,
		insurance: 1_250_000,
		expectedLoss: 4_118_220.5
	},
	managed: {
		initial: 8_000_000,
		platformFees: 0,
		paymentFees: 4_950_000,
		salesLinkedFees: 0,
		hostingMaintenance: 18_000_000,
		securityOps: 7_200_000,
		cardCompliance: 2_000_000,
		insurance: 1_250_000,
		expectedLoss: 5_003_114.9
	},
	saas: {
		initial: 1_200_000,
		platformFees: 3_564_000,
		paymentFees: 5_400_000,
		salesLinkedFees: 0,
		hostingMaintenance: 1_800_000,
		securityOps: 600_000,
		cardCompliance: 0,
		insurance: 1_000_000,
		expectedLoss: 812_440.12
	},
	mall: {
		initial: 200_000,
		platformFees: 3_000_000,
		paymentFees: 4_500_000,
		salesLinkedFees: 24_000_000,
		hostingMaintenance: 600_000,
		securityOps: 0,
		cardCompliance: 0,
		insurance: 0,
		expectedLoss: 301_002.7
	}
};

const sum = (v: Values) => Object.values(v).reduce((a, b) => a + b, 0);

export function stackedView(locale: Locale): StackedCostView {
	return {
		locale,
		takeaway:
			locale === 'ja'
				? '5年間の総額はSaaS型カートが最も低く、約1,400万円です。'
				: 'Over five years the SaaS cart costs least, about ¥14 million.',
		items: ITEMS.map((i) => ({ id: i.id, label: i[locale] })),
		forms: FORMS.map((form) => ({
			form,
			name: NAMES[form][locale],
			values: VALUES[form],
			total: sum(VALUES[form]),
			lowerBound: form === 'package',
			excluded: form === 'scratch'
		}))
	};
}

export function riskBandView(locale: Locale): RiskBandView {
	return {
		locale,
		takeaway:
			locale === 'ja'
				? '悪い年（P95）でもSaaS型カートの総額は最も低いままです。'
				: 'Even in a bad year (P95) the SaaS cart stays the cheapest.',
		forms: FORMS.map((form) => {
			const v = VALUES[form];
			const cost = sum(v) - v.expectedLoss;
			return {
				form,
				name: NAMES[form][locale],
				cost,
				expected: cost + v.expectedLoss,
				p90: cost + v.expectedLoss * 2.5,
				p95: cost + v.expectedLoss * 6
			};
		})
	};
}

export function cumulativeView(locale: Locale): CumulativeView {
	const years = [1, 2, 3, 4, 5];
	// SaaS starts cheaper than the mall, the mall's sales-linked fees overtake it in year 3 → 4.
	const series: Record<FormId, number[]> = {
		scratch: [52e6, 64e6, 76e6, 88e6, 100e6],
		package: [24e6, 30e6, 36e6, 42e6, 48e6],
		managed: [15e6, 24e6, 33e6, 42e6, 51e6],
		saas: [4e6, 6.5e6, 9e6, 11.5e6, 14e6],
		mall: [1e6, 4.5e6, 8e6, 13e6, 18e6]
	};
	return {
		locale,
		takeaway:
			locale === 'ja'
				? '3年目を過ぎるとモール出店の累計がSaaS型カートを上回ります。'
				: 'After year 3 the marketplace costs more in total than the SaaS cart.',
		years,
		forms: FORMS.map((form) => ({ form, name: NAMES[form][locale], values: series[form] })),
		crossings: [
			{
				after: 3,
				a: 'mall',
				b: 'saas',
				label: locale === 'ja' ? '3〜4年目：モール＞SaaS' : 'Years 3–4: marketplace > SaaS'
			},
			{
				after: 4,
				a: 'package',
				b: 'managed',
				label: locale === 'ja' ? '4〜5年目：運用委託＞パッケージ' : 'Years 4–5: managed > package'
			}
		]
	};
}

export function exceedanceView(locale: Locale): ExceedanceView {
	const grid = [0, 1e5, 1e6, 5e6, 1e7, 3e7, 1e8, 3e8];
	const scale: Record<FormId, number> = { scratch: 1, package: 0.7, managed: 0.8, saas: 0.2, mall: 0.08 };
	return {
		locale,
		takeaway:
			locale === 'ja'
				? '許容額（年間の粗利 4,500万円）を超える損失の確率はフルスクラッチで最も高くなります。'
				: 'A loss above the tolerance (one year of gross profit, ¥45 million) is most likely for the custom build.',
		forms: FORMS.map((form) => ({
			form,
			name: NAMES[form][locale],
			points: grid.map((loss) => ({
				loss,
				probability: Math.min(1, scale[form] * 0.3 * Math.exp(-loss / 4e7))
			}))
		})),
		tolerance: 45_000_000,
		toleranceLabel: locale === 'ja' ? '許容額' : 'Tolerance'
	};
}
