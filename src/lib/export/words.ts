/**
 * The engine's codes worded for a person, in Japanese and English: the recommendation's reasons and warnings,
 * the cost messages and the contradictions. The model returns codes with figures (yen, fractions, years); here
 * each code picks its message (messages/results/{ja,en}.json: reason…, warning…, message…, contradiction…,
 * cardNote…) and its figures are formatted (src/lib/format), so each output (CLI, report, dashboard) words the
 * same result the same way. English counts (years, items) take the message's plural forms.
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
import { m, type Locale } from '../i18n';
import { bilingual as both } from './bilingual';
import { ANSWER_LABELS, FORM_IN_SENTENCE, FORM_LABELS, fieldName, requirementList } from './labels';
import { asOfDate, percent, yen, yenShort } from '../format';

type Both = { ja: string; en: string };

const short = (amount: number, locale: Locale) => yenShort(amount, locale);
const pct = (fraction: number) => percent(fraction, 'en');
/** "2025-03-31" → 2025年3月末 / the end of March 2025 (a month-end deadline as the guideline words it) */
const monthEnd = (date: string, locale: Locale) =>
	m.reasonMonthEnd({ month: asOfDate(date.slice(0, 7), locale) }, { locale });

/** A total as a director reads it: "1,234万円", or "1,234万円以上" when quotes are missing. */
const total = (r: RankedTotal, locale: Locale) =>
	r.lowerBound
		? m.reasonTotalLowerBound({ amount: short(r.total, locale) }, { locale })
		: short(r.total, locale);
const form = (f: keyof typeof FORM_IN_SENTENCE, locale: Locale) => FORM_IN_SENTENCE[f][locale];
const fields = (paths: readonly string[], locale: Locale) =>
	paths
		.map((path) => m.reasonFieldWithPath({ name: fieldName(path)[locale], path }, { locale }))
		.join(locale === 'ja' ? '、' : '; ');

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
			const { horizon, best, runnerUp, margin, marginShare } = r.params;
			return both((locale) =>
				m.reasonLowestTotal(
					{
						count: horizon,
						best: form(best.form, locale),
						bestTotal: total(best, locale),
						runnerUp: form(runnerUp.form, locale),
						runnerUpTotal: total(runnerUp, locale),
						margin: short(margin, locale),
						marginShare: pct(marginShare)
					},
					{ locale }
				)
			);
		}
		case 'only-form': {
			const { horizon, best } = r.params;
			return both((locale) =>
				m.reasonOnlyForm(
					{ count: horizon, form: form(best.form, locale), total: total(best, locale) },
					{ locale }
				)
			);
		}
		case 'lower-bound': {
			const { role, ranked, missing } = r.params;
			return both((locale) => {
				const inputs = {
					form: form(ranked.form, locale),
					total: total(ranked, locale),
					fields: fields(missing, locale)
				};
				return role === 'recommended'
					? m.reasonLowerBoundRecommended(inputs, { locale })
					: m.reasonLowerBoundRunnerUp(inputs, { locale });
			});
		}
		case 'checklist-incomplete':
			return both((locale) => m.reasonChecklistIncomplete({ count: r.params.count }, { locale }));
		case 'security-floor': {
			const { floorMonthly, horizon, horizonTotal, form: f } = r.params;
			return both((locale) =>
				m.reasonSecurityFloor(
					{
						count: horizon,
						// a monthly figure: short in Japanese (万円), whole yen in English
						floorMonthly: locale === 'ja' ? short(floorMonthly, locale) : yen(floorMonthly, locale),
						horizonTotal: short(horizonTotal, locale),
						form: form(f, locale)
					},
					{ locale }
				)
			);
		}
		case 'breach-odds': {
			const { form: f, horizon, probability, perIncident } = r.params;
			return both((locale) =>
				m.reasonBreachOdds(
					{
						count: horizon,
						form: form(f, locale),
						probability: pct(probability),
						perIncident: short(perIncident, locale)
					},
					{ locale }
				)
			);
		}
		case 'self-built-share': {
			const share = percent(r.params.share, 'en', { digits: 0 });
			return both((locale) => m.reasonSelfBuiltShare({ share }, { locale }));
		}
		case 'cannot-self-build': {
			const reqs = requirementList(data, r.params.requirements);
			return both((locale) => m.reasonCannotSelfBuild({ requirements: reqs[locale] }, { locale }));
		}
		case 'card-rules': {
			const { form: f, saq, nonRetentionMet, emv3dsDeadline } = r.params;
			return both((locale) => {
				const inputs = { form: form(f, locale), saq, deadline: monthEnd(emv3dsDeadline, locale) };
				return nonRetentionMet
					? m.reasonCardRulesNonRetentionMet(inputs, { locale })
					: m.reasonCardRulesNonRetentionNotMet(inputs, { locale });
			});
		}
		case 'small-ec-no-staff':
			return both((locale) => m.reasonSmallEcNoStaff({}, { locale }));
		case 'heavy-customisation': {
			const { floorMonthly } = r.params;
			return both((locale) =>
				m.reasonHeavyCustomisation(
					{ floorMonthly: locale === 'ja' ? short(floorMonthly, locale) : yen(floorMonthly, locale) },
					{ locale }
				)
			);
		}
	}
}

