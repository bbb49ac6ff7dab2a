/**
 * A running site with gaps (IPA outline 第二部 第3章 2.), in yen over the scenario's horizon:
 * - stop-gaps (WAF, cyber insurance) with their cost, whenever mandatory requirements are missing — with or
 *   without a current form (2.(2));
 * - the missing mandatory requirements with what fixing them costs: a one-off where the scenario prices it
 *   (build-01 = one vulnerability assessment), a recurring operating item (ops-01…04, costed by tco.ts once
 *   implemented), or a quote still needed;
 * - three consistent plans for the current self-run form, each as risk-adjusted total cost (cost + expected
 *   incident loss), the current build counted as sunk:
 *   stay as is — pays only for what is implemented (tco.ts follows the answers) and carries the risk of the rest;
 *   stay and fix — pays the fixes and the full operating floor, and carries the reduced risk; during the
 *     remediation lead time (posture.checklist.remediationMonths) the gaps remain, with the stop-gaps in force;
 *   migrate — to each enabled SaaS or mall form, its set-up counted as the one-off cost.
 *   A mandatory requirement answered 対策できない rules out staying and fixing: the outline's 善後策 is to
 *   migrate or stop (第3章 2.(1)).
 */
import type { DataSet } from '../../data/files';
import { PLATFORM_FORMS, type SiteForm } from '../../data/forms';
import { DrawSource, riskAdjustedFor, type RiskAdjusted } from '../core';
import { INSURANCE_REQUIREMENT, premiumBands, premiumFor } from '../insurance';
import type { RiskParams } from '../params';
import type { Scenario } from '../scenario';
import { SECURITY_ITEM_REQUIREMENT, totalCost, type FormCost } from '../tco';
import { toBase } from '../units';
import type { ChecklistResult } from '../rules/checklist';

const WAF_REQUIREMENT = SECURITY_ITEM_REQUIREMENT.wafMonthly;
/** the pre-delivery assessment (build-01) is fixed by one assessment round */
const ASSESSMENT_FIX = 'build-01';
const RECURRING = new Set<string>(Object.values(SECURITY_ITEM_REQUIREMENT));

export interface StopGap {
	id: 'waf' | 'cyber-insurance';
	requirement: string;
	/** yen a year: low and high where the source gives a range */
	annual: { low: number; high: number } | null;
	source: { id: string; section: string } | null;
}

export interface MissingItem {
	id: string;
	/** one-off: priced from the scenario; recurring: an operating item tco.ts charges once implemented; quote: unknown */
	fix: 'one-off' | 'recurring' | 'quote';
	/** yen, for a one-off fix */
	fixCost: number | null;
}

export interface StayOrMigrate {
	current: SiteForm | null;
	stopGaps: StopGap[];
	missing: MissingItem[];
	/** mandatory requirements answered 対策できない: staying and fixing is not an option */
	cannotFix: string[];
	/** months until the fixes are in (the stop-gaps cover them meanwhile) */
	remediationMonths: number;
	/** risk-adjusted totals; null without a current self-run form */
	stayAsIs: number | null;
	stayAndFix: number | null;
	/** the fix total leaves out fixes whose cost is unknown */
	stayAndFixLowerBound: boolean;
	migrate: { form: SiteForm; riskAdjusted: number; oneOff: number; lowerBound: boolean }[];
	/** the cheapest option that closes the gaps (staying as is never does) */
	cheapest: 'stay-and-fix' | SiteForm | null;
}

/**
 * For a running site, the current form's initial build is already paid: counted as sunk (zero) wherever the
 * current form is costed, so staying is compared fairly with moving.
 */
export function withSunkBuild(s: Scenario): Scenario {
	const current = s.posture.currentForm;
	if (s.posture.checklist.mode !== 'running' || !current || PLATFORM_FORMS.includes(current)) return s;
	return {
		...s,
		forms: { ...s.forms, [current]: { ...s.forms[current], initialBuild: 0, initialSecurity: 0 } }
	};
}

function stopGaps(data: DataSet, s: Scenario): StopGap[] {
	const waf = data['security-costs.json'].outlineItems.find((i) => i.id === 'waf')!.figure;
	const bands = premiumBands(data);
	const premium = premiumFor(s, bands, s.business.annualRevenue);
	const band = bands.find((b) => s.business.annualRevenue <= b.upToRevenue);
	return [
		{
			id: 'waf',
			requirement: WAF_REQUIREMENT,
			annual:
				waf.low !== undefined && waf.high !== undefined
					? { low: toBase(waf.low, waf.unit) * 12, high: toBase(waf.high, waf.unit) * 12 }
					: null,
			source: waf.source ? { id: waf.source.id, section: waf.source.section } : null
		},
		{
			id: 'cyber-insurance',
			requirement: INSURANCE_REQUIREMENT,
			annual: premium === null ? null : { low: premium, high: premium },
			source: s.insurance.premiumAnnual === null ? (band?.source ?? null) : null
		}
	];
}

