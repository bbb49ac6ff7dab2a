/**
 * The scenario: the single definition of what the engine takes. Money in yen (円), rates in percent as a user
 * types them (3.6 means 3.6%), durations in years or months as labelled. `null` means "unknown": the engine
 * leaves the item out and lists it in the results' warnings instead of inventing a number. Every field carries a
 * Japanese and an English label and a unit in its metadata, so forms and exports are generated from one place.
 * Defaults live in data/scenario-defaults.json (see defaults.ts); parseScenario merges a partial input over them.
 */
import { z } from 'zod';
import { SITE_FORMS } from '../data/forms';
import { IntegrationTypeId } from '../data/schemas/cardRules';

export const SCENARIO_VERSION = 2;

/**
 * Bounds on what a scenario may hold, so every derived quantity stays finite: no amount above 1兆円 (10^12 yen,
 * far beyond any EC merchant this tool is for), no order value below 1 yen, no count above 10^9.
 */
export const MAX_YEN = 1e12;
export const MIN_ORDER_VALUE = 1;
export const MAX_COUNT = 1e9;

export interface FieldMeta {
	label: { ja: string; en: string };
	unit?: string;
}

const f = <T extends z.ZodType>(schema: T, ja: string, en: string, unit?: string): T =>
	schema.meta({ label: { ja, en }, ...(unit ? { unit } : {}) } satisfies FieldMeta) as T;

const amount = () => z.number().finite().min(0).max(MAX_YEN);
const yen = (ja: string, en: string, unit = '円') => f(amount(), ja, en, unit);
const yenOrUnknown = (ja: string, en: string, unit = '円') => f(amount().nullable(), ja, en, unit);
const pct = (ja: string, en: string) => f(z.number().finite().min(0).max(100), ja, en, '%');
const pctOrUnknown = (ja: string, en: string) =>
	f(z.number().finite().min(0).max(100).nullable(), ja, en, '%');

export const EMPLOYEE_BANDS = ['lt-5', '5-49', '50-99', '100-499', 'ge-500'] as const;
/** The payment integration types of data/card-rules.json (one list, kept with the card rules). */
export const PAYMENT_INTEGRATIONS = IntegrationTypeId.options;

export const Business = f(
	z
		.object({
			annualRevenue: yen('EC売上高（年間）', 'Annual EC revenue', '円/年'),
			revenueGrowth: f(
				z.number().finite().min(-50).max(100),
				'EC売上の年成長率',
				'Yearly EC revenue growth',
				'%'
			),
			grossMargin: pct('粗利率', 'Gross margin'),
			averageOrderValue: f(
				z.number().finite().min(MIN_ORDER_VALUE).max(MAX_YEN),
				'平均注文単価',
				'Average order value',
				'円'
			),
			cardShare: pct('カード決済の割合', 'Share of card payments'),
			employeeBand: f(z.enum(EMPLOYEE_BANDS), '従業員規模', 'Employee band'),
			customerRecords: f(
				z.number().int().min(0).max(MAX_COUNT),
				'保有する顧客の個人データ件数',
				'Customer records held',
				'件'
			),
			securityStaff: f(z.boolean(), 'セキュリティの担当者がいる', 'Has staff for security'),
			customisation: f(
				z.enum(['standard', 'heavy']),
				'必要なカスタマイズの程度（heavy＝独自機能が多い）',
				'Customisation needed (heavy: many bespoke features)'
			),
			shopperAccounts: f(
				z.boolean(),
				'購入者の会員登録・ログインがある',
				'Shoppers have accounts and log in'
			),
			ecShareOfSales: pct('全売上に占めるECの割合', 'EC share of total sales'),
			salesKeptWhileClosed: pct(
				'停止中も他チャネルで確保できるEC売上の割合',
				'EC sales kept through other channels while closed'
			),
			affiliateSalesShare: pct(
				'アフィリエイト経由の売上の割合（モール）',
				'Share of mall sales through affiliates'
			)
		})
		.strict(),
	'事業の概要',
	'Business'
);

