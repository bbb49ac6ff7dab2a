/**
 * User-visible names, in Japanese and English, of every code the CLI's text outputs show: site forms, checklist
 * modes, answers, coverage and verdicts, the recommendation's basis and exclusion kinds, card-rule statuses, the
 * stay-or-migrate plans, loss items. The report renders codes only through this table (ids stay only where a
 * machine reads them: JSON, and the id columns of the CSV).
 *
 * Each table is typed by the model's own code type (`Record<ChecklistVerdict, Label>` …), so a code added to the
 * model without a label fails type checking; labels.spec.ts checks the same at run time against the model's
 * exported const arrays and against the codes real results contain.
 */
import type { Text } from '../data/figure';
import { m } from '../paraglide/messages.js';
import type { DataSet } from '../data/files';
import type { SiteForm } from '../data/forms';
import { fieldLabel, requirementLabel } from '../model';
import type {
	CardRulesResult,
	ChecklistAnswer,
	ChecklistVerdict,
	Coverage,
	MissingItem,
	Recommendation,
	RequirementStatus,
	SaqType,
	Scenario,
	SeverityItem,
	StayOrMigrate,
	StopGap
} from '../model';

export type Label = Text;

const both = (message: (locale: 'ja' | 'en') => string): Label => ({ ja: message('ja'), en: message('en') });

/** The five site forms, named once: the UI's Paraglide messages (messages/*.json). */
export const FORM_LABELS: Record<SiteForm, Label> = {
	scratch: both((locale) => m.formScratch({}, { locale })),
	package: both((locale) => m.formPackage({}, { locale })),
	managed: both((locale) => m.formManaged({}, { locale })),
	saas: both((locale) => m.formSaas({}, { locale })),
	mall: both((locale) => m.formMall({}, { locale }))
};

/** Form names inside a sentence (English takes an article there). */
export const FORM_IN_SENTENCE: Record<SiteForm, Label> = {
	scratch: both((locale) => m.formScratchInSentence({}, { locale })),
	package: both((locale) => m.formPackageInSentence({}, { locale })),
	managed: both((locale) => m.formManagedInSentence({}, { locale })),
	saas: both((locale) => m.formSaasInSentence({}, { locale })),
	mall: both((locale) => m.formMallInSentence({}, { locale }))
};

export const MODE_LABELS: Record<Scenario['posture']['checklist']['mode'], Label> = {
	new: { ja: '新規構築（IPA骨子 第二部 第2章）', en: 'New site (IPA outline, part 2 ch. 2)' },
	running: { ja: '運営中のサイト（IPA骨子 第二部 第3章）', en: 'Running site (IPA outline, part 2 ch. 3)' }
};

export const ANSWER_LABELS: Record<ChecklistAnswer, Label> = {
	'in-house': { ja: '自社で対応可能', en: 'Can do in house' },
	outsourced: { ja: '外部委託で対応', en: 'Outsourced' },
	'not-feasible': { ja: '対応困難', en: 'Not feasible' },
	implemented: { ja: '実装済み', en: 'Implemented' },
	'not-implemented': { ja: '未実装', en: 'Not implemented' },
	'not-fixable': { ja: '対策できない', en: 'Cannot be fixed' },
	unknown: { ja: '分からない', en: 'Don’t know' },
	unanswered: { ja: '未回答', en: 'Not answered' }
};

export const COVERAGE_LABELS: Record<Coverage, Label> = {
	met: { ja: '満たす', en: 'Met' },
	conditional: {
		ja: '一部のみ（契約への記載または委託先の確認がない）',
		en: 'Partly (not in the contract or not monitored)'
	},
	unmet: { ja: '満たさない', en: 'Not met' }
};

export const VENDOR_MISSING_LABELS: Record<RequirementStatus['vendorMissing'][number], Label> = {
	contract: { ja: '契約書に記載なし', en: 'Not in the contract' },
	monitoring: { ja: '委託先の対応を確認していない', en: 'Vendor’s work not checked' }
};

export const VERDICT_LABELS: Record<ChecklistVerdict, Label> = {
	incomplete: {
		ja: '未完了（未回答・分からない必須要件があり判定できない）',
		en: 'Incomplete (mandatory items unanswered or unknown: no verdict yet)'
	},
	'self-build-allowed': { ja: '自社構築・運用してよい', en: 'Self-build allowed' },
	'self-build-with-conditions': {
		ja: '条件付きで自社構築可（外部委託分を契約に盛り込み、継続的に確認する）',
		en: 'Self-build with conditions (outsourced items in the contract and checked)'
	},
	'do-not-self-build': { ja: '自社構築・運用は避ける', en: 'Do not self-build' },
	continue: { ja: '現状のまま運営を継続してよい', en: 'Continue as is' },
	urgent: { ja: '至急、未実装の必須要件に対応', en: 'Urgent: fix the missing mandatory items' },
	'migrate-or-stop': {
		ja: '移行または停止を検討（対策できない必須要件がある）',
		en: 'Consider migrating or stopping (a mandatory item cannot be fixed)'
	}
};

