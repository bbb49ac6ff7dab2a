/**
 * The engine's codes worded for a person, in Japanese and English: the recommendation's reasons and warnings,
 * the cost messages and the contradictions. The model returns codes with figures (yen, fractions, years);
 * every sentence and every formatted number is made here, so each output (CLI, report, dashboard) words the
 * same result the same way.
 */
import type { DataSet } from '../data/files';
import type {
	CardRuleNote,
	CardRulesResult,
	Contradiction,
	ModelMessage,
	RankedTotal,
	Reason,
	RecommendationWarning
} from '../model';
import { ANSWER_LABELS, FORM_IN_SENTENCE, FORM_LABELS, fieldName, requirementList } from './labels';
import { asOfDate, percent, yen, yenShort } from '../format';

type Both = { ja: string; en: string };

const ja = (amount: number) => yenShort(amount, 'ja');
const en = (amount: number) => yenShort(amount, 'en');
const pct = (fraction: number) => percent(fraction, 'en');
/** "2025-03-31" → 2025年3月末 / the end of March 2025 (a month-end deadline as the guideline words it) */
const monthEnd = (date: string): Both => ({
	ja: `${asOfDate(date.slice(0, 7), 'ja')}末`,
	en: `the end of ${asOfDate(date.slice(0, 7), 'en')}`
});

/** A total as a director reads it: "1,234万円", or "1,234万円以上" when quotes are missing. */
const total = (r: RankedTotal): Both => ({
	ja: `${ja(r.total)}${r.lowerBound ? '以上' : ''}`,
	en: `${r.lowerBound ? 'at least ' : ''}${en(r.total)}`
});
const form = (f: keyof typeof FORM_IN_SENTENCE) => FORM_IN_SENTENCE[f];
const fields = (paths: readonly string[]): Both => ({
	ja: paths.map((p) => `${fieldName(p).ja}（${p}）`).join('、'),
	en: paths.map((p) => `${fieldName(p).en} (${p})`).join('; ')
});

/** A sensitivity lever by id: a risk-model parameter (its use) or a business field (its label). */
export function leverText(data: DataSet, id: string): Both {
	if (id.startsWith('business.')) return fieldName(id);
	return data['risk-model.json'].parameters.find((p) => p.id === id)?.use ?? { ja: id, en: id };
}

/** A checklist rule by id, in the outline's words (data/guideline-requirements.json checklistRules). */
export function ruleText(data: DataSet, rule: { mode: 'newSite' | 'runningSite'; id: string }): Both {
	const r = data['guideline-requirements.json'].checklistRules[rule.mode].rules.find((x) => x.id === rule.id);
	return r ? r.text : { ja: rule.id, en: rule.id };
}

