/**
 * Deterministic total cost of ownership per site form and year (decimal.js, yen). Year 1 carries the initial
 * costs. Revenue grows by the scenario's rate; orders = revenue ÷ average order value; card revenue = revenue ×
 * card share. Own sites pay the card rate on card revenue — the user's rate, or else the published PSP plan for
 * the year's monthly card sales (data/scenario-defaults.json cardRateTiers, with its monthly fee); a mall's
 * settlement fee applies to all its revenue (the mall runs checkout for every payment method); SaaS pays its
 * rate on card revenue, on the plan chosen (platform-plans.ts).
 *
 * Security operations follow the checklist: an item tied to a requirement (WAF → ops-05, patching → ops-01,
 * backups and logs → ops-02, assessments → ops-03, file integrity → ops-04) is charged unless the answer says
 * it is not there (new site: 対応困難; running site: anything but 実装済み). The outline's floor
 * (security-costs.json minimumMonthly) applies to scratch and package — for a new site always, for a running
 * site once operation requirements 1–4 are all implemented — unless the user overrides it, and then a warning
 * cites the outline. Cyber insurance is charged to every form when ops-06 is met (insurance.ts).
 * Discounting (optional) divides year y by (1 + r)^(y − 1). Unknown (null) inputs are left out and listed as
 * warnings, and the total is then a lower bound (`lowerBound`); they never become an invented number.
 */
import type { DataSet } from '../data/files';
import { SELF_RUN_FORMS, type SiteForm } from '../data/forms';
import { out, pctOf, sum, yen, ZERO, type Money } from './money';
import { FEE_KEYS, readPreset, type Fees } from './platform-fees';
import { insuranceInForce, premiumBands, premiumFor } from './insurance';
import { cardRateTiers, tierFor } from './card-rate-tiers';
import type { PlatformFormInput, Scenario, SelfRunFormInput } from './scenario';
import { toBase } from './units';
import type { ModelMessage } from './warnings';

export interface YearCost {
	year: number;
	revenue: number;
	grossProfit: number;
	initial: number;
	platformFees: number;
	hostingMaintenance: number;
	paymentFees: number;
	salesLinkedFees: number;
	securityOps: number;
	/** PCI DSS scope costs the user entered (ASV scans, assessments …); unknown by default */
	cardCompliance: number;
	insurance: number;
	total: number;
	discountFactor: number;
	totalDiscounted: number;
}

export interface FormCost {
	form: SiteForm;
	years: YearCost[];
	total: number;
	totalDiscounted: number;
	/** the security operating cost the items add up to, per month, before the floor */
	securityOpsMonthlyItems: number;
	floorApplied: boolean;
	/** fee fields actually used (preset or custom), for platform forms */
	fees?: Fees;
	/** the plan costed, for platform forms (it may differ from the preset under cheapest-of-platform) */
	plan?: string | null;
	/** scenario fields left out of the total because they are unknown */
	unknownItems: string[];
	/** the total leaves out unknown items: it is a lower bound ("X円以上") */
	lowerBound: boolean;
	messages: ModelMessage[];
}

/** The security cost items of own sites and the operation requirement each one serves. */
export const SECURITY_ITEM_REQUIREMENT = {
	wafMonthly: 'ops-05',
	patchingMonthly: 'ops-01',
	backupLogReviewMonthly: 'ops-02',
	diagnosis: 'ops-03',
	fileIntegrityMonthly: 'ops-04'
} as const;
const FULL_OPERATION = ['ops-01', 'ops-02', 'ops-03', 'ops-04'];

/** Whether the checklist says the measure behind a requirement is (or will be) in place, so it is paid for. */
export function measurePaid(s: Scenario, requirement: string): boolean {
	const answer = s.posture.checklist.answers[requirement];
	return s.posture.checklist.mode === 'new' ? answer !== 'not-feasible' : answer === 'implemented';
}

