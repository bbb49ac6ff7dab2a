/**
 * Loss per incident, itemised (float64, yen and months). Each item is a product of independent factors, so its
 * mean is exact; the sampler draws the same factors. Revenue-linked items are counted in months of EC gross
 * profit, so one set of draws serves every year (loss in year y = fixed + months × monthly gross profit of y).
 *
 * - records exposed = records held × share exposed (PERT); cards exposed = card orders per month (year-1
 *   volumes) × exposure window (PERT months), or, when card numbers are stored, every card customer exposed.
 *   Card data leaks with the survey's probability; reissue and fraud are conditional on a leak.
 * - forensics, legal, hardening: lognormals; SaaS and mall tenants bear only a share (data/risk-model.json).
 * - call centre and notification per record exposed; apology per person with the survey's probability.
 * - closure: with the survey's probability, PERT months × (1 − share of sales kept elsewhere).
 * - afterwards either exit (survey probability; months of gross profit lost) or depressed sales (linear recovery
 *   from the post-reopening level over R months: (1 − level) × R ÷ 2) plus departed card customers
 *   (card share × share lost × months lost).
 * - insurance, when held, pays the response costs above the deductible up to the limit (not lost profit).
 */
import { exp } from './detmath';
import { mean as meanOf } from './distributions';
import { need, type RiskParams } from './params';
import type { Rng } from './rng';
import { compile } from './sampler';

export const YEN_ITEMS = [
	'forensics',
	'cardReissue',
	'fraudCompensation',
	'callCentre',
	'notification',
	'legal',
	'apology',
	'hardening',
	'insuranceRecovery'
] as const;
export const MONTH_ITEMS = ['closure', 'depressedSales', 'lostCustomers', 'exit'] as const;
export type YenItem = (typeof YEN_ITEMS)[number];
export type MonthItem = (typeof MONTH_ITEMS)[number];
export type SeverityItem = YenItem | MonthItem;

/** What the incident population has in common across forms (the business and its records). */
export interface IncidentBase {
	recordsHeld: number;
	/** fraction */
	cardShare: number;
	cardOrdersPerMonth: number;
	/** fraction of EC sales kept through other channels while closed */
	keptWhileClosed: number;
	/** optional overrides for validation against the seeds' cases */
	fixedRecords?: number;
	fixedCards?: number;
}

/** What differs by form: stored card numbers, platform tenancy, insurance. */
export interface SeverityContext extends IncidentBase {
	cardsStored: boolean;
	platformForm: boolean;
	insurance: { limit: number; deductible: number } | null;
}

export interface SeverityDraws {
	n: number;
	/** yen per incident not linked to revenue (response costs, net of insurance) */
	fixed: Float64Array;
	/** months of EC gross profit lost per incident */
	months: Float64Array;
	items: Record<SeverityItem, Float64Array>;
}

/**
 * Incident draws shared by every form (common random numbers: differences between forms are not blurred by
 * sampling noise). Card counts are kept for both the window and the stored-cards case; the per-form step
 * (formSeverity) applies the form's tenancy share, card storage and insurance.
 */
export interface BaseDraws {
	n: number;
	cardsWindow: Float64Array;
	cardsStored: Float64Array;
	/** reissue fee per card if the fee is borne, else 0 */
	reissuePerCard: Float64Array;
	/** fraud compensation per card if fraud is compensated, else 0 */
	fraudPerCard: Float64Array;
	forensics: Float64Array;
	callCentre: Float64Array;
	notification: Float64Array;
	legal: Float64Array;
	apology: Float64Array;
	hardening: Float64Array;
	closure: Float64Array;
	depressedSales: Float64Array;
	lostCustomers: Float64Array;
	exit: Float64Array;
}

function factors(params: RiskParams) {
	const m = (id: string) => meanOf(need(params, id));
	const leak = m('card-leak-share');
	return {
		leak,
		reissueGivenLeak: Math.min(1, m('reissue-borne-share') / leak),
		fraudGivenLeak: Math.min(1, m('fraud-compensated-share') / leak),
		reissueFee: m('reissue-fee'),
		notification: m('notification-per-record'),
		apologyShare: m('apology-share'),
		closureShare: m('closure-share'),
		level: m('post-reopen-sales-level'),
		lost: m('card-payers-lost'),
		lostMonths: m('lost-customer-months'),
		exitShare: m('exit-share'),
		exitMonths: m('exit-lost-months'),
		tenantForensics: m('platform-tenant-forensics-share'),
		tenantHardening: m('platform-tenant-hardening-share')
	};
}

