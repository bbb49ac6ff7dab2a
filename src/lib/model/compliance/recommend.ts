/**
 * The recommendation: hard rules first (the outline's checklist exclusions, a SaaS or mall preset known not to
 * be PCI DSS compliant), then the remaining forms ranked by risk-adjusted total cost over the horizon
 * (discounted when a discount rate is set), the margin to the runner-up, and 3–6 reasons a director can read
 * aloud, each tied to a figure and its source. Break-even and sensitivity are in analysis.ts.
 */
import type { Text } from '../../data/figure';
import type { DataSet } from '../../data/files';
import { SELF_RUN_FORMS, type SiteForm } from '../../data/forms';
import type { FormResult, Results } from '../evaluate';
import type { Scenario } from '../scenario';
import type { CardRulesResult } from './card-rules';
import type { ChecklistResult, RuleRef } from './checklist';
import { fieldLabel } from '../fields';
import { toBase } from '../units';
import { FORM_NAME, group, manYen, millionYen, monthEnd, percent } from '../wording';

export interface Reason {
	ja: string;
	en: string;
	sources: { id: string; section: string }[];
}

export interface RankedForm {
	form: SiteForm;
	riskAdjusted: number;
	/** forms whose total leaves out unknown items carry them here */
	unknownItems: string[];
	/** the total leaves out unknown items: it is a lower bound ("X円以上") */
	lowerBound: boolean;
}

export interface Recommendation {
	recommended: SiteForm | null;
	runnerUp: SiteForm | null;
	ranking: RankedForm[];
	excluded: {
		form: SiteForm;
		rule: Text;
		source: RuleRef['source'] | { id: string; section: string };
		requirements?: string[];
		/** `pending`: excluded until the checklist is answered */
		kind: 'rule' | 'pending';
	}[];
	warnings: Text[];
	margin: { yen: number; share: number } | null;
	reasons: Reason[];
	basis: 'risk-adjusted total' | 'risk-adjusted total, discounted';
}

const OUTLINE = 'ipa-ec-outline-2022';
const SELF_RUN_OR_MANAGED: readonly SiteForm[] = ['scratch', 'package', 'managed'];

function total(f: FormResult, discounted: boolean): number {
	return discounted ? f.riskAdjusted.totalDiscounted : f.riskAdjusted.total;
}

/** The forms not excluded, cheapest risk-adjusted total first. */
export function rankForms(
	results: Results,
	excluded: ReadonlySet<SiteForm>,
	discounted: boolean
): RankedForm[] {
	return results.forms
		.filter((f) => !excluded.has(f.form))
		.map((f) => ({
			form: f.form,
			riskAdjusted: total(f, discounted),
			unknownItems: f.cost.unknownItems,
			lowerBound: f.cost.lowerBound
		}))
		.sort((a, b) => a.riskAdjusted - b.riskAdjusted);
}