export function reasonText(data: DataSet, r: Reason): Both {
	switch (r.code) {
		case 'lowest-total': {
			const { horizon: H, best, runnerUp, margin, marginShare } = r.params;
			const [b, s] = [total(best), total(runnerUp)];
			return {
				ja: `${H}年間のリスク調整後総コスト（構築・運用費＋情報漏えい損失の期待値）は、${form(best.form).ja}が${b.ja}で最も低く、次点の${form(runnerUp.form).ja}（${s.ja}）より${ja(margin)}（${pct(marginShare)}）少ない。`,
				en: `Over ${H} years the risk-adjusted total cost (build and running costs plus the expected loss from breaches) is lowest for ${form(best.form).en} (${b.en}): ${en(margin)} (${pct(marginShare)}) below the runner-up, ${form(runnerUp.form).en} (${s.en}).`
			};
		}
		case 'only-form': {
			const { horizon: H, best } = r.params;
			const b = total(best);
			return {
				ja: `${H}年間のリスク調整後総コストは${form(best.form).ja}で${b.ja}。比較できる形態はこれだけです。`,
				en: `Over ${H} years the risk-adjusted total cost of ${form(best.form).en} is ${b.en}; it is the only form left to compare.`
			};
		}
		case 'lower-bound': {
			const { role, ranked, missing } = r.params;
			const t = total(ranked);
			const f = fields(missing);
			return role === 'recommended'
				? {
						ja: `推奨の${form(ranked.form).ja}の総額は下限（${t.ja}）です。次の見積りが入っていません：${f.ja}。見積りを入れると順位が変わる可能性があります。`,
						en: `The recommended form's total (${form(ranked.form).en}) is a lower bound (${t.en}): these quotes are missing — ${f.en}. Entering them may change the ranking.`
					}
				: {
						ja: `次点の${form(ranked.form).ja}の総額は下限（${t.ja}）です。次の見積りが入っていません：${f.ja}。見積りを入れると順位が変わる可能性があります。`,
						en: `The runner-up form's total (${form(ranked.form).en}) is a lower bound (${t.en}): these quotes are missing — ${f.en}. Entering them may change the ranking.`
					};
		}
		case 'checklist-incomplete': {
			const n = r.params.count;
			return {
				ja: `セキュリティ対策要件のチェックリストが未完了（必須${n}項目が未回答・不明）のため、自社構築の形態は要件を満たしていないものとして扱い、推奨の対象にしていない（IPA骨子：すべての行が埋まっていることを必ず確認）。`,
				en: `The security requirement checklist is incomplete (${n} mandatory item${n === 1 ? '' : 's'} unanswered or unknown), so the self-built forms are treated as not meeting the requirements and are not recommended (IPA outline: every row must be filled in).`
			};
		}
		case 'security-floor': {
			const { floorMonthly, horizon: H, horizonTotal, form: f } = r.params;
			return {
				ja: `自社構築のセキュリティ運用費は最低月${ja(floorMonthly)}（IPA 2022）で、${H}年間で${ja(horizonTotal)}になる（${form(f).ja}の場合）。SaaS・モールではこの運用をプラットフォームが担う。`,
				en: `A self-built site's security operations cost at least ${yen(floorMonthly, 'en')} a month (IPA, 2022): ${en(horizonTotal)} over ${H} years for ${form(f).en}. On SaaS and malls the platform runs them.`
			};
		}
		case 'breach-odds': {
			const { form: f, horizon: H, probability, perIncident } = r.params;
			return {
				ja: `${form(f).ja}で${H}年間に情報漏えいが起きる確率は${pct(probability)}、起きた場合の損失は1件あたり平均${ja(perIncident)}と見込む（PPC調査 2022・IPA骨子の被害額から）。`,
				en: `With ${form(f).en} the chance of a breach within ${H} years is ${pct(probability)}; a breach would cost ${en(perIncident)} on average (from the losses in the PPC survey, 2022, and the IPA outline).`
			};
		}
		case 'self-built-share': {
			const p = percent(r.params.share, 'en', { digits: 0 });
			return {
				ja: `不正アクセスを受けたECサイトの${p}は自社構築だった（IPA骨子が引くPPC調査）。`,
				en: `${p} of the breached EC sites were self-built (PPC survey, as quoted in the IPA outline).`
			};
		}
		case 'cannot-self-build': {
			const reqs = requirementList(data, r.params.requirements);
			return {
				ja: `必須要件（${reqs.ja}）を自社でも外部委託でも満たせないため、自社構築は選べない（IPA骨子 第二部 第2章 2.(2)）。`,
				en: `Mandatory requirements (${reqs.en}) cannot be met in house or by a vendor, so building the site yourself is ruled out (IPA outline, Part 2, ch. 2, 2.(2)).`
			};
		}
		case 'card-rules': {
			const { form: f, saq, nonRetentionMet, emv3dsDeadline } = r.params;
			const d = monthEnd(emv3dsDeadline);
			return {
				ja: `${form(f).ja}ではPCI DSSの自己評価はSAQ ${saq}、カード情報の非保持化は${nonRetentionMet ? '満たす' : '満たさない（PCI DSSへの完全準拠が必要）'}（割賦販売法）。EMV 3-Dセキュアは${d.ja}から必須。`,
				en: `With ${form(f).en} the PCI DSS self-assessment is SAQ ${saq} and card-data non-retention is ${nonRetentionMet ? 'met' : 'not met (full PCI DSS compliance is required)'} (Installment Sales Act); EMV 3-D Secure has been mandatory since ${d.en}.`
			};
		}
		case 'small-ec-no-staff':
			return {
				ja: 'ECが売上の5%以下でセキュリティ担当者もいない事業者は、費用をかけにくいと骨子のヒアリングにある。それでも自社構築が最も安く、必須要件もすべて満たせるため推奨に残している。',
				en: 'The outline hearing notes that firms whose EC is 5% or less of sales, with no security staff, find it hard to spend on security; the self-built form is still recommended only because it costs least and every mandatory requirement is covered.'
			};
		case 'heavy-customisation':
			return {
				ja: `SaaS・モールでは独自機能の作り込みに制約がある。自社構築を選ぶなら、最低月${ja(r.params.floorMonthly)}のセキュリティ運用と、必須要件をすべて満たす体制（自社か委託）を用意する必要がある。`,
				en: `SaaS and malls limit bespoke features; building it yourself instead means funding at least ${yen(r.params.floorMonthly, 'en')} a month of security operations and covering every mandatory requirement, in house or by a vendor.`
			};
	}
}