interface Business {
	revenue: Money[];
	orders: Money[];
	grossProfit: Money[];
	discount: Money[];
}

export function businessByYear(s: Scenario): Business {
	const b = s.business;
	const years = Array.from({ length: s.horizonYears }, (_, i) => i);
	const growth = yen(1).plus(yen(b.revenueGrowth).div(100));
	const revenue = years.map((i) => yen(b.annualRevenue).mul(growth.pow(i)));
	const disc = yen(1).plus(yen(s.discountRate).div(100));
	return {
		revenue,
		orders: revenue.map((r) => r.div(b.averageOrderValue)),
		grossProfit: revenue.map((r) => pctOf(r, b.grossMargin)),
		discount: years.map((i) => yen(1).div(disc.pow(i)))
	};
}

function unknown(field: string): ModelMessage {
	return { code: 'unknown-input', field };
}

function selfRunCost(
	data: DataSet,
	s: Scenario,
	form: SiteForm,
	input: SelfRunFormInput,
	biz: Business
): FormCost {
	const messages: ModelMessage[] = [];
	const sec = input.security;
	const field = (k: string) => `forms.${form}.${k}`;
	const paid = (k: keyof typeof SECURITY_ITEM_REQUIREMENT) => measurePaid(s, SECURITY_ITEM_REQUIREMENT[k]);
	// With the published PSP plan (no rate entered) the plan's flat rate has no per-order fee.
	const tiers = input.cardRate === null ? cardRateTiers(data) : null;
	if (input.perOrderFee === null && !tiers) messages.push(unknown(field('perOrderFee')));
	const opsItems = (['patchingMonthly', 'backupLogReviewMonthly', 'fileIntegrityMonthly'] as const).filter(
		paid
	);
	for (const k of opsItems) if (sec[k] === null) messages.push(unknown(field(`security.${k}`)));
	if (sec.managedServiceMonthly === null) messages.push(unknown(field('security.managedServiceMonthly')));
	if (sec.pciScopeAnnual === null) messages.push(unknown(field('security.pciScopeAnnual')));
	const monthlyItems = yen(paid('wafMonthly') ? sec.wafMonthly : 0)
		.plus(sum(opsItems.map((k) => yen(sec[k] ?? 0))))
		.plus(sec.managedServiceMonthly ?? 0)
		.plus(paid('diagnosis') ? yen(sec.diagnosisPerRound).mul(sec.diagnosisRoundsPerYear).div(12) : 0)
		.plus(yen(sec.fraudDetectionAnnual).div(12));
	const minimum = data['security-costs.json'].minimumMonthly;
	const floorMonthly = yen(toBase(minimum.value as number, minimum.unit));
	const fullOperation =
		s.posture.checklist.mode === 'new' || FULL_OPERATION.every((id) => measurePaid(s, id));
	const floorRule = SELF_RUN_FORMS.includes(form) && fullOperation;
	let opsMonthly = monthlyItems;
	let floorApplied = false;
	if (floorRule && monthlyItems.lt(floorMonthly)) {
		if (sec.floorOverride) {
			messages.push({
				code: 'below-security-floor',
				field: field('security.floorOverride'),
				params: { monthlyItems: out(monthlyItems), floorMonthly: out(floorMonthly) },
				...(minimum.source ? { source: { id: minimum.source.id, section: minimum.source.section } } : {})
			});
		} else {
			opsMonthly = floorMonthly;
			floorApplied = true;
		}
	}
	const cardShare = s.business.cardShare;
	const insurance = insuranceCost(data, s, biz, messages);
	const years = biz.revenue.map((revenue, i) => {
		const cardRevenue = pctOf(revenue, cardShare);
		const cardOrders = pctOf(biz.orders[i]!, cardShare);
		const tier = tiers ? tierFor(tiers, out(cardRevenue) / 12) : null;
		const rate = tier ? tier.ratePercent : (input.cardRate as number);
		return row(i, biz, {
			initial: i === 0 ? yen(input.initialBuild).plus(input.initialSecurity) : ZERO,
			platformFees: ZERO,
			hostingMaintenance: yen(input.hostingMonthly).plus(input.maintenanceMonthly).mul(12),
			paymentFees: pctOf(cardRevenue, rate)
				.plus(cardOrders.mul(input.perOrderFee ?? 0))
				.plus(yen(tier?.monthly ?? 0).mul(12)),
			salesLinkedFees: ZERO,
			securityOps: opsMonthly.mul(12),
			cardCompliance: yen(sec.pciScopeAnnual ?? 0),
			insurance: insurance[i]!
		});
	});
	return finish(form, years, biz, messages, { securityOpsMonthlyItems: out(monthlyItems), floorApplied });
}