const SelfRunSecurity = f(
	z
		.object({
			wafMonthly: yen('WAF（月額）', 'WAF, monthly', '円/月'),
			diagnosisPerRound: yen('脆弱性診断（1回あたり）', 'Vulnerability assessment, per round'),
			diagnosisRoundsPerYear: f(
				z.number().finite().min(0).max(12),
				'脆弱性診断の回数',
				'Assessments per year',
				'回/年'
			),
			fraudDetectionAnnual: yen('AI不正検知（年額）', 'AI fraud detection, yearly', '円/年'),
			patchingMonthly: yenOrUnknown(
				'脆弱性情報の収集・影響確認・パッチ適用（月額）',
				'Vulnerability information, impact assessment and patching, monthly',
				'円/月'
			),
			backupLogReviewMonthly: yenOrUnknown(
				'バックアップとログの確認（月額）',
				'Backups and log review, monthly',
				'円/月'
			),
			fileIntegrityMonthly: yenOrUnknown(
				'改ざん検知・ウイルス対策（月額）',
				'File-integrity monitoring and anti-virus, monthly',
				'円/月'
			),
			managedServiceMonthly: yenOrUnknown(
				'セキュリティ保守付きホスティングの料金（月額）',
				'Managed security-maintenance hosting fee, monthly',
				'円/月'
			),
			pciScopeAnnual: yenOrUnknown(
				'PCI DSS の範囲で必要な費用（ASVスキャン・自己評価・ペネトレーションテスト等、年額）',
				'PCI DSS scope costs (ASV scans, self-assessment, penetration tests …), yearly',
				'円/年'
			),
			floorOverride: f(
				z.boolean(),
				'IPA骨子のセキュリティ運用費の下限を使わない（見積りがある場合）',
				'Do not apply the IPA outline’s security-operations floor (with a quote in hand)'
			)
		})
		.strict(),
	'セキュリティ運用',
	'Security operations'
);

const SelfRunForm = z
	.object({
		enabled: f(z.boolean(), '比較に含める', 'Include in the comparison'),
		initialBuild: yen('初期構築費（セキュリティ以外）', 'Initial build (non-security)'),
		initialSecurity: yen(
			'初期のセキュリティ費用（診断・堅牢化）',
			'Initial security (assessment, hardening)'
		),
		hostingMonthly: yen('サーバー・ホスティング（月額）', 'Hosting, monthly', '円/月'),
		maintenanceMonthly: yen(
			'保守費（月額、セキュリティ以外）',
			'Maintenance, monthly (non-security)',
			'円/月'
		),
		cardRate: pctOrUnknown(
			'カード決済手数料率（空欄はカード売上の月額に応じた公表プラン）',
			'Card processing rate (blank: the published plan for the monthly card sales)'
		),
		perOrderFee: yenOrUnknown('1件あたりの決済手数料', 'Per-order payment fee', '円/件'),
		security: SelfRunSecurity
	})
	.strict();

const PlatformFees = f(
	z
		.object({
			initial: yenOrUnknown('初期費用', 'Initial fee'),
			monthly: yenOrUnknown('月額費用', 'Monthly fee', '円/月'),
			cardRate: pctOrUnknown('決済手数料率', 'Payment processing rate'),
			perOrderFee: yenOrUnknown('1件あたりの手数料', 'Per-order fee', '円/件'),
			commissionRate: pctOrUnknown('販売手数料率', 'Sales commission rate'),
			pointRate: pctOrUnknown('ポイント原資の率', 'Point cost rate'),
			affiliateRate: pctOrUnknown('アフィリエイト料率', 'Affiliate rate'),
			otherRevenueRate: pctOrUnknown('その他の売上連動費用の率', 'Other revenue-linked fees'),
			otherMonthly: yenOrUnknown('その他の月額費用', 'Other monthly fees', '円/月')
		})
		.partial()
		.strict(),
	'料金（空欄はプリセットの値）',
	'Fees (blank: from the preset)'
);

