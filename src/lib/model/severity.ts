/**
 * Loss per incident, itemised (float64; yen, and months of EC sales). Each item is a product of independent
 * factors, so its mean is exact; the sampler draws the same factors. Revenue-linked items are counted in months of
 * EC SALES lost (the basis the PPC survey reports, 機会損失額＝売上); the economic loss values them at the gross
 * margin, so one set of draws serves every year (loss in year y = fixed + months × monthly EC gross profit of y).
 *
 * Shared draws, per-form profile (common random numbers): `sampleBase` draws what every form has in common (shares,
 * unit costs, and the uniforms that decide card leak, closure and exit); `formSeverity` applies the form's profile:
 * - Self-run forms (scratch, package, managed) follow the PPC survey of breached, 97% self-built sites: card data
 *   leaks with 93%, the site closes with 79% for a PERT fitted to the survey's closure bands, 14% quit EC.
 * - SaaS and mall tenants are on platform checkout (SAQ A): their own incidents (admin or seller-account takeover)
 *   cannot leak card numbers; cards leak only in a platform-wide incident, with `platform-card-leak-share`. Closure,
 *   its length and exit follow the tenant assumptions of data/risk-model.json; the platform bears its forensics
 *   and most hardening (tenant shares).
 * Items:
 * - records exposed = held × (s + (1 − s) × W), s the exposed share (PERT). W widens the scope when the loss-side
 *   requirements are unmet: build-10 (personal-data safeguards) and the log gap g = (w11 + w12) ÷ 2 of build-11
 *   (one year of logs) and build-12 (log protection), W = min(1, a10 × w10 + a_log × g) — without logs the
 *   affected customers cannot be narrowed down (IPA outline 要件11・12). w = 1 unmet, φ outsourced without the
 *   conditions, 0 met.
 * - cards exposed = card orders per month (year-1 volumes) × (exposure window (PERT) + extra months × g), or, when
 *   card numbers are stored, the card customers among the records exposed. Reissue and fraud are conditional on a
 *   card leak (the survey's shares given a leak).
 * - forensics × (1 + β × g) ÷ (1 + β × g_ref) (tenants: their share): the forensic-cost lognormal is fitted to the
 *   PPC survey's breached firms, whose log gap g_ref (72% without continuous security, IPA) is the reference, so a
 *   merchant at that posture gets the fitted distribution; legal; hardening (tenants: their share): lognormals.
 * - call centre and notification per record exposed; apology per person with the survey's probability.
 * - closure: with the form's probability, months (form's PERT) × (1 − share of sales kept elsewhere).
 * - afterwards either exit (form's probability; months of EC sales lost) or, when card payment was stopped by a
 *   card leak, ONE post-incident curve from the single IPA case (sales ≤ 50% of before with card payment stopped;
 *   10% of card payers left): the sales deficit starts at d0 = 1 − 50% and is made of departed card customers
 *   c = card share × 10%, lost for M months, plus a temporary part d0 − c that recovers linearly over R months.
 *   Area = c × M + (d0 − c) × R ÷ 2 (no double counting: the departed customers are inside the 50%).
 * - insurance, when in force, pays the response costs (not hardening, not lost sales) with the card reissue and
 *   fraud sub-limits per incident and the apology sub-limit per person, less the deductible, up to the cost
 *   limit.
 */
import { exp } from './detmath';
import { mean as meanOf } from './distributions';
import type { InsuranceTerms } from './insurance';
import { need, type RiskParams } from './params';
import type { Rng } from './rng';
import { compile, compileQuantile } from './sampler';
import type { Coverage } from './scenario';

import { MONTH_ITEMS, YEN_ITEMS } from './constants';

export { MONTH_ITEMS, YEN_ITEMS };
/** the yen items a cyber policy's cost cover pays (before sub-limits) */
export const COVERED_ITEMS = [
	'forensics',
	'cardReissue',
	'fraudCompensation',
	'callCentre',
	'notification',
	'legal',
	'apology'
] as const;
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

/** How the loss-side requirements stand for the form ('met' where the form does not carry them). */
export interface LossSidePosture {
	/** build-10: safeguards for personal data */
	safeguards: Coverage;
	/** build-11: one year of logs and backups */
	logs: Coverage;
	/** build-12: logs and backups protected */
	logProtection: Coverage;
}