/**
 * A platform form on its plan. Under `cheapest-of-platform` every plan of the preset's service is costed and the
 * cheapest over the horizon is kept, so a large merchant is not compared on an entry plan. Only plans that leave
 * out nothing the given plan does not also leave out compete: a plan with an unknown fee would look cheap for it.
 */
function platformCost(
	data: DataSet,
	s: Scenario,
	form: SiteForm,
	input: PlatformFormInput,
	biz: Business
): FormCost {
	const given = platformPlanCost(data, s, form, input, biz, input.preset);
	if (input.planSelection !== 'cheapest-of-platform' || !input.preset) return given;
	const plans = data['platforms.json'].plans;
	const service = plans.find((p) => p.id === input.preset)?.platform;
	let best = given;
	for (const plan of plans) {
		if (plan.platform !== service || plan.id === input.preset) continue;
		const candidate = platformPlanCost(data, s, form, input, biz, plan.id);
		const comparable = candidate.unknownItems.every((k) => given.unknownItems.includes(k));
		if (comparable && candidate.total < best.total) best = candidate;
	}
	if (best !== given) {
		best.messages.push({
			code: 'plan-chosen',
			field: `forms.${form}.preset`,
			params: { plan: best.plan ?? '', given: input.preset }
		});
	}
	return best;
}

function platformPlanCost(
	data: DataSet,
	s: Scenario,
	form: SiteForm,
	input: PlatformFormInput,
	biz: Business,
	planId: string | null
): FormCost {
	const messages: ModelMessage[] = [];
	const preset = planId ? readPreset(data, planId) : null;
	if (planId && !preset) {
		messages.push({ code: 'unknown-preset', field: `forms.${form}.preset`, params: { plan: planId } });
	}
	// A fee the user typed wins over the preset's; a fee neither gives is unknown (null) and named.
	const fees = Object.fromEntries(
		FEE_KEYS.map((k) => [k, input.fees?.[k] !== undefined ? input.fees[k] : (preset?.fees[k] ?? null)])
	) as Fees;
	for (const k of FEE_KEYS) if (fees[k] === null) messages.push(unknown(`forms.${form}.fees.${k}`));
	for (const n of preset?.notes ?? []) {
		const field = `forms.${form}.preset`;
		const plan = planId ?? '';
		messages.push(
			n.kind === 'range-midpoint'
				? {
						code: 'fee-range-midpoint',
						field,
						params: { plan, label: n.label, low: n.low, high: n.high, unit: n.unit }
					}
				: { code: 'conditional-fee-excluded', field, params: { plan, label: n.label } }
		);
	}
	const b = s.business;
	const insurance = insuranceCost(data, s, biz, messages);
	const years = biz.revenue.map((revenue, i) => {
		const paymentBase = form === 'mall' ? revenue : pctOf(revenue, b.cardShare);
		const salesLinked = pctOf(revenue, fees.commissionRate ?? 0)
			.plus(pctOf(revenue, fees.pointRate ?? 0))
			.plus(pctOf(pctOf(revenue, b.affiliateSalesShare), fees.affiliateRate ?? 0))
			.plus(pctOf(revenue, fees.otherRevenueRate ?? 0));
		return row(i, biz, {
			initial: i === 0 ? yen(input.initialBuild).plus(fees.initial ?? 0) : ZERO,
			platformFees: yen(fees.monthly ?? 0)
				.plus(fees.otherMonthly ?? 0)
				.mul(12),
			hostingMaintenance: ZERO,
			paymentFees: pctOf(paymentBase, fees.cardRate ?? 0).plus(biz.orders[i]!.mul(fees.perOrderFee ?? 0)),
			salesLinkedFees: salesLinked,
			securityOps: yen(input.security.customPageDiagnosisAnnual),
			cardCompliance: ZERO,
			insurance: insurance[i]!
		});
	});
	return finish(form, years, biz, messages, {
		securityOpsMonthlyItems: out(yen(input.security.customPageDiagnosisAnnual).div(12)),
		floorApplied: false,
		fees,
		plan: planId
	});
}