/** Exact mean of every item (yen items in yen, month items in months), before insurance. */
export function expectedItems(ctx: SeverityContext, params: RiskParams): Record<SeverityItem, number> {
	const f = factors(params);
	const m = (id: string) => meanOf(need(params, id));
	const records = ctx.fixedRecords ?? ctx.recordsHeld * m('records-exposed-share');
	const cards =
		ctx.fixedCards ??
		(ctx.cardsStored
			? ctx.recordsHeld * ctx.cardShare * m('records-exposed-share')
			: ctx.cardOrdersPerMonth * m('card-exposure-window'));
	const noExit = 1 - f.exitShare;
	return {
		forensics: m('forensics-cost') * (ctx.platformForm ? f.tenantForensics : 1),
		cardReissue: f.leak * cards * f.reissueGivenLeak * f.reissueFee,
		fraudCompensation: f.leak * cards * f.fraudGivenLeak * m('fraud-per-card'),
		callCentre: records * m('call-centre-per-record'),
		notification: records * f.notification,
		legal: m('legal-consulting'),
		apology: f.apologyShare * records * m('apology-per-person'),
		hardening: m('hardening-cost') * (ctx.platformForm ? f.tenantHardening : 1),
		insuranceRecovery: 0,
		closure: f.closureShare * m('closure-months') * (1 - ctx.keptWhileClosed),
		depressedSales: (noExit * ((1 - f.level) * m('recovery-months'))) / 2,
		lostCustomers: noExit * ctx.cardShare * f.lost * f.lostMonths,
		exit: f.exitShare * f.exitMonths
	};
}

function lognormalOf(params: RiskParams, id: string) {
	const d = need(params, id);
	if (d.kind !== 'lognormal') throw new Error(`${id} must be lognormal`);
	return d;
}

export function sampleBase(ctx: IncidentBase, params: RiskParams, rng: Rng, n: number): BaseDraws {
	const f = factors(params);
	const s = (id: string) => compile(need(params, id));
	const exposedShare = s('records-exposed-share');
	const window = s('card-exposure-window');
	const closureMonths = s('closure-months');
	const recovery = s('recovery-months');
	const forensics = lognormalOf(params, 'forensics-cost');
	const fraudPerCard = lognormalOf(params, 'fraud-per-card');
	const callCentre = lognormalOf(params, 'call-centre-per-record');
	const legal = lognormalOf(params, 'legal-consulting');
	const apologyPer = lognormalOf(params, 'apology-per-person');
	const hardening = lognormalOf(params, 'hardening-cost');
	const a = () => new Float64Array(n);
	const d: BaseDraws = {
		n,
		cardsWindow: a(),
		cardsStored: a(),
		reissuePerCard: a(),
		fraudPerCard: a(),
		forensics: a(),
		callCentre: a(),
		notification: a(),
		legal: a(),
		apology: a(),
		hardening: a(),
		closure: a(),
		depressedSales: a(),
		lostCustomers: a(),
		exit: a()
	};
	const { recordsHeld, cardShare, cardOrdersPerMonth, fixedRecords, fixedCards } = ctx;
	const kept = 1 - ctx.keptWhileClosed;
	const lostMonths = cardShare * f.lost * f.lostMonths;
	const {
		leak,
		reissueGivenLeak,
		fraudGivenLeak,
		reissueFee,
		apologyShare,
		closureShare,
		exitShare,
		exitMonths
	} = f;
	const notificationPer = f.notification;
	const depressedFactor = (1 - f.level) / 2;
	const { cardsWindow, cardsStored, reissuePerCard, fraudPerCard: fraudOut, forensics: fzOut } = d;
	const { callCentre: ccOut, notification: ntOut, legal: lgOut, apology: apOut, hardening: hdOut } = d;
	const { closure: clOut, depressedSales: dpOut, lostCustomers: lcOut, exit: exOut } = d;
	for (let i = 0; i < n; i++) {
		const share = exposedShare(rng);
		const records = fixedRecords ?? recordsHeld * share;
		cardsWindow[i] = fixedCards ?? cardOrdersPerMonth * window(rng);
		cardsStored[i] = fixedCards ?? recordsHeld * cardShare * share;
		const leaked = rng.next() < leak;
		reissuePerCard[i] = leaked && rng.next() < reissueGivenLeak ? reissueFee : 0;
		fraudOut[i] =
			leaked && rng.next() < fraudGivenLeak
				? fraudPerCard.median * exp(fraudPerCard.sigma * rng.normal())
				: 0;
		fzOut[i] = forensics.median * exp(forensics.sigma * rng.normal());
		ccOut[i] = records * callCentre.median * exp(callCentre.sigma * rng.normal());
		ntOut[i] = records * notificationPer;
		lgOut[i] = legal.median * exp(legal.sigma * rng.normal());
		apOut[i] =
			rng.next() < apologyShare ? records * apologyPer.median * exp(apologyPer.sigma * rng.normal()) : 0;
		hdOut[i] = hardening.median * exp(hardening.sigma * rng.normal());
		clOut[i] = rng.next() < closureShare ? closureMonths(rng) * kept : 0;
		if (rng.next() < exitShare) exOut[i] = exitMonths;
		else {
			dpOut[i] = depressedFactor * recovery(rng);
			lcOut[i] = lostMonths;
		}
	}
	return d;
}