export const ALL_MET: LossSidePosture = { safeguards: 'met', logs: 'met', logProtection: 'met' };

/** What differs by form: stored card numbers, platform tenancy, loss-side posture, insurance. */
export interface SeverityContext extends IncidentBase {
	cardsStored: boolean;
	platformForm: boolean;
	lossSide: LossSidePosture;
	/** share of the form's expected incidents that are platform-wide (0 for self-run forms) */
	platformWideShare: number;
	insurance: InsuranceTerms | null;
}

export interface SeverityDraws {
	n: number;
	/** yen per incident not linked to revenue (response costs, net of insurance) */
	fixed: Float64Array;
	/** months of EC sales lost per incident (value them at the monthly gross profit) */
	months: Float64Array;
	items: Record<SeverityItem, Float64Array>;
	/** Σ recovered ÷ Σ covered items over the draws (0 without insurance): the share of the covered costs a claim pays */
	recoveryShare: number;
}

/**
 * Incident draws shared by every form (common random numbers: differences between forms are not blurred by
 * sampling noise). Uniforms are kept where forms differ in a probability or a distribution, so each form maps the
 * same uniform through its own profile.
 */
export interface BaseDraws {
	n: number;
	/** share of the records held that the incident exposes (before scope widening) */
	exposedShare: Float64Array;
	/** card exposure window, months (before the log gap's extra months) */
	window: Float64Array;
	/** a card leak happens when cardU < the form's card-leak probability */
	cardU: Float64Array;
	/** reissue fee per card if the fee is borne given a leak, else 0 */
	reissuePerCard: Float64Array;
	/** fraud compensation per card if fraud is compensated given a leak, else 0 */
	fraudPerCard: Float64Array;
	forensics: Float64Array;
	callCentrePerRecord: Float64Array;
	legal: Float64Array;
	/** apology per person if apologies are paid, else 0 */
	apologyPerPerson: Float64Array;
	hardening: Float64Array;
	/** closure happens when closeU < the form's closure probability; its length is the form's quantile at closeLenU */
	closeU: Float64Array;
	closeLenU: Float64Array;
	/** exit happens when exitU < the form's exit probability */
	exitU: Float64Array;
	/** months for the temporary sales deficit to recover */
	recovery: Float64Array;
}

/** The form's profile: probabilities and factors of data/risk-model.json applied to the context. */
export interface FormProfile {
	cardLeak: number;
	reissueGivenLeak: number;
	fraudGivenLeak: number;
	reissueFee: number;
	notification: number;
	apologyShare: number;
	closureShare: number;
	closureMonthsId: string;
	exitShare: number;
	exitMonths: number;
	/** records scope widening W in [0, 1] */
	widening: number;
	extraWindow: number;
	forensicsFactor: number;
	hardeningFactor: number;
	/** post-incident curve: departed share c, months M, temporary deficit d0 − c */
	churn: number;
	churnMonths: number;
	temporaryDeficit: number;
}

/** Exact means, memoised per distribution object (the what-if analysis asks for them thousands of times). */
const means = new WeakMap<object, number>();
function cachedMean(params: RiskParams, id: string): number {
	const d = need(params, id);
	let v = means.get(d);
	if (v === undefined) {
		v = meanOf(d);
		means.set(d, v);
	}
	return v;
}

export function formProfile(ctx: SeverityContext, params: RiskParams): FormProfile {
	const m = (id: string) => cachedMean(params, id);
	const leak = m('card-leak-share');
	const phi = m('outsourced-unconditioned-gap');
	const w = (c: Coverage) => (c === 'unmet' ? 1 : c === 'conditional' ? phi : 0);
	const logGap = (w(ctx.lossSide.logs) + w(ctx.lossSide.logProtection)) / 2;
	const widening = Math.min(
		1,
		m('scope-widening-safeguards') * w(ctx.lossSide.safeguards) + m('scope-widening-logs') * logGap
	);
	const p = ctx.platformForm;
	const churn = ctx.cardShare * m('card-payers-lost');
	return {
		cardLeak: p ? Math.min(1, Math.max(0, ctx.platformWideShare)) * m('platform-card-leak-share') : leak,
		reissueGivenLeak: Math.min(1, m('reissue-borne-share') / leak),
		fraudGivenLeak: Math.min(1, m('fraud-compensated-share') / leak),
		reissueFee: m('reissue-fee'),
		notification: m('notification-per-record'),
		apologyShare: m('apology-share'),
		closureShare: p ? m('platform-tenant-closure-share') : m('closure-share'),
		closureMonthsId: p ? 'platform-tenant-closure-months' : 'closure-months',
		exitShare: p ? m('platform-tenant-exit-share') : m('exit-share'),
		exitMonths: m('exit-lost-months'),
		widening,
		extraWindow: m('log-gap-card-window') * logGap,
		forensicsFactor:
			((p ? m('platform-tenant-forensics-share') : 1) * (1 + m('log-gap-forensics-uplift') * logGap)) /
			(1 + m('log-gap-forensics-uplift') * m('breached-log-gap')),
		hardeningFactor: p ? m('platform-tenant-hardening-share') : 1,
		churn,
		churnMonths: m('lost-customer-months'),
		temporaryDeficit: Math.max(0, 1 - m('post-reopen-sales-level') - churn)
	};
}