export function recommend(
	data: DataSet,
	s: Scenario,
	results: Results,
	checklist: ChecklistResult,
	cards: CardRulesResult[]
): Recommendation {
	const discounted = s.discountRate > 0;
	const excluded: Recommendation['excluded'] = checklist.exclusions
		.filter((e) => s.forms[e.form].enabled)
		.map((e) => ({
			form: e.form,
			rule: e.rule.text,
			source: e.rule.source,
			requirements: e.requirements,
			kind: e.kind
		}));
	const warnings: Text[] = [];
	const pciRule = data['guideline-requirements.json'].checklistRules.newSite.rules.find(
		(r) => r.id === 'saas-pci-dss'
	);
	for (const c of cards) {
		if (c.platformPci?.action === 'exclude' && pciRule)
			excluded.push({ form: c.form, rule: pciRule.text, source: pciRule.source, kind: 'rule' });
		if (c.platformPci?.action === 'warn') {
			warnings.push({
				ja: `${FORM_NAME[c.form].ja}のプラン（${c.platformPci.platform}）は PCI DSS 準拠の根拠が data/ にありません。契約前に準拠を確認してください（IPA骨子 第二部 第2章 4.）。`,
				en: `The ${c.form} plan (${c.platformPci.platform}) has no PCI DSS evidence in data/: confirm compliance before signing (IPA outline, Part 2, ch. 2, 4.).`
			});
		}
	}
	const ranking = rankForms(results, new Set(excluded.map((e) => e.form)), discounted);
	const best = ranking[0] ?? null;
	const second = ranking[1] ?? null;
	const margin =
		best && second
			? {
					yen: second.riskAdjusted - best.riskAdjusted,
					share: (second.riskAdjusted - best.riskAdjusted) / second.riskAdjusted
				}
			: null;
	const bestCards = best ? cards.find((c) => c.form === best.form) : undefined;
	const unpriced = bestCards?.scopeCosts.filter((c) => c.unknown.length > 0) ?? [];
	const entered =
		best && SELF_RUN_OR_MANAGED.includes(best.form)
			? s.forms[best.form as 'scratch'].security.pciScopeAnnual !== null
			: false;
	if (best && bestCards && unpriced.length > 0 && SELF_RUN_OR_MANAGED.includes(best.form) && !entered) {
		warnings.push({
			ja: `SAQ ${bestCards.saq.type} の範囲で必要な費用（${unpriced.map((c) => c.unknown.map((u) => u.ja).join('・')).join('、')}）は価格が分からないため総コストに含めていません。見積りを入れてください。`,
			en: `Costs the SAQ ${bestCards.saq.type} scope adds (${unpriced.map((c) => c.unknown.map((u) => u.en).join(', ')).join('; ')}) have no known price and are not in the total: enter quotes.`
		});
	}
	return {
		recommended: best?.form ?? null,
		runnerUp: second?.form ?? null,
		ranking,
		excluded,
		warnings,
		margin,
		reasons: best ? reasons(data, s, results, checklist, cards, best, second, margin, excluded) : [],
		basis: discounted ? 'risk-adjusted total, discounted' : 'risk-adjusted total'
	};
}

/** A scenario field as a person reads it: its label, with the field path for finding it. */
function fieldName(path: string, locale: 'ja' | 'en'): string {
	const label = fieldLabel(path);
	return label
		? `${label[locale]}（${path}）`.replace(/（(.*)）$/, locale === 'ja' ? '（$1）' : ' ($1)')
		: path;
}

/** A total as a director reads it: "1,234万円", or "1,234万円以上" when quotes are missing. */
const jaTotal = (r: RankedForm) => `${manYen(r.riskAdjusted)}${r.lowerBound ? '以上' : ''}`;
const enTotal = (r: RankedForm) => `${r.lowerBound ? 'at least ' : ''}${millionYen(r.riskAdjusted)}`;

