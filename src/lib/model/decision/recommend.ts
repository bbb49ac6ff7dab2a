/**
 * The recommendation: hard rules first (the outline's checklist exclusions, a SaaS or mall preset known not to
 * be PCI DSS compliant), then the remaining forms ranked by risk-adjusted total cost over the horizon
 * (discounted when a discount rate is set), the margin to the runner-up, and 3–6 reasons a director can read
 * aloud. Everything is data: each reason and warning is a typed code with the figures it rests on (yen, fractions,
 * years) and its sources; src/lib/export/ words them. Break-even and sensitivity are in
 * what-if/what-if.ts.
 */
import type { DataSet } from '../../data/files';
import { SELF_RUN_FORMS, type SiteForm } from '../../data/forms';
import type { ExpectedFormResult } from '../core';
import type { Scenario } from '../scenario';
import { toBase } from '../units';
import type { SourceRef } from '../warnings';
import type { CardRulesResult, SaqType } from '../rules/card-rules';
import type { ChecklistResult, RuleRef } from '../rules/checklist';

/** A total as ranked: yen over the horizon, and whether it leaves out unknown items (a lower bound). */
export interface RankedTotal {
	form: SiteForm;
	total: number;
	lowerBound: boolean;
}

/** One sentence a director can read aloud, as data. Amounts in yen, probabilities and shares as fractions. */
export type Reason = { sources: SourceRef[] } & (
	| {
			code: 'lowest-total';
			params: {
				horizon: number;
				best: RankedTotal;
				runnerUp: RankedTotal;
				margin: number;
				marginShare: number;
			};
	  }
	| { code: 'only-form'; params: { horizon: number; best: RankedTotal } }
	/** the recommended form or the runner-up is a lower bound: the quotes (scenario fields) still missing */
	| {
			code: 'lower-bound';
			params: { role: 'recommended' | 'runner-up'; ranked: RankedTotal; missing: string[] };
	  }
	/** mandatory checklist items still unanswered: self-built forms wait */
	| { code: 'checklist-incomplete'; params: { count: number } }
	| {
			code: 'security-floor';
			params: { floorMonthly: number; horizon: number; horizonTotal: number; form: SiteForm };
	  }
	| {
			code: 'breach-odds';
			params: { form: SiteForm; horizon: number; probability: number; perIncident: number };
	  }
	| { code: 'self-built-share'; params: { share: number } }
	| { code: 'cannot-self-build'; params: { requirements: string[] } }
	| {
			code: 'card-rules';
			params: { form: SiteForm; saq: SaqType; nonRetentionMet: boolean; emv3dsDeadline: string };
	  }
	| { code: 'small-ec-no-staff' }
	| { code: 'heavy-customisation'; params: { floorMonthly: number } }
);
export type ReasonCode = Reason['code'];

export type RecommendationWarning =
	| { code: 'platform-pci-unknown'; params: { form: SiteForm; plan: string }; sources: SourceRef[] }
	/** the SAQ scope of the recommended form adds costs with no known price (scope-cost ids of card-rules.json) */
	| { code: 'pci-scope-unpriced'; params: { form: SiteForm; saq: SaqType; scopeCosts: string[] } };

export const RANKING_BASES = ['risk-adjusted-total', 'risk-adjusted-total-discounted'] as const;

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
		/** the rule by id (data/guideline-requirements.json checklistRules[mode].rules[id]) and its source */
		rule: { mode: 'newSite' | 'runningSite'; id: string };
		source: RuleRef['source'];
		requirements?: string[];
		/** `pending`: excluded until the checklist is answered */
		kind: 'rule' | 'pending';
	}[];
	warnings: RecommendationWarning[];
	margin: { yen: number; share: number } | null;
	reasons: Reason[];
	basis: (typeof RANKING_BASES)[number];
}

const OUTLINE = 'ipa-ec-outline-2022';
const SELF_RUN_OR_MANAGED: readonly SiteForm[] = ['scratch', 'package', 'managed'];

/** What ranking reads of the engine's results: the exact core is enough (full Results satisfy it too). */
type RankedInput = Pick<ExpectedFormResult, 'form' | 'cost' | 'riskAdjusted'>;
export interface RankingInput {
	forms: readonly RankedInput[];
}
/** What the reasons read besides: the chance of an incident and its expected loss. */
export interface RecommendInput {
	forms: readonly (RankedInput & {
		risk: { probabilityOfIncident: { horizon: number }; perIncident: { expected: number } };
	})[];
}

function total(f: RankedInput, discounted: boolean): number {
	return discounted ? f.riskAdjusted.totalDiscounted : f.riskAdjusted.total;
}