export const BASIS_LABELS: Record<Recommendation['basis'], Label> = {
	'risk-adjusted-total': {
		ja: 'リスク調整後総コスト（期間合計）が最小',
		en: 'lowest risk-adjusted total cost over the horizon'
	},
	'risk-adjusted-total-discounted': {
		ja: 'リスク調整後総コスト（期間合計・割引後）が最小',
		en: 'lowest risk-adjusted total cost over the horizon, discounted'
	}
};

export const EXCLUSION_KIND_LABELS: Record<Recommendation['excluded'][number]['kind'], Label> = {
	rule: { ja: 'ガイドラインの規定により除外', en: 'excluded by the guideline' },
	pending: { ja: 'チェックリストに回答するまで除外', en: 'excluded until the checklist is answered' }
};

export const SAQ_LABELS: Record<SaqType, Label> = {
	A: { ja: 'SAQ A（決済をすべて外部に委託）', en: 'SAQ A (payment fully outsourced)' },
	'A-EP': {
		ja: 'SAQ A-EP（自社サイトが決済ページに影響する）',
		en: 'SAQ A-EP (own site affects the payment page)'
	},
	D: { ja: 'SAQ D（カード情報を自社で扱う）', en: 'SAQ D (card data on own systems)' }
};

export const ASV_LABELS: Record<CardRulesResult['asvScan'], Label> = {
	required: { ja: '必要（四半期ごと）', en: 'Required (quarterly)' },
	verify: { ja: '要確認', en: 'To be confirmed' },
	'not-applicable': { ja: '対象外', en: 'Not applicable' }
};

export const NON_RETENTION_LABELS: Record<'met' | 'not-met', Label> = {
	met: { ja: '○ 満たす', en: 'Met' },
	'not-met': { ja: '× 満たさない', en: 'Not met' }
};

export const PLATFORM_PCI_LABELS: Record<NonNullable<CardRulesResult['platformPci']>['status'], Label> = {
	compliant: { ja: 'PCI DSS 準拠', en: 'PCI DSS compliant' },
	'non-compliant': { ja: 'PCI DSS 非準拠', en: 'Not PCI DSS compliant' },
	unknown: { ja: 'PCI DSS 準拠状況は不明', en: 'PCI DSS status unknown' }
};

export const STOP_GAP_LABELS: Record<StopGap['id'], Label> = {
	waf: { ja: 'WAF の導入', en: 'A web application firewall' },
	'cyber-insurance': { ja: 'サイバー保険への加入', en: 'Cyber insurance' }
};

export const FIX_KIND_LABELS: Record<MissingItem['fix'], Label> = {
	'one-off': { ja: '一度の対応', en: 'one-off fix' },
	recurring: { ja: '継続的な運用費', en: 'recurring operating cost' },
	quote: { ja: '見積りが必要', en: 'quote needed' }
};

/** What a missing requirement's fix means, said once per kind. */
export const FIX_NOTES: Record<MissingItem['fix'], Label> = {
	'one-off': {
		ja: '脆弱性診断1回分の費用（シナリオの値）。',
		en: 'One vulnerability assessment (the scenario’s price).'
	},
	recurring: {
		ja: '運用の費用として毎年計上（セキュリティ運用費に含む）。',
		en: 'A recurring operating cost, counted every year in security operations.'
	},
	quote: {
		ja: '修正費用は骨子に示されていない。委託先の見積りを入れる。',
		en: 'The outline gives no fix cost: get a quote from the vendor.'
	}
};

/** The stay-or-migrate plans (a form id names a migration to that form). */
export const PLAN_LABELS: Record<
	Exclude<NonNullable<StayOrMigrate['cheapest']>, SiteForm> | 'stay-as-is',
	Label
> = {
	'stay-as-is': { ja: '現状のまま', en: 'Stay as is' },
	'stay-and-fix': { ja: '対策して継続', en: 'Stay and fix' }
};