const PlatformForm = z
	.object({
		enabled: f(z.boolean(), '比較に含める', 'Include in the comparison'),
		preset: f(
			z.string().min(1).nullable(),
			'料金プラン（data/platforms.json）',
			'Plan (data/platforms.json)'
		),
		planSelection: f(
			z.enum(['cheapest-of-platform', 'as-given']),
			'プランの選び方（cheapest-of-platform＝同じサービスの中で売上に合う最安のプラン）',
			'How the plan is chosen (cheapest-of-platform: the cheapest plan of the same service for this revenue)'
		),
		initialBuild: yen('初期制作費', 'Initial set-up'),
		fees: PlatformFees,
		security: f(
			z
				.object({
					customPageDiagnosisAnnual: yen(
						'独自ページの脆弱性診断（年額）',
						'Assessment of custom pages, yearly',
						'円/年'
					)
				})
				.strict(),
			'事業者側のセキュリティ費用',
			'Merchant-side security costs'
		)
	})
	.strict();

export const CHECKLIST_MODES = ['new', 'running'] as const;
/** 新規構築（第2章）: 自社で対応可能 / 外部委託で対応 / 対応困難 / 分からない / 未回答 */
export const NEW_SITE_ANSWERS = ['in-house', 'outsourced', 'not-feasible', 'unknown', 'unanswered'] as const;
/** 運営中（第3章）: 実装済み / 未実装 / 対策できない / 分からない / 未回答 */
export const RUNNING_SITE_ANSWERS = [
	'implemented',
	'not-implemented',
	'not-fixable',
	'unknown',
	'unanswered'
] as const;
export const CHECKLIST_ANSWERS = [...new Set([...NEW_SITE_ANSWERS, ...RUNNING_SITE_ANSWERS])] as [
	string,
	...string[]
];
export type NewSiteAnswer = (typeof NEW_SITE_ANSWERS)[number];
export type RunningSiteAnswer = (typeof RUNNING_SITE_ANSWERS)[number];
export type ChecklistAnswer = NewSiteAnswer | RunningSiteAnswer;
export const IFRAME_SCRIPT_CONTROLS = ['none', 'csp-sri-monitoring', 'tpsp-confirmation'] as const;
export const REQUIREMENT_ID = /^(build|ops)-\d{2}$/;

/**
 * The outline's two conditions on an outsourced requirement (第二部 第2章 2.(2) 後段, 2.(3), 3.): the requirement
 * is written into the vendor contract, and the vendor's work on it is checked continuously. A missing entry
 * means neither is in place.
 */
export const VendorConditions = f(
	z
		.object({
			inContract: f(z.boolean(), '契約書に盛り込んでいる', 'Written into the contract'),
			monitored: f(z.boolean(), '委託先の対応を継続的に確認している', 'The vendor’s work is checked')
		})
		.strict(),
	'外部委託の条件',
	'Conditions on outsourcing'
);
export type VendorConditions = z.infer<typeof VendorConditions>;

const brandCount = (ja: string, en: string) =>
	f(z.number().int().min(0).max(MAX_COUNT).nullable(), ja, en, '件/年');

/**
 * What a custom check of the schema found, as the params of its zod issue (parse.ts turns it into an
 * Expectation): an answer not allowed for the checklist's mode.
 */
export type ScenarioRefinement = {
	refinement: 'answer-for-mode';
	mode: (typeof CHECKLIST_MODES)[number];
	allowed: string[];
};