/** The draws of one form: tenancy shares, card storage and insurance applied to the shared base draws. */
export function formSeverity(base: BaseDraws, ctx: SeverityContext, params: RiskParams): SeverityDraws {
	const f = factors(params);
	const n = base.n;
	const items = Object.fromEntries(
		[...YEN_ITEMS, ...MONTH_ITEMS].map((k) => [k, new Float64Array(n)])
	) as Record<SeverityItem, Float64Array>;
	const fixed = new Float64Array(n);
	const months = new Float64Array(n);
	const tenantF = ctx.platformForm ? f.tenantForensics : 1;
	const tenantH = ctx.platformForm ? f.tenantHardening : 1;
	const cardsOf = ctx.cardsStored ? base.cardsStored : base.cardsWindow;
	const limit = ctx.insurance?.limit ?? 0;
	const deductible = ctx.insurance?.deductible ?? 0;
	const insured = ctx.insurance !== null;
	const { cardReissue, fraudCompensation, forensics, insuranceRecovery, hardening } = items;
	for (let i = 0; i < n; i++) {
		const cards = cardsOf[i]!;
		const reissue = cards * base.reissuePerCard[i]!;
		const fraud = cards * base.fraudPerCard[i]!;
		const fz = base.forensics[i]! * tenantF;
		const hd = base.hardening[i]! * tenantH;
		const covered =
			fz + reissue + fraud + base.callCentre[i]! + base.notification[i]! + base.legal[i]! + base.apology[i]!;
		const recovered = insured ? Math.min(limit, Math.max(0, covered - deductible)) : 0;
		cardReissue[i] = reissue;
		fraudCompensation[i] = fraud;
		forensics[i] = fz;
		hardening[i] = hd;
		insuranceRecovery[i] = -recovered;
		fixed[i] = covered + hd - recovered;
		months[i] = base.closure[i]! + base.depressedSales[i]! + base.lostCustomers[i]! + base.exit[i]!;
	}
	items.callCentre.set(base.callCentre);
	items.notification.set(base.notification);
	items.legal.set(base.legal);
	items.apology.set(base.apology);
	items.closure.set(base.closure);
	items.depressedSales.set(base.depressedSales);
	items.lostCustomers.set(base.lostCustomers);
	items.exit.set(base.exit);
	return { n, fixed, months, items };
}

/** Draws for one context (base and form step together): for validation and the sampler benchmark. */
export function sampleSeverity(ctx: SeverityContext, params: RiskParams, rng: Rng, n: number): SeverityDraws {
	return formSeverity(sampleBase(ctx, params, rng, n), ctx, params);
}