/** Exact mean of every item (yen items in yen, month items in months of EC sales), before insurance. */
export function expectedItems(ctx: SeverityContext, params: RiskParams): Record<SeverityItem, number> {
	const f = formProfile(ctx, params);
	const m = (id: string) => cachedMean(params, id);
	const share = m('records-exposed-share');
	const scope = share + (1 - share) * f.widening;
	const records = ctx.fixedRecords ?? ctx.recordsHeld * scope;
	const cards =
		ctx.fixedCards ??
		(ctx.cardsStored
			? ctx.recordsHeld * ctx.cardShare * scope
			: ctx.cardOrdersPerMonth * (m('card-exposure-window') + f.extraWindow));
	const afterwards = (1 - f.exitShare) * f.cardLeak;
	return {
		forensics: m('forensics-cost') * f.forensicsFactor,
		cardReissue: f.cardLeak * cards * f.reissueGivenLeak * f.reissueFee,
		fraudCompensation: f.cardLeak * cards * f.fraudGivenLeak * m('fraud-per-card'),
		callCentre: records * m('call-centre-per-record'),
		notification: records * f.notification,
		legal: m('legal-consulting'),
		apology: f.apologyShare * records * m('apology-per-person'),
		hardening: m('hardening-cost') * f.hardeningFactor,
		insuranceRecovery: 0,
		closure: f.closureShare * m(f.closureMonthsId) * (1 - ctx.keptWhileClosed),
		depressedSales: (afterwards * f.temporaryDeficit * m('recovery-months')) / 2,
		lostCustomers: afterwards * f.churn * f.churnMonths,
		exit: f.exitShare * f.exitMonths
	};
}

function lognormalOf(params: RiskParams, id: string) {
	const d = need(params, id);
	if (d.kind !== 'lognormal') throw new Error(`${id} must be lognormal`);
	return d;
}

/** The shared incident draws. `ctx` is not read beyond the IncidentBase: every form maps them in formSeverity. */
export function sampleBase(_ctx: IncidentBase, params: RiskParams, rng: Rng, n: number): BaseDraws {
	const m = (id: string) => meanOf(need(params, id));
	const leak = m('card-leak-share');
	const reissueGivenLeak = Math.min(1, m('reissue-borne-share') / leak);
	const fraudGivenLeak = Math.min(1, m('fraud-compensated-share') / leak);
	const reissueFee = m('reissue-fee');
	const apologyShare = m('apology-share');
	const s = (id: string) => compile(need(params, id));
	const exposedShare = s('records-exposed-share');
	const window = s('card-exposure-window');
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
		exposedShare: a(),
		window: a(),
		cardU: a(),
		reissuePerCard: a(),
		fraudPerCard: a(),
		forensics: a(),
		callCentrePerRecord: a(),
		legal: a(),
		apologyPerPerson: a(),
		hardening: a(),
		closeU: a(),
		closeLenU: a(),
		exitU: a(),
		recovery: a()
	};
	const { exposedShare: shOut, window: wOut, cardU, reissuePerCard, fraudPerCard: frOut } = d;
	const { forensics: fzOut, callCentrePerRecord: ccOut, legal: lgOut, apologyPerPerson: apOut } = d;
	const { hardening: hdOut, closeU, closeLenU, exitU, recovery: rcOut } = d;
	for (let i = 0; i < n; i++) {
		shOut[i] = exposedShare(rng);
		wOut[i] = window(rng);
		cardU[i] = rng.next();
		reissuePerCard[i] = rng.next() < reissueGivenLeak ? reissueFee : 0;
		frOut[i] = rng.next() < fraudGivenLeak ? fraudPerCard.median * exp(fraudPerCard.sigma * rng.normal()) : 0;
		fzOut[i] = forensics.median * exp(forensics.sigma * rng.normal());
		ccOut[i] = callCentre.median * exp(callCentre.sigma * rng.normal());
		lgOut[i] = legal.median * exp(legal.sigma * rng.normal());
		apOut[i] = rng.next() < apologyShare ? apologyPer.median * exp(apologyPer.sigma * rng.normal()) : 0;
		hdOut[i] = hardening.median * exp(hardening.sigma * rng.normal());
		closeU[i] = rng.next();
		closeLenU[i] = rng.next();
		exitU[i] = rng.next();
		rcOut[i] = recovery(rng);
	}
	return d;
}