/** A note on the card rules: a data note by id, or the 2025 iframe criterion. */
export function cardNoteText(data: DataSet, n: CardRuleNote): Both {
	if (n.code === 'data-note') {
		const note = data['card-rules.json'].notes.find((x) => x.id === n.id);
		return note ? note.text : { ja: n.id, en: n.id };
	}
	return {
		ja: 'iframe 型でも、決済ページのスクリプトを管理・監視していなければ SAQ A ではなく A-EP になる（PCI DSS v4.0.1、2025年の SAQ A 改訂）。',
		en: 'An iframe integration without script management and monitoring on the payment page is SAQ A-EP, not A (PCI DSS v4.0.1, 2025 SAQ A revision).'
	};
}

export function warningText(
	data: DataSet,
	w: RecommendationWarning,
	cardRules: readonly CardRulesResult[]
): Both {
	switch (w.code) {
		case 'platform-pci-unknown':
			return {
				ja: `${FORM_LABELS[w.params.form].ja}のプラン（${w.params.plan}）は PCI DSS 準拠の根拠が data/ にありません。契約前に準拠を確認してください（IPA骨子 第二部 第2章 4.）。`,
				en: `The ${FORM_LABELS[w.params.form].en} plan (${w.params.plan}) has no PCI DSS evidence in data/: confirm compliance before signing (IPA outline, Part 2, ch. 2, 4.).`
			};
		case 'pci-scope-unpriced': {
			const scope = cardRules.find((c) => c.form === w.params.form)?.scopeCosts ?? [];
			const figures = (id: string) =>
				data['card-rules.json'].scopeCosts.find((c) => c.id === id)?.figures ?? [];
			const items = w.params.scopeCosts.flatMap((id) =>
				(scope.find((c) => c.id === id)?.unknown ?? []).flatMap((i) => {
					const f = figures(id)[i];
					return f ? [f.label] : [];
				})
			);
			const names = {
				ja: items.map((u) => u.ja).join('・') || w.params.scopeCosts.join('・'),
				en: items.map((u) => u.en).join(', ') || w.params.scopeCosts.join(', ')
			};
			return {
				ja: `SAQ ${w.params.saq} の範囲で必要な費用（${names.ja}）は価格が分からないため総コストに含めていません。見積りを入れてください。`,
				en: `Costs the SAQ ${w.params.saq} scope adds (${names.en}) have no known price and are not in the total: enter quotes.`
			};
		}
	}
}