export const Posture = f(
	z
		.object({
			checklist: f(
				z
					.object({
						mode: f(
							z.enum(CHECKLIST_MODES),
							'チェックリストの種類（new＝新規構築、running＝運営中）',
							'Checklist (new site or running site)'
						),
						answers: f(
							z.record(z.string().regex(REQUIREMENT_ID), z.enum(CHECKLIST_ANSWERS)),
							'ガイドライン要件ごとの回答（unanswered＝未回答、unknown＝分からない）',
							'Answer per guideline requirement (unanswered, unknown allowed)'
						),
						vendor: f(
							z.record(z.string().regex(REQUIREMENT_ID), VendorConditions),
							'外部委託した要件の契約と確認の状況',
							'Contract and monitoring of outsourced requirements'
						),
						remediationMonths: f(
							z.number().finite().min(0).max(60),
							'未実装の必須要件を直すまでの期間（運営中のサイト）',
							'Months until the missing mandatory requirements are fixed (running site)',
							'か月'
						)
					})
					.strict(),
				'セキュリティ対策要件チェックリスト（IPA骨子）',
				'Security requirement checklist (IPA outline)'
			),
			currentForm: f(
				z.enum(SITE_FORMS).nullable(),
				'現在の運営形態（運営中のサイト）',
				'Current site form (running site)'
			),
			paymentIntegration: f(
				z.enum(PAYMENT_INTEGRATIONS),
				'決済の接続方式（自社サイト）',
				'Payment integration (own site)'
			),
			vulnResponseTicks: f(
				z.array(z.string().regex(/^[a-z0-9-]+$/)),
				'脆弱性対応チェックリストで済んでいる項目（IPA 脆弱性対応ガイド 付録）',
				'Items done on the vulnerability-response checklist (IPA guide, appendix)'
			),
			iframeScriptControls: f(
				z.enum(IFRAME_SCRIPT_CONTROLS),
				'iframe 型の決済ページでのスクリプト管理（PCI DSS 2025年 SAQ A 基準）',
				'Script controls on an iframe payment page (2025 SAQ A criterion)'
			),
			cards: f(
				z
					.object({
						visa: brandCount('Visa の年間取引件数', 'Visa transactions a year'),
						mastercard: brandCount('Mastercard の年間取引件数', 'Mastercard transactions a year'),
						jcb: brandCount('JCB の年間取引件数', 'JCB transactions a year'),
						amex: brandCount('American Express の年間取引件数', 'American Express transactions a year'),
						highRiskGoods: f(z.boolean(), '不正利用の多い商材を扱う', 'Sells goods with high fraud risk'),
						recentFraud: f(z.boolean(), '最近、不正利用が発生した', 'Recent card fraud')
					})
					.strict(),
				'カード取引',
				'Card transactions'
			)
		})
		.strict()
		.superRefine((p, ctx) => {
			const allowed: readonly string[] = p.checklist.mode === 'new' ? NEW_SITE_ANSWERS : RUNNING_SITE_ANSWERS;
			for (const [id, answer] of Object.entries(p.checklist.answers)) {
				if (!allowed.includes(answer)) {
					ctx.addIssue({
						code: 'custom',
						path: ['checklist', 'answers', id],
						// zod's own message (never shown: parse.ts reads the params)
						message: 'answer-for-mode',
						params: {
							refinement: 'answer-for-mode',
							mode: p.checklist.mode,
							allowed: [...allowed]
						} satisfies ScenarioRefinement
					});
				}
			}
		}),
	'リスク対策の状況',
	'Risk posture'
);

/**
 * How far an answer covers its requirement: `met` (in house, implemented, or outsourced with both of the
 * outline's conditions), `conditional` (outsourced, but not in the contract or not checked: counted as partly
 * met by the risk model), `unmet` (not feasible, not implemented, not fixable, unknown, unanswered).
 */
export type Coverage = 'met' | 'conditional' | 'unmet';

export function coverageOf(checklist: Scenario['posture']['checklist'], id: string): Coverage {
	const answer = checklist.answers[id];
	if (answer === 'in-house' || answer === 'implemented') return 'met';
	if (answer !== 'outsourced') return 'unmet';
	const v = checklist.vendor[id];
	return v?.inContract && v.monitored ? 'met' : 'conditional';
}

/** Answers that leave a requirement to confirm: 分からない and 未回答. */
export const TO_CONFIRM: readonly ChecklistAnswer[] = ['unknown', 'unanswered'];