/** The draws of one form: its profile, card storage, loss-side posture and insurance applied to the base draws. */
export function formSeverity(base: BaseDraws, ctx: SeverityContext, params: RiskParams): SeverityDraws {
	const f = formProfile(ctx, params);
	const n = base.n;
	const items = Object.fromEntries(
		[...YEN_ITEMS, ...MONTH_ITEMS].map((k) => [k, new Float64Array(n)])
	) as Record<SeverityItem, Float64Array>;
	const fixed = new Float64Array(n);
	const months = new Float64Array(n);
	const closureQ = compileQuantile(need(params, f.closureMonthsId));
	const ins = ctx.insurance;
	const limit = ins?.costLimit ?? 0;
	const deductible = ins?.deductible ?? 0;
	const subReissue = ins?.sublimits.cardReissue ?? 0;
	const subFraud = ins?.sublimits.fraudCompensation ?? 0;
	const subApology = ins?.sublimits.apologyPerPerson ?? 0;
	const { recordsHeld, cardShare, cardOrdersPerMonth, fixedRecords, fixedCards, cardsStored } = ctx;
	const kept = 1 - ctx.keptWhileClosed;
	const { widening, extraWindow, cardLeak, forensicsFactor, hardeningFactor, closureShare, exitShare } = f;
	const notificationPer = f.notification;
	const lostMonths = f.churn * f.churnMonths;
	const tempFactor = f.temporaryDeficit / 2;
	const { exitMonths } = f;
	const { cardReissue, fraudCompensation, forensics, callCentre, notification, legal, apology } = items;
	const { hardening, insuranceRecovery, closure, depressedSales, lostCustomers, exit } = items;
	let recoveredSum = 0;
	let coveredSum = 0;
	for (let i = 0; i < n; i++) {
		const sh = base.exposedShare[i]!;
		const scope = sh + (1 - sh) * widening;
		const records = fixedRecords ?? recordsHeld * scope;
		const leaked = base.cardU[i]! < cardLeak;
		const cards = leaked
			? (fixedCards ??
				(cardsStored
					? recordsHeld * cardShare * scope
					: cardOrdersPerMonth * (base.window[i]! + extraWindow)))
			: 0;
		const reissue = cards * base.reissuePerCard[i]!;
		const fraud = cards * base.fraudPerCard[i]!;
		const fz = base.forensics[i]! * forensicsFactor;
		const cc = records * base.callCentrePerRecord[i]!;
		const nt = records * notificationPer;
		const lg = base.legal[i]!;
		const apPer = base.apologyPerPerson[i]!;
		const ap = records * apPer;
		const hd = base.hardening[i]! * hardeningFactor;
		const covered = fz + reissue + fraud + cc + nt + lg + ap;
		let recovered = 0;
		if (ins) {
			const claim = claimOf(
				fz + cc + nt + lg,
				reissue,
				fraud,
				records,
				apPer,
				subReissue,
				subFraud,
				subApology
			);
			recovered = Math.min(limit, Math.max(0, claim - deductible));
			recoveredSum += recovered;
			coveredSum += covered;
		}
		cardReissue[i] = reissue;
		fraudCompensation[i] = fraud;
		forensics[i] = fz;
		callCentre[i] = cc;
		notification[i] = nt;
		legal[i] = lg;
		apology[i] = ap;
		hardening[i] = hd;
		insuranceRecovery[i] = -recovered;
		fixed[i] = covered + hd - recovered;
		const cl = base.closeU[i]! < closureShare ? closureQ(base.closeLenU[i]!) * kept : 0;
		closure[i] = cl;
		let ex = 0;
		let dp = 0;
		let lc = 0;
		if (base.exitU[i]! < exitShare) ex = exitMonths;
		else if (leaked) {
			dp = tempFactor * base.recovery[i]!;
			lc = lostMonths;
		}
		exit[i] = ex;
		depressedSales[i] = dp;
		lostCustomers[i] = lc;
		months[i] = cl + dp + lc + ex;
	}
	return { n, fixed, months, items, recoveryShare: coveredSum > 0 ? recoveredSum / coveredSum : 0 };
}