type Parts = Record<
	| 'initial'
	| 'platformFees'
	| 'hostingMaintenance'
	| 'paymentFees'
	| 'salesLinkedFees'
	| 'securityOps'
	| 'cardCompliance'
	| 'insurance',
	Money
>;

interface Row extends Parts {
	total: Money;
	totalDiscounted: Money;
	i: number;
}

function row(i: number, biz: Business, parts: Parts): Row {
	const total = sum(Object.values(parts));
	return { ...parts, i, total, totalDiscounted: total.mul(biz.discount[i]!) };
}

/** The cyber insurance premium of each year: 0 when ops-06 is not met; unknown (left out, named) past every band. */
function insuranceCost(data: DataSet, s: Scenario, biz: Business, messages: ModelMessage[]): Money[] {
	if (!insuranceInForce(s)) return biz.revenue.map(() => ZERO);
	const bands = premiumBands(data);
	const premiums = biz.revenue.map((r) => premiumFor(s, bands, out(r)));
	if (premiums.some((p) => p === null)) messages.push(unknown('insurance.premiumAnnual'));
	return premiums.map((p) => yen(p ?? 0));
}

function finish(
	form: SiteForm,
	rows: Row[],
	biz: Business,
	messages: ModelMessage[],
	extra: Pick<FormCost, 'securityOpsMonthlyItems' | 'floorApplied'> & { fees?: Fees; plan?: string | null }
): FormCost {
	const unknownItems = [...new Set(messages.flatMap((m) => (m.code === 'unknown-input' ? [m.field] : [])))];
	return {
		form,
		years: rows.map((r) => ({
			year: r.i + 1,
			revenue: out(biz.revenue[r.i]!),
			grossProfit: out(biz.grossProfit[r.i]!),
			initial: out(r.initial),
			platformFees: out(r.platformFees),
			hostingMaintenance: out(r.hostingMaintenance),
			paymentFees: out(r.paymentFees),
			salesLinkedFees: out(r.salesLinkedFees),
			securityOps: out(r.securityOps),
			cardCompliance: out(r.cardCompliance),
			insurance: out(r.insurance),
			total: out(r.total),
			discountFactor: out(biz.discount[r.i]!),
			totalDiscounted: out(r.totalDiscounted)
		})),
		total: out(sum(rows.map((r) => r.total))),
		totalDiscounted: out(sum(rows.map((r) => r.totalDiscounted))),
		unknownItems,
		lowerBound: unknownItems.length > 0,
		messages,
		...extra
	};
}

export function totalCost(data: DataSet, s: Scenario, form: SiteForm): FormCost {
	const biz = businessByYear(s);
	const input = s.forms[form];
	return form === 'saas' || form === 'mall'
		? platformCost(data, s, form, input as PlatformFormInput, biz)
		: selfRunCost(data, s, form, input as SelfRunFormInput, biz);
}
