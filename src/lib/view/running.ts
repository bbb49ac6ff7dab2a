/**
 * A running site with mandatory requirements missing (IPA outline, part 2 ch. 3): the stop-gaps to put in at once
 * with their yearly cost and source, each missing requirement and how it is fixed, and the three ways forward side
 * by side — stay as is, stay and fix, migrate (each form) — as risk-adjusted totals over the horizon, lower bounds
 * marked 以上, the cheapest marked. Requirements that cannot be fixed make staying and fixing no option: migrate
 * or stop. Null when the scenario is not a running site (the engine gives no stay-or-migrate).
 */
import type { SiteForm } from '../model';
import {
	FIX_KIND_LABELS,
	FIX_NOTES,
	STOP_GAP_LABELS,
	VERDICT_LABELS,
	planLabel,
	requirementList,
	requirementName
} from '../export/labels';
import { yenShort } from '../format';
import { m, type Locale } from '../i18n';
import { formName, type TextSource } from './texts';
import type { DashboardInput } from './dashboard';

export interface RunningPlanView {
	/** 'stay-as-is', 'stay-and-fix' or the form migrated to */
	id: string;
	name: string;
	/** risk-adjusted total over the horizon (null: not an option or not costed) */
	amount: number | null;
	total: string;
	lowerBound: boolean;
	cheapest: boolean;
	available: boolean;
	note: string | null;
}

export interface RunningView {
	locale: Locale;
	current: string | null;
	source: string;
	stopGaps: { text: string; source: string | null }[];
	missing: string[];
	/** what each kind of fix means, once per kind present */
	fixNotes: string[];
	months: string;
	cannotFix: string | null;
	plansTitle: string;
	/** stay as is, stay and fix, then each migration */
	plans: RunningPlanView[];
	lowerBoundNote: string | null;
}

export function buildRunning(input: DashboardInput, texts: TextSource, locale: Locale): RunningView | null {
	const sm = input.expected.stayOrMigrate;
	if (!sm) return null;
	const o = { locale };
	const data = texts.data;
	const req = (id: string) => requirementName(data, id)[locale];
	const money = (x: number) => yenShort(x, locale);
	const total = (x: number, lowerBound: boolean) =>
		lowerBound ? m.totalAtLeast({ amount: money(x) }, o) : money(x);

	const stopGaps = sm.stopGaps.map((g) => {
		const cost =
			g.annual === null
				? m.runningUnknown({}, o)
				: g.annual.low === g.annual.high
					? m.runningPerYear({ amount: money(g.annual.low) }, o)
					: m.runningPerYearRange({ low: money(g.annual.low), high: money(g.annual.high) }, o);
		return {
			text: m.runningStopGapItem(
				{ name: STOP_GAP_LABELS[g.id][locale], requirement: req(g.requirement), cost },
				o
			),
			source: g.source ? m.runningSource({ source: texts.sourceLine(g.source, locale) }, o) : null
		};
	});

	const missing = sm.missing.map((x) => {
		const fix = FIX_KIND_LABELS[x.fix][locale];
		return x.fix === 'one-off'
			? m.runningMissingCost(
					{
						requirement: req(x.id),
						fix,
						cost: x.fixCost === null ? m.runningUnknown({}, o) : money(x.fixCost)
					},
					o
				)
			: m.runningMissingItem({ requirement: req(x.id), fix }, o);
	});
	const kinds = [...new Set(sm.missing.map((x) => x.fix))];

	const plans: RunningPlanView[] = [];
	if (sm.current) {
		plans.push({
			id: 'stay-as-is',
			name: planLabel('stay-as-is')[locale],
			amount: sm.stayAsIs,
			total: sm.stayAsIs === null ? m.runningUnknown({}, o) : money(sm.stayAsIs),
			lowerBound: false,
			cheapest: false,
			available: sm.stayAsIs !== null,
			note: m.runningStayNote({}, o)
		});
		const fixable = sm.cannotFix.length === 0 && sm.stayAndFix !== null;
		plans.push({
			id: 'stay-and-fix',
			name: planLabel('stay-and-fix')[locale],
			amount: fixable ? sm.stayAndFix : null,
			total: fixable ? total(sm.stayAndFix!, sm.stayAndFixLowerBound) : m.runningNotOption({}, o),
			lowerBound: fixable && sm.stayAndFixLowerBound,
			cheapest: sm.cheapest === 'stay-and-fix',
			available: fixable,
			note: null
		});
	}
	for (const x of sm.migrate)
		plans.push({
			id: x.form,
			name: planLabel(x.form)[locale],
			amount: x.riskAdjusted,
			total: total(x.riskAdjusted, x.lowerBound),
			lowerBound: x.lowerBound,
			cheapest: sm.cheapest === x.form,
			available: true,
			note: m.runningOneOff({ amount: money(x.oneOff) }, o)
		});

	return {
		locale,
		current: sm.current ? m.runningCurrent({ form: formName(sm.current as SiteForm, locale) }, o) : null,
		source: m.runningSource({ source: m.reportStayOrMigrateSource({}, o) }, o),
		stopGaps,
		missing,
		fixNotes: kinds.map((k) => FIX_NOTES[k][locale]),
		months: m.runningMonths({ count: sm.remediationMonths }, o),
		cannotFix: sm.cannotFix.length
			? m.runningCannotFix(
					{
						requirements: requirementList(data, sm.cannotFix)[locale],
						verdict: VERDICT_LABELS['migrate-or-stop'][locale]
					},
					o
				)
			: null,
		plansTitle: m.runningPlans({ count: input.expected.horizonYears }, o),
		plans,
		lowerBoundNote: plans.some((p) => p.lowerBound) ? m.runningLowerBound({}, o) : null
	};
}