/** A note on the card rules: a data note by id, or the 2025 iframe criterion. */
export function cardNoteText(data: DataSet, n: CardRuleNote): Both {
	if (n.code === 'data-note') {
		const note = data['card-rules.json'].notes.find((x) => x.id === n.id);
		return note ? note.text : { ja: n.id, en: n.id };
	}
	return both((locale) => m.cardNoteIframeWithoutScriptControls({}, { locale }));
}

export function warningText(
	data: DataSet,
	w: RecommendationWarning,
	cardRules: readonly CardRulesResult[]
): Both {
	switch (w.code) {
		case 'platform-pci-unknown': {
			const { form: f, plan } = w.params;
			return both((locale) =>
				m.warningPlatformPciUnknown({ form: FORM_LABELS[f][locale], plan }, { locale })
			);
		}
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
			const names = (locale: Locale) => {
				const sep = locale === 'ja' ? '・' : ', ';
				return items.map((u) => u[locale]).join(sep) || w.params.scopeCosts.join(sep);
			};
			return both((locale) =>
				m.warningPciScopeUnpriced({ saq: w.params.saq, items: names(locale) }, { locale })
			);
		}
	}
}

export function messageText(msg: ModelMessage): Both {
	switch (msg.code) {
		case 'unknown-input': {
			const { field } = msg;
			const l = fieldName(field);
			return both((locale) => m.messageUnknownInput({ label: l[locale], field }, { locale }));
		}
		case 'below-security-floor': {
			const { monthlyItems, floorMonthly } = msg.params;
			return both((locale) =>
				m.messageBelowSecurityFloor(
					{
						monthlyItems: yen(monthlyItems, locale),
						floorMonthly: locale === 'ja' ? short(floorMonthly, locale) : yen(floorMonthly, locale)
					},
					{ locale }
				)
			);
		}
		case 'unknown-preset': {
			const { plan } = msg.params;
			return both((locale) => m.messageUnknownPreset({ plan }, { locale }));
		}
		case 'fee-range-midpoint': {
			const { label, low, high, unit } = msg.params;
			return both((locale) =>
				m.messageFeeRangeMidpoint({ label: label[locale], low: `${low}`, high: `${high}`, unit }, { locale })
			);
		}
		case 'conditional-fee-excluded': {
			const { label } = msg.params;
			return both((locale) => m.messageConditionalFeeExcluded({ label: label[locale] }, { locale }));
		}
		case 'plan-chosen': {
			const { plan, given } = msg.params;
			return both((locale) => m.messagePlanChosen({ plan, given }, { locale }));
		}
		case 'no-forms':
			return both((locale) => m.messageNoForms({}, { locale }));
	}
}

export function contradictionText(c: Contradiction): Both {
	switch (c.code) {
		case 'platform-with-own-card-data':
			return c.params.currentForm === 'mall'
				? both((locale) => m.contradictionPlatformWithOwnCardDataMall({}, { locale }))
				: both((locale) => m.contradictionPlatformWithOwnCardDataSaas({}, { locale }));
		case 'own-site-platform-checkout':
			return both((locale) => m.contradictionOwnSitePlatformCheckout({}, { locale }));
		case 'non-retention-answered-but-retains':
			return both((locale) => m.contradictionNonRetentionAnsweredButRetains({}, { locale }));
		case 'script-controls-without-iframe':
			return both((locale) => m.contradictionScriptControlsWithoutIframe({}, { locale }));
		case 'measure-priced-but-not-in-place': {
			const { requirement, answer, costField, forms } = c.params;
			const cost = fieldName(`forms.${forms[0]}.security.${costField}`);
			return both((locale) =>
				m.contradictionMeasurePricedButNotInPlace(
					{ requirement, answer: ANSWER_LABELS[answer][locale], cost: cost[locale] },
					{ locale }
				)
			);
		}
		case 'vendor-conditions-without-outsourcing': {
			const { requirement } = c.params;
			return both((locale) => m.contradictionVendorConditionsWithoutOutsourcing({ requirement }, { locale }));
		}
		case 'running-without-current-form':
			return both((locale) => m.contradictionRunningWithoutCurrentForm({}, { locale }));
	}
}