function reasons(
	data: DataSet,
	s: Scenario,
	results: Results,
	checklist: ChecklistResult,
	cards: CardRulesResult[],
	best: RankedForm,
	second: RankedForm | null,
	margin: Recommendation['margin'],
	excluded: Recommendation['excluded']
): Reason[] {
	const H = s.horizonYears;
	const byForm = (f: SiteForm) => results.forms.find((x) => x.form === f)!;
	const b = byForm(best.form);
	// What the director must hear comes first (the ranking, lower bounds, an incomplete checklist, exclusions,
	// the outline's special cases); the supporting facts fill the rest, up to six.
	const list: Reason[] = [];
	const support: Reason[] = [];
	list.push(
		second && margin
			? {
					ja: `${H}年間のリスク調整後総コスト（構築・運用費＋情報漏えい損失の期待値）は、${FORM_NAME[best.form].ja}が${jaTotal(best)}で最も低く、次点の${FORM_NAME[second.form].ja}（${jaTotal(second)}）より${manYen(margin.yen)}（${percent(margin.share)}）少ない。`,
					en: `Over ${H} years the risk-adjusted total cost (build and running costs plus the expected loss from breaches) is lowest for ${FORM_NAME[best.form].en} (${enTotal(best)}): ${millionYen(margin.yen)} (${percent(margin.share)}) below the runner-up, ${FORM_NAME[second.form].en} (${enTotal(second)}).`,
					sources: []
				}
			: {
					ja: `${H}年間のリスク調整後総コストは${FORM_NAME[best.form].ja}で${jaTotal(best)}。比較できる形態はこれだけです。`,
					en: `Over ${H} years the risk-adjusted total cost of ${FORM_NAME[best.form].en} is ${enTotal(best)}; it is the only form left to compare.`,
					sources: []
				}
	);
	for (const r of [best, second]) {
		if (!r?.lowerBound) continue;
		const role = r === best ? { ja: '推奨', en: 'recommended' } : { ja: '次点', en: 'runner-up' };
		list.push({
			ja: `${role.ja}の${FORM_NAME[r.form].ja}の総額は下限（${jaTotal(r)}）です。次の見積りが入っていません：${r.unknownItems.map((f) => fieldName(f, 'ja')).join('、')}。見積りを入れると順位が変わる可能性があります。`,
			en: `The ${role.en} form's total (${FORM_NAME[r.form].en}) is a lower bound (${enTotal(r)}): these quotes are missing — ${r.unknownItems.map((f) => fieldName(f, 'en')).join('; ')}. Entering them may change the ranking.`,
			sources: []
		});
	}
	if (checklist.verdict === 'incomplete') {
		const n = checklist.mandatoryToConfirm.length;
		const rule = checklist.rule;
		list.push({
			ja: `セキュリティ対策要件のチェックリストが未完了（必須${n}項目が未回答・不明）のため、自社構築の形態は要件を満たしていないものとして扱い、推奨の対象にしていない（IPA骨子：すべての行が埋まっていることを必ず確認）。`,
			en: `The security requirement checklist is incomplete (${n} mandatory item${n === 1 ? '' : 's'} unanswered or unknown), so the self-built forms are treated as not meeting the requirements and are not recommended (IPA outline: every row must be filled in).`,
			sources: [{ id: rule.source.id, section: rule.source.section }]
		});
	}
	const floor = data['security-costs.json'].minimumMonthly;
	const floorYen = toBase(floor.value as number, floor.unit);
	const floorSource = floor.source ? [{ id: floor.source.id, section: floor.source.section }] : [];
	const selfRun = results.forms.filter((f) => SELF_RUN_FORMS.includes(f.form));
	if (selfRun.length > 0) {
		// what a self-built site running every operation requirement pays: at least the floor every year
		const ops = Math.max(
			selfRun[0]!.cost.years.reduce((a, y) => a + y.securityOps, 0),
			floorYen * 12 * H
		);
		support.push({
			ja: `自社構築のセキュリティ運用費は最低月${manYen(floorYen)}（IPA 2022）で、${H}年間で${manYen(ops)}になる（${FORM_NAME[selfRun[0]!.form].ja}の場合）。SaaS・モールではこの運用をプラットフォームが担う。`,
			en: `A self-built site's security operations cost at least ${group(floorYen)} yen a month (IPA, 2022): ${millionYen(ops)} over ${H} years for ${FORM_NAME[selfRun[0]!.form].en}. On SaaS and malls the platform runs them.`,
			sources: floorSource
		});
	}
	const risk = b.risk;
	support.push({
		ja: `${FORM_NAME[best.form].ja}で${H}年間に情報漏えいが起きる確率は${percent(risk.probabilityOfIncident.horizon, 2)}、起きた場合の損失は1件あたり平均${manYen(risk.perIncident.expected)}と見込む（PPC調査 2022・IPA骨子の被害額から）。`,
		en: `With ${FORM_NAME[best.form].en} the chance of a breach within ${H} years is ${percent(risk.probabilityOfIncident.horizon, 2)}; a breach would cost ${millionYen(risk.perIncident.expected)} on average (from the losses in the PPC survey, 2022, and the IPA outline).`,
		sources: [
			{ id: 'ppc-ec-survey-2022', section: '3 漏えい等事案による損失' },
			{ id: OUTLINE, section: '第一部 2.【被害】' }
		]
	});
	const selfBuiltShare = data['incident-costs.json'].postIncident.find(
		(x) => x.id === 'self-built-before'
	)?.figure;
	if (selfBuiltShare && typeof selfBuiltShare.value === 'number' && !SELF_RUN_FORMS.includes(best.form)) {
		support.push({
			ja: `不正アクセスを受けたECサイトの${selfBuiltShare.value}%は自社構築だった（IPA骨子が引くPPC調査）。`,
			en: `${selfBuiltShare.value}% of the breached EC sites were self-built (PPC survey, as quoted in the IPA outline).`,
			sources: selfBuiltShare.source
				? [{ id: selfBuiltShare.source.id, section: selfBuiltShare.source.section }]
				: []
		});
	}
	if (excluded.length > 0 && checklist.verdict === 'do-not-self-build') {
		const reqs = [...new Set(excluded.flatMap((e) => e.requirements ?? []))];
		list.push({
			ja: `必須要件（${reqs.join('、')}）を自社でも外部委託でも満たせないため、自社構築は選べない（IPA骨子 第二部 第2章 2.(2)）。`,
			en: `Mandatory requirements (${reqs.join(', ')}) cannot be met in house or by a vendor, so building the site yourself is ruled out (IPA outline, Part 2, ch. 2, 2.(2)).`,
			sources: [{ id: checklist.rule.source.id, section: checklist.rule.source.section }]
		});
	}
	const card = cards.find((c) => c.form === best.form);
	if (card) {
		support.push({
			ja: `${FORM_NAME[best.form].ja}ではPCI DSSの自己評価はSAQ ${card.saq.type}、カード情報の非保持化は${card.nonRetention.met ? '満たす' : '満たさない（PCI DSSへの完全準拠が必要）'}（割賦販売法）。EMV 3-Dセキュアは${monthEnd(card.emv3ds.deadline).ja}から必須。`,
			en: `With ${FORM_NAME[best.form].en} the PCI DSS self-assessment is SAQ ${card.saq.type} and card-data non-retention is ${card.nonRetention.met ? 'met' : 'not met (full PCI DSS compliance is required)'} (Installment Sales Act); EMV 3-D Secure has been mandatory since ${monthEnd(card.emv3ds.deadline).en}.`,
			sources: [{ id: 'ectco-card-rules-research', section: '§5.2, §5.4' }]
		});
	}
	if (s.business.ecShareOfSales <= 5 && !s.business.securityStaff && SELF_RUN_FORMS.includes(best.form)) {
		list.push({
			ja: 'ECが売上の5%以下でセキュリティ担当者もいない事業者は、費用をかけにくいと骨子のヒアリングにある。それでも自社構築が最も安く、必須要件もすべて満たせるため推奨に残している。',
			en: 'The outline hearing notes that firms whose EC is 5% or less of sales, with no security staff, find it hard to spend on security; the self-built form is still recommended only because it costs least and every mandatory requirement is covered.',
			sources: [{ id: OUTLINE, section: '第一部 1.（本調査：直近被害ECサイトへのヒアリング）' }]
		});
	}
	if (s.business.customisation === 'heavy' && !SELF_RUN_FORMS.includes(best.form)) {
		list.push({
			ja: `SaaS・モールでは独自機能の作り込みに制約がある。自社構築を選ぶなら、最低月${manYen(floorYen)}のセキュリティ運用と、必須要件をすべて満たす体制（自社か委託）を用意する必要がある。`,
			en: `SaaS and malls limit bespoke features; building it yourself instead means funding at least ${group(floorYen)} yen a month of security operations and covering every mandatory requirement, in house or by a vendor.`,
			sources: floorSource
		});
	}
	return [...list, ...support].slice(0, Math.max(6, list.length));
}