/** The forms not excluded, cheapest risk-adjusted total first. */
export function rankForms(
	results: RankingInput,
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
	results: RecommendInput,
	checklist: ChecklistResult,
	cards: CardRulesResult[]
): Recommendation {
	const discounted = s.discountRate > 0;
	const excluded: Recommendation['excluded'] = checklist.exclusions
		.filter((e) => s.forms[e.form].enabled)
		.map((e) => ({
			form: e.form,
			rule: {
				mode: checklist.mode === 'new' ? ('newSite' as const) : ('runningSite' as const),
				id: e.rule.id
			},
			source: e.rule.source,
			requirements: e.requirements,
			kind: e.kind
		}));
	const warnings: RecommendationWarning[] = [];
	const pciRule = data['guideline-requirements.json'].checklistRules.newSite.rules.find(
		(r) => r.id === 'saas-pci-dss'
	);
	for (const c of cards) {
		if (c.platformPci?.action === 'exclude' && pciRule)
			excluded.push({
				form: c.form,
				rule: { mode: 'newSite', id: pciRule.id },
				source: pciRule.source,
				kind: 'rule'
			});
		if (c.platformPci?.action === 'warn') {
			warnings.push({
				code: 'platform-pci-unknown',
				params: { form: c.form, plan: c.platformPci.platform },
				sources: pciRule ? [{ id: pciRule.source.id, section: pciRule.source.section }] : []
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
			code: 'pci-scope-unpriced',
			params: { form: best.form, saq: bestCards.saq.type, scopeCosts: unpriced.map((c) => c.id) }
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
		basis: discounted ? 'risk-adjusted-total-discounted' : 'risk-adjusted-total'
	};
}

const ranked = (r: RankedForm): RankedTotal => ({
	form: r.form,
	total: r.riskAdjusted,
	lowerBound: r.lowerBound
});

function reasons(
	data: DataSet,
	s: Scenario,
	results: RecommendInput,
	checklist: ChecklistResult,
	cards: CardRulesResult[],
	best: RankedForm,
	second: RankedForm | null,
	margin: Recommendation['margin'],
	excluded: Recommendation['excluded']
): Reason[] {
	const H = s.horizonYears;
	const b = results.forms.find((x) => x.form === best.form)!;
	// What the director must hear comes first (the ranking, lower bounds, an incomplete checklist, exclusions,
	// the outline's special cases); the supporting facts fill the rest, up to six.
	const list: Reason[] = [];
	const support: Reason[] = [];
	list.push(
		second && margin
			? {
					code: 'lowest-total',
					params: {
						horizon: H,
						best: ranked(best),
						runnerUp: ranked(second),
						margin: margin.yen,
						marginShare: margin.share
					},
					sources: []
				}
			: { code: 'only-form', params: { horizon: H, best: ranked(best) }, sources: [] }
	);
	for (const [role, r] of [
		['recommended', best],
		['runner-up', second]
	] as const) {
		if (!r?.lowerBound) continue;
		list.push({
			code: 'lower-bound',
			params: { role, ranked: ranked(r), missing: r.unknownItems },
			sources: []
		});
	}
	if (checklist.verdict === 'incomplete') {
		list.push({
			code: 'checklist-incomplete',
			params: { count: checklist.mandatoryToConfirm.length },
			sources: [{ id: checklist.rule.source.id, section: checklist.rule.source.section }]
		});
	}
	const floor = data['security-costs.json'].minimumMonthly;
	const floorMonthly = toBase(floor.value as number, floor.unit);
	const floorSource = floor.source ? [{ id: floor.source.id, section: floor.source.section }] : [];
	const selfRun = results.forms.filter((f) => SELF_RUN_FORMS.includes(f.form));
	if (selfRun.length > 0) {
		// what a self-built site running every operation requirement pays: at least the floor every year
		const ops = Math.max(
			selfRun[0]!.cost.years.reduce((a, y) => a + y.securityOps, 0),
			floorMonthly * 12 * H
		);
		support.push({
			code: 'security-floor',
			params: { floorMonthly, horizon: H, horizonTotal: ops, form: selfRun[0]!.form },
			sources: floorSource
		});
	}
	support.push({
		code: 'breach-odds',
		params: {
			form: best.form,
			horizon: H,
			probability: b.risk.probabilityOfIncident.horizon,
			perIncident: b.risk.perIncident.expected
		},
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
			code: 'self-built-share',
			params: { share: toBase(selfBuiltShare.value, selfBuiltShare.unit) },
			sources: selfBuiltShare.source
				? [{ id: selfBuiltShare.source.id, section: selfBuiltShare.source.section }]
				: []
		});
	}
	if (excluded.length > 0 && checklist.verdict === 'do-not-self-build') {
		list.push({
			code: 'cannot-self-build',
			params: { requirements: [...new Set(excluded.flatMap((e) => e.requirements ?? []))] },
			sources: [{ id: checklist.rule.source.id, section: checklist.rule.source.section }]
		});
	}
	const card = cards.find((c) => c.form === best.form);
	if (card) {
		support.push({
			code: 'card-rules',
			params: {
				form: best.form,
				saq: card.saq.type,
				nonRetentionMet: card.nonRetention.met,
				emv3dsDeadline: card.emv3ds.deadline
			},
			sources: [{ id: 'ectco-card-rules-research', section: '§5.2, §5.4' }]
		});
	}
	if (s.business.ecShareOfSales <= 5 && !s.business.securityStaff && SELF_RUN_FORMS.includes(best.form)) {
		list.push({
			code: 'small-ec-no-staff',
			sources: [{ id: OUTLINE, section: '第一部 1.（本調査：直近被害ECサイトへのヒアリング）' }]
		});
	}
	if (s.business.customisation === 'heavy' && !SELF_RUN_FORMS.includes(best.form)) {
		list.push({ code: 'heavy-customisation', params: { floorMonthly }, sources: floorSource });
	}
	return [...list, ...support].slice(0, Math.max(6, list.length));
}