export const LOSS_ITEM_LABELS: Record<SeverityItem, Label> = {
	forensics: { ja: 'フォレンジック調査', en: 'Forensic investigation' },
	cardReissue: { ja: 'カード再発行', en: 'Card reissue' },
	fraudCompensation: { ja: '不正利用の補償', en: 'Card-fraud compensation' },
	callCentre: { ja: '問合せ窓口', en: 'Call centre' },
	notification: { ja: '通知・お詫び状', en: 'Notification letters' },
	legal: { ja: '弁護士・コンサルタント', en: 'Legal and consulting' },
	apology: { ja: '見舞金・見舞品', en: 'Apology payments' },
	hardening: { ja: '事故後の強化・移行', en: 'Hardening or migration after the incident' },
	insuranceRecovery: { ja: '保険金（差し引き）', en: 'Insurance recovery (deducted)' },
	closure: { ja: 'サイト停止中の逸失粗利', en: 'Gross profit lost while closed' },
	depressedSales: { ja: '再開後の売上減', en: 'Depressed sales after reopening' },
	lostCustomers: { ja: '離反顧客', en: 'Customers lost' },
	exit: { ja: 'EC撤退', en: 'Exit from e-commerce' }
};

/** Words the outputs use around the codes. */
export const TERMS = {
	lowerBound: { ja: '以上', en: 'or more' },
	lowerBoundNote: {
		ja: '「以上」: 不明な項目を含めていない下限',
		en: '"or more": a lower bound, unknown items left out'
	},
	unknownCost: { ja: '費用不明', en: 'cost unknown' },
	none: { ja: 'なし', en: 'none' },
	never: { ja: '逆転しない', en: 'never' },
	notAnOption: {
		ja: '選べない（対策できない必須要件がある）',
		en: 'not an option (a mandatory item cannot be fixed)'
	}
} as const satisfies Record<string, Label>;

/** One table of every code family, for lookups and for the spec. */
export const LABELS = {
	form: FORM_LABELS,
	mode: MODE_LABELS,
	answer: ANSWER_LABELS,
	coverage: COVERAGE_LABELS,
	vendorMissing: VENDOR_MISSING_LABELS,
	verdict: VERDICT_LABELS,
	basis: BASIS_LABELS,
	exclusionKind: EXCLUSION_KIND_LABELS,
	saq: SAQ_LABELS,
	asvScan: ASV_LABELS,
	nonRetention: NON_RETENTION_LABELS,
	platformPci: PLATFORM_PCI_LABELS,
	stopGap: STOP_GAP_LABELS,
	fixKind: FIX_KIND_LABELS,
	plan: PLAN_LABELS,
	lossItem: LOSS_ITEM_LABELS
} as const;
export type LabelFamily = keyof typeof LABELS;

/** The label of a code; a code with no label (a model change the spec has not caught yet) shows as itself. */
export function label(family: LabelFamily, code: string): Label {
	return (LABELS[family] as Record<string, Label>)[code] ?? { ja: code, en: code };
}

/** A stay-or-migrate plan: stay as is, stay and fix, or migrate to a form. */
export function planLabel(plan: string): Label {
	if (plan in FORM_LABELS) {
		const f = FORM_LABELS[plan as SiteForm];
		return { ja: `${f.ja}へ移行`, en: `Migrate to ${f.en}` };
	}
	return label('plan', plan);
}

/** 構築時要件1 (build-01) / build requirement 1 (build-01). */
export function requirementName(data: DataSet, id: string): Label {
	const l = requirementLabel(data, id);
	return l.ja === id ? l : { ja: `${l.ja}（${id}）`, en: `${l.en} (${id})` };
}

/**
 * A list of requirements, compact: 構築時要件1〜14・運用時要件1〜4 / build requirements 1–14, operation
 * requirements 1–4 (ids data/ does not know are listed as they are).
 */
export function requirementList(data: DataSet, ids: readonly string[]): Label {
	const all = data['guideline-requirements.json'].requirements;
	const ja: string[] = [];
	const en: string[] = [];
	for (const [phase, jaName, enName] of [
		['build', '構築時要件', 'build requirement'],
		['operation', '運用時要件', 'operation requirement']
	] as const) {
		const nos = all
			.filter((r) => r.phase === phase && ids.includes(r.id))
			.map((r) => r.no)
			.sort((a, b) => a - b);
		if (nos.length === 0) continue;
		const runs: [number, number][] = [];
		for (const n of nos) {
			const last = runs[runs.length - 1];
			if (last && n === last[1] + 1) last[1] = n;
			else runs.push([n, n]);
		}
		const text = (sep: string, dash: string) =>
			runs.map(([a, b]) => (a === b ? `${a}` : b === a + 1 ? `${a}${sep}${b}` : `${a}${dash}${b}`)).join(sep);
		ja.push(`${jaName}${text('・', '〜')}`);
		en.push(`${enName}${nos.length > 1 ? 's' : ''} ${text(', ', '–')}`);
	}
	const unknown = ids.filter((id) => !all.some((r) => r.id === id));
	return { ja: [...ja, ...unknown].join('・'), en: [...en, ...unknown].join('; ') };
}

/** A scenario field by its label (the dotted path when the schema has none). */
export function fieldName(path: string): Label {
	return fieldLabel(path) ?? { ja: path, en: path };
}