/**
 * Cyber insurance (operation requirement 6): one option for every form, in force only when ops-06 is answered
 * as met. The premium left blank (null) is read from data/ by the merchant's revenue band; the cost limit and
 * deductible apply to the response costs, with the per-incident sub-limits stated for the three items policies
 * often limit.
 */
export const Insurance = f(
	z
		.object({
			premiumAnnual: yenOrUnknown(
				'サイバー保険料（年額、空欄は売上規模の目安）',
				'Cyber insurance premium, yearly (blank: by revenue band)',
				'円/年'
			),
			costLimit: yen('サイバー保険の費用支払限度額（1事故）', 'Insurance limit for costs (per incident)'),
			deductible: yen('サイバー保険の自己負担額', 'Insurance deductible'),
			sublimits: f(
				z
					.object({
						fraudCompensation: yen(
							'不正利用の補填の支払限度額（1事故）',
							'Sub-limit for card-fraud compensation (per incident)'
						),
						cardReissue: yen(
							'カード再発行費用の支払限度額（1事故）',
							'Sub-limit for card reissue (per incident)'
						),
						apologyPerPerson: yen(
							'見舞金・見舞品の支払限度額（被害者1名あたり）',
							'Sub-limit for apology payments (per person)',
							'円/人'
						)
					})
					.strict(),
				'支払限度額の内訳（特約・小限度額）',
				'Sub-limits'
			)
		})
		.strict(),
	'サイバー保険（運用時要件6）',
	'Cyber insurance (operation requirement 6)'
);

export const Simulation = f(
	z
		.object({
			trials: f(z.number().int().min(1000).max(1_000_000), '試行回数', 'Trials'),
			seed: f(z.number().int().min(0).max(4294967295), '乱数シード', 'Random seed')
		})
		.strict(),
	'シミュレーション設定',
	'Simulation settings'
);

/**
 * An override of one figure of the risk model (data/risk-model.json `parameters`), in the figure's own unit (% as
 * written, 万円 where the figure is in 万円): `value` for a point, `low` / `mostLikely` / `high` for a range. A
 * range may be overridden in part: the fields left out keep the figure's own. Which fields a parameter takes, its
 * id and the range of each value depend on data/, so parse.ts checks them against the data set.
 */
const assumptionNumber = (ja: string, en: string) => f(z.number().finite(), ja, en);
export const AssumptionOverride = f(
	z
		.object({
			value: assumptionNumber('値', 'Value').optional(),
			low: assumptionNumber('下限', 'Low').optional(),
			mostLikely: assumptionNumber('最頻値', 'Most likely').optional(),
			high: assumptionNumber('上限', 'High').optional()
		})
		.strict(),
	'前提の変更',
	'Changed assumption'
);
export type AssumptionOverride = z.infer<typeof AssumptionOverride>;
export const ASSUMPTION_FIELDS = ['value', 'low', 'mostLikely', 'high'] as const;
export type AssumptionField = (typeof ASSUMPTION_FIELDS)[number];

export const Scenario = z
	.object({
		version: f(z.literal(SCENARIO_VERSION), 'シナリオ形式のバージョン', 'Scenario format version'),
		business: Business,
		horizonYears: f(z.number().int().min(1).max(20), '比較期間', 'Horizon', '年'),
		discountRate: f(z.number().finite().min(0).max(50), '割引率', 'Discount rate', '%'),
		forms: f(
			z
				.object({
					scratch: SelfRunForm,
					package: SelfRunForm,
					managed: SelfRunForm,
					saas: PlatformForm,
					mall: PlatformForm
				})
				.strict(),
			'比較する運営形態',
			'Site forms compared'
		),
		posture: Posture,
		insurance: Insurance,
		simulation: Simulation,
		assumptions: f(
			z.record(z.string(), AssumptionOverride).default({}),
			'前提の変更（詳細設定）',
			'Changed assumptions (advanced settings)'
		)
	})
	.strict();
export type Scenario = z.infer<typeof Scenario>;
export type SelfRunFormInput = z.infer<typeof SelfRunForm>;
export type PlatformFormInput = z.infer<typeof PlatformForm>;