function missingItems(s: Scenario, checklist: ChecklistResult, current: SiteForm | null): MissingItem[] {
	const form = current && !PLATFORM_FORMS.includes(current) ? s.forms[current as 'package'] : null;
	return checklist.mandatoryUnmet.map((id): MissingItem => {
		if (id === ASSESSMENT_FIX && form) {
			return {
				id,
				fix: 'one-off',
				fixCost: form.security.diagnosisPerRound
			};
		}
		if (RECURRING.has(id)) {
			return {
				id,
				fix: 'recurring',
				fixCost: null
			};
		}
		return {
			id,
			fix: 'quote',
			fixCost: null
		};
	});
}

/** The scenario with some requirements answered 実装済み. */
function withImplemented(s: Scenario, ids: string[]): Scenario {
	const answers = { ...s.posture.checklist.answers };
	for (const id of ids) answers[id] = 'implemented';
	return { ...s, posture: { ...s.posture, checklist: { ...s.posture.checklist, answers } } };
}

/** Only the given forms enabled. */
function only(s: Scenario, forms: SiteForm[]): Scenario {
	const out = { ...s.forms };
	for (const k of Object.keys(out) as SiteForm[]) out[k] = { ...out[k], enabled: forms.includes(k) } as never;
	return { ...s, forms: out };
}

export function stayOrMigrate(
	data: DataSet,
	s: Scenario,
	params: RiskParams,
	checklist: ChecklistResult,
	/** the scenario's shared draws (the insurance share recovered); made here when not given */
	draws: DrawSource = new DrawSource(data, s, params)
): StayOrMigrate | null {
	if (checklist.mode !== 'running' || checklist.mandatoryUnmet.length === 0) return null;
	const currentForm = s.posture.currentForm;
	const current = currentForm && !PLATFORM_FORMS.includes(currentForm) ? currentForm : null;
	if (currentForm && !current) return null; // already on a platform: its operator runs these measures
	const missing = missingItems(s, checklist, current);
	const m = s.posture.checklist.remediationMonths;
	const plan: StayOrMigrate = {
		current,
		stopGaps: stopGaps(data, s),
		missing,
		cannotFix: checklist.notFixable,
		remediationMonths: m,
		stayAsIs: null,
		stayAndFix: null,
		stayAndFixLowerBound: false,
		migrate: [],
		cheapest: null
	};
	// Every plan on the expected-value core (the same figures a full evaluation gives, without its Monte Carlo).
	const shares = new Map<string, number>();
	const formOf = (sc: Scenario, form: SiteForm): { cost: FormCost; riskAdjusted: RiskAdjusted } => {
		const cost = totalCost(data, sc, form);
		return { cost, riskAdjusted: riskAdjustedFor(data, sc, params, form, cost, draws, shares) };
	};
	const targets = PLATFORM_FORMS.filter((f) => s.forms[f].enabled);
	plan.migrate = targets.map((form) => {
		const r = formOf(s, form);
		return {
			form,
			riskAdjusted: r.riskAdjusted.total,
			oneOff: r.cost.years[0]!.initial,
			lowerBound: r.cost.lowerBound
		};
	});
	const bestMigration = [...plan.migrate].sort((a, b) => a.riskAdjusted - b.riskAdjusted)[0];
	if (!current) {
		plan.cheapest = bestMigration?.form ?? null;
		return plan;
	}
	const base = only(withSunkBuild(s), [current]);
	const asIs = formOf(base, current);
	plan.stayAsIs = asIs.riskAdjusted.total;
	if (plan.cannotFix.length === 0) {
		// Meanwhile: the gaps stay open with the stop-gaps in force. Afterwards: every mandatory gap closed.
		const interim = formOf(withImplemented(base, [WAF_REQUIREMENT, INSURANCE_REQUIREMENT]), current);
		const fixed = formOf(
			withImplemented(base, [...checklist.mandatoryUnmet, WAF_REQUIREMENT, INSURANCE_REQUIREMENT]),
			current
		);
		const oneOff = missing.reduce((a, x) => a + (x.fixCost ?? 0), 0);
		plan.stayAndFix =
			oneOff +
			fixed.riskAdjusted.byYear.reduce((total, after, y) => {
				const share = Math.min(12, Math.max(0, m - 12 * y)) / 12;
				return total + share * interim.riskAdjusted.byYear[y]! + (1 - share) * after;
			}, 0);
		plan.stayAndFixLowerBound = fixed.cost.lowerBound || missing.some((x) => x.fix === 'quote');
	}
	const fix = plan.stayAndFix;
	plan.cheapest =
		bestMigration && (fix === null || bestMigration.riskAdjusted < fix)
			? bestMigration.form
			: fix !== null
				? 'stay-and-fix'
				: null;
	return plan;
}