export function messageText(m: ModelMessage): Both {
	switch (m.code) {
		case 'unknown-input': {
			const l = fieldName(m.field);
			return {
				ja: `「${l.ja}」は不明のため計算に含めていません。見積りを入力してください（${m.field}）。`,
				en: `"${l.en}" is unknown and left out of the total: enter a quote (${m.field}).`
			};
		}
		case 'below-security-floor': {
			const { monthlyItems, floorMonthly } = m.params;
			return {
				ja: `セキュリティ運用費が月${yen(monthlyItems, 'ja')}で、IPAの骨子が示す自社構築の最低額（月${ja(floorMonthly)}）を下回っています。`,
				en: `Security operating cost is ${yen(monthlyItems, 'en')} a month, below the minimum the IPA outline gives for a self-built site (${yen(floorMonthly, 'en')} a month).`
			};
		}
		case 'unknown-preset':
			return {
				ja: `料金プラン「${m.params.plan}」は data/platforms.json にありません。`,
				en: `Plan "${m.params.plan}" is not in data/platforms.json.`
			};
		case 'fee-range-midpoint': {
			const { label, low, high, unit } = m.params;
			return {
				ja: `${label.ja}は ${low}〜${high}${unit} の中央値で計算`,
				en: `${label.en} is taken at the midpoint of ${low}–${high} ${unit}`
			};
		}
		case 'conditional-fee-excluded':
			return {
				ja: `条件付きの費用は含めていない：${m.params.label.ja}`,
				en: `Conditional fee not included: ${m.params.label.en}`
			};
		case 'plan-chosen':
			return {
				ja: `売上に合わせて同じサービスの最安のプラン（${m.params.plan}）で計算しています（指定は${m.params.given}）。`,
				en: `Costed on the cheapest plan of the same service for this revenue (${m.params.plan}; given: ${m.params.given}).`
			};
		case 'no-forms':
			return {
				ja: '比較する運営形態が選ばれていません。',
				en: 'No site form is selected for comparison.'
			};
	}
}

export function contradictionText(c: Contradiction): Both {
	switch (c.code) {
		case 'platform-with-own-card-data': {
			const mall = c.params.currentForm === 'mall';
			return {
				ja: `現在の形態が${mall ? 'モール' : 'SaaS'}なのに、決済の接続方式が「カード番号が自社サーバーを通過・保存される」になっています。`,
				en: `The current form is ${mall ? 'a mall' : 'SaaS'}, yet the payment integration says card numbers pass through or are stored on your own server.`
			};
		}
		case 'own-site-platform-checkout':
			return {
				ja: '決済の接続方式は自社サイト（スクラッチ・パッケージ）の方式です。「プラットフォームの決済」は SaaS・モールにだけ当てはまります。',
				en: 'The payment integration describes your own site (scratch, package); "platform checkout" only applies to SaaS and malls.'
			};
		case 'non-retention-answered-but-retains':
			return {
				ja: '構築時要件9（カード情報の非保持化）を対応済みとしていますが、決済の接続方式ではカード番号が自社サーバーを通過・保存されます。',
				en: 'Build requirement 9 (card data non-retention) is answered as covered, but the payment integration passes or stores card numbers on your server.'
			};
		case 'script-controls-without-iframe':
			return {
				ja: 'iframe のスクリプト管理が設定されていますが、決済の接続方式は iframe ではありません。',
				en: 'iframe script controls are set, but the payment integration is not an iframe.'
			};
		case 'measure-priced-but-not-in-place': {
			const { requirement, answer, costField, forms } = c.params;
			const cost = fieldName(`forms.${forms[0]}.security.${costField}`);
			const a = ANSWER_LABELS[answer];
			return {
				ja: `${requirement} は「${a.ja}」ですが、その費用（${cost.ja}）が入力されています。回答か費用のどちらかを直してください（この費用は計算に含めていません）。`,
				en: `${requirement} is answered "${a.en}", yet its cost (${cost.en}) is entered: correct the answer or the cost (the cost is left out).`
			};
		}
		case 'vendor-conditions-without-outsourcing':
			return {
				ja: `${c.params.requirement} に委託先の契約・確認の状況が入っていますが、回答は「外部委託」ではありません。`,
				en: `${c.params.requirement} has vendor contract and monitoring details, but it is not answered "outsourced".`
			};
		case 'running-without-current-form':
			return {
				ja: '運営中サイトのチェックリストですが、現在の運営形態が選ばれていません（継続か移行かの比較に必要です）。',
				en: 'The running-site checklist is chosen, but the current site form is not (the stay-or-migrate comparison needs it).'
			};
	}
}
