/**
 * Deterministic total cost of ownership per site form and year (decimal.js, yen). Year 1 carries the initial
 * costs. Revenue grows by the scenario's rate; orders = revenue ÷ average order value; card revenue = revenue ×
 * card share. Own sites pay the card rate on card revenue; a mall's settlement fee applies to all its revenue
 * (the mall runs checkout for every payment method); SaaS pays its rate on card revenue. Security operating
 * cost of scratch and package is at least the outline's floor (data/security-costs.json minimumMonthly) unless
 * the user overrides it, and then
 * a warning cites the outline. Discounting (optional) divides year y by (1 + r)^(y − 1).
 * Unknown (null) inputs are left out and listed as warnings; they never become an invented number.
 */
import type { DataSet } from '../data/files';
import { SELF_RUN_FORMS, type SiteForm } from '../data/forms';
import { group, manYen } from './wording';
import { out, pctOf, sum, yen, ZERO, type Money } from './money';
import { FEE_KEYS, readPreset, type Fees } from './platform-fees';
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
	messages: ModelMessage[];
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
	return {
		code: 'unknown-input',
		field,
		ja: `「${field}」は不明のため計算に含めていません。見積りを入力してください。`,
		en: `"${field}" is unknown and left out of the total: enter a quote.`
	};
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
	if (input.perOrderFee === null) messages.push(unknown(field('perOrderFee')));
	const opsItems = ['patchingMonthly', 'backupLogReviewMonthly', 'fileIntegrityMonthly'] as const;
	for (const k of opsItems) if (sec[k] === null) messages.push(unknown(field(`security.${k}`)));
	if (sec.managedServiceMonthly === null) messages.push(unknown(field('security.managedServiceMonthly')));
	if (sec.pciScopeAnnual === null) messages.push(unknown(field('security.pciScopeAnnual')));
	const monthlyItems = yen(sec.wafMonthly)
		.plus(sum(opsItems.map((k) => yen(sec[k] ?? 0))))
		.plus(sec.managedServiceMonthly ?? 0)
		.plus(yen(sec.diagnosisPerRound).mul(sec.diagnosisRoundsPerYear).div(12))
		.plus(yen(sec.fraudDetectionAnnual).div(12));
	const minimum = data['security-costs.json'].minimumMonthly;
	const floorMonthly = yen(toBase(minimum.value as number, minimum.unit));
	const floorRule = SELF_RUN_FORMS.includes(form);
	let opsMonthly = monthlyItems;
	let floorApplied = false;
	if (floorRule && monthlyItems.lt(floorMonthly)) {
		if (sec.floorOverride) {
			messages.push({
				code: 'below-security-floor',
				field: field('security.floorOverride'),
				ja: `セキュリティ運用費が月${group(out(monthlyItems))}円で、IPAの骨子が示す自社構築の最低額（月${manYen(out(floorMonthly))}）を下回っています。`,
				en: `Security operating cost is ${group(out(monthlyItems))} yen a month, below the minimum the IPA outline gives for a self-built site (${group(out(floorMonthly))} yen a month).`,
				...(minimum.source ? { source: { id: minimum.source.id, section: minimum.source.section } } : {})
			});
		} else {
			opsMonthly = floorMonthly;
			floorApplied = true;
		}
	}
	const cardShare = s.business.cardShare;
	const years = biz.revenue.map((revenue, i) => {
		const cardRevenue = pctOf(revenue, cardShare);
		const cardOrders = pctOf(biz.orders[i]!, cardShare);
		return row(i, biz, {
			initial: i === 0 ? yen(input.initialBuild).plus(input.initialSecurity) : ZERO,
			platformFees: ZERO,
			hostingMaintenance: yen(input.hostingMonthly).plus(input.maintenanceMonthly).mul(12),
			paymentFees: pctOf(cardRevenue, input.cardRate).plus(cardOrders.mul(input.perOrderFee ?? 0)),
			salesLinkedFees: ZERO,
			securityOps: opsMonthly.mul(12),
			cardCompliance: yen(sec.pciScopeAnnual ?? 0),
			insurance: yen(sec.insuranceAnnual)
		});
	});
	return finish(form, years, biz, messages, { securityOpsMonthlyItems: out(monthlyItems), floorApplied });
}

function platformCost(
	data: DataSet,
	s: Scenario,
	form: SiteForm,
	input: PlatformFormInput,
	biz: Business
): FormCost {
	const messages: ModelMessage[] = [];
	const preset = input.preset ? readPreset(data, input.preset) : null;
	if (input.preset && !preset) {
		messages.push({
			code: 'unknown-preset',
			field: `forms.${form}.preset`,
			ja: `料金プラン「${input.preset}」は data/platforms.json にありません。`,
			en: `Plan "${input.preset}" is not in data/platforms.json.`
		});
	}
	// A fee the user typed wins over the preset's; a fee neither gives is unknown (null) and named.
	const fees = Object.fromEntries(
		FEE_KEYS.map((k) => [k, input.fees?.[k] !== undefined ? input.fees[k] : (preset?.fees[k] ?? null)])
	) as Fees;
	for (const k of FEE_KEYS) if (fees[k] === null) messages.push(unknown(`forms.${form}.fees.${k}`));
	for (const n of preset?.notes ?? [])
		messages.push({ code: 'preset-note', field: `forms.${form}.preset`, ...n });
	const b = s.business;
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
			insurance: yen(input.security.insuranceAnnual)
		});
	});
	return finish(form, years, biz, messages, {
		securityOpsMonthlyItems: out(yen(input.security.customPageDiagnosisAnnual).div(12)),
		floorApplied: false,
		fees
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

function finish(
	form: SiteForm,
	rows: Row[],
	biz: Business,
	messages: ModelMessage[],
	extra: Pick<FormCost, 'securityOpsMonthlyItems' | 'floorApplied'> & { fees?: Fees }
): FormCost {
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