/**
 * What a policy is claimed for in one incident, before its deductible and cost limit (yen): the fully covered
 * response items (forensics, call centre, notification, legal), card reissue and fraud compensation up to their
 * per-incident sub-limits, apology payments up to the per-person sub-limit. One formula for the per-form draws and
 * the recovery share, so the two agree to the bit.
 */
function claimOf(
	fullyCovered: number,
	reissue: number,
	fraud: number,
	records: number,
	apologyPerPerson: number,
	subReissue: number,
	subFraud: number,
	subApologyPerPerson: number
): number {
	return (
		fullyCovered +
		Math.min(reissue, subReissue) +
		Math.min(fraud, subFraud) +
		records * Math.min(apologyPerPerson, subApologyPerPerson)
	);
}

/**
 * The share of the covered costs a claim pays, Σ recovered ÷ Σ covered over the base draws: exactly what
 * `formSeverity` returns as `recoveryShare` (same draws, same arithmetic in the same order), without building the
 * item arrays. The expected-value core and the what-if analysis use it: the recovery is the one capped, hence
 * simulated, part of the expected loss. 0 without insurance.
 */
export function recoveryShareOf(base: BaseDraws, ctx: SeverityContext, params: RiskParams): number {
	const ins = ctx.insurance;
	if (!ins) return 0;
	const f = formProfile(ctx, params);
	const n = base.n;
	const limit = ins.costLimit;
	const deductible = ins.deductible;
	const subReissue = ins.sublimits.cardReissue;
	const subFraud = ins.sublimits.fraudCompensation;
	const subApology = ins.sublimits.apologyPerPerson;
	const { recordsHeld, cardShare, cardOrdersPerMonth, fixedRecords, fixedCards, cardsStored } = ctx;
	const { widening, extraWindow, cardLeak, forensicsFactor } = f;
	const notificationPer = f.notification;
	// the columns as locals: the loop then reads typed arrays only (the draws object may vary in shape)
	const { exposedShare, cardU, window, reissuePerCard, fraudPerCard, forensics, callCentrePerRecord } = base;
	const { legal, apologyPerPerson } = base;
	let recoveredSum = 0;
	let coveredSum = 0;
	for (let i = 0; i < n; i++) {
		const sh = exposedShare[i]!;
		const scope = sh + (1 - sh) * widening;
		const records = fixedRecords ?? recordsHeld * scope;
		const leaked = cardU[i]! < cardLeak;
		const cards = leaked
			? (fixedCards ??
				(cardsStored ? recordsHeld * cardShare * scope : cardOrdersPerMonth * (window[i]! + extraWindow)))
			: 0;
		const reissue = cards * reissuePerCard[i]!;
		const fraud = cards * fraudPerCard[i]!;
		const fz = forensics[i]! * forensicsFactor;
		const cc = records * callCentrePerRecord[i]!;
		const nt = records * notificationPer;
		const lg = legal[i]!;
		const apPer = apologyPerPerson[i]!;
		const ap = records * apPer;
		const covered = fz + reissue + fraud + cc + nt + lg + ap;
		const claim = claimOf(
			fz + cc + nt + lg,
			reissue,
			fraud,
			records,
			apPer,
			subReissue,
			subFraud,
			subApology
		);
		recoveredSum += Math.min(limit, Math.max(0, claim - deductible));
		coveredSum += covered;
	}
	return coveredSum > 0 ? recoveredSum / coveredSum : 0;
}

/** Draws for one context (base and form step together): for validation and the sampler benchmark. */
export function sampleSeverity(ctx: SeverityContext, params: RiskParams, rng: Rng, n: number): SeverityDraws {
	return formSeverity(sampleBase(ctx, params, rng, n), ctx, params);
}
