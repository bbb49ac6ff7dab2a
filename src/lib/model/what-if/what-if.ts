/**
 * Break-even and sensitivity for the recommendation, on the exact expected-value core (core.ts): a what-if changes
 * a revenue or an assumption, and the risk-adjusted totals are recomputed as cost + E[λ] × E[loss] — exact, with
 * the insurance share recovered from the scenario's own shared draws (re-used wherever the change leaves
 * severity alone, recomputed on the same draws where it does). No Monte Carlo is re-run.
 * - break-even revenue: the annual EC revenue at which the runner-up's risk-adjusted total equals the
 *   recommended form's, over every revenue the scenario allows (10万円 to 1兆円 a year). The totals are piecewise
 *   affine in revenue (PSP tiers, insurance bands, plan selection: what-if/revenue.ts), so the search brackets the
 *   first sign change from today's revenue outward on the log grid of before (three points a decade) plus every
 *   revenue where a tier or a band steps, solves inside the bracket (regula falsi, exact in one step where the
 *   difference is affine, bisection where it is not), and checks the root against tco.ts; when neither side
 *   crosses, the result says so and why (the marginal cost of each form per yen of revenue);
 * - break-even breach rate: risk-adjusted total = total cost + expected loss, and the expected loss is
 *   proportional to the rate, so the factor on the recommended form's rate at which the runner-up wins is
 *   (runner-up total − recommended total cost) ÷ recommended expected loss — exact, no search;
 * - sensitivity (tornado): each assumption moved to the low and the high end of its range (PERT and lognormal
 *   parameters: their low/high, i.e. the 5th–95th percentiles of a lognormal; a point assumption and the
 *   business assumptions: half and double), the recommendation recomputed, and, where it changes, the value at
 *   which it changes (bisection).
 */
import type { DataSet } from '../../data/files';
import { resolveFigure } from '../../data/resolve';
import type { SiteForm } from '../../data/forms';
import { SITE_FORMS } from '../../data/forms';
import {
	DrawSource,
	expectedForm,
	whatIfForm,
	type ExpectedFormResult,
	type RiskAdjusted,
	type WhatIfForm
} from '../core';
import { constant, lognormal, type Distribution } from '../distributions';
import { exp, log } from '../detmath';
import type { RiskParams } from '../params';
import { MAX_YEN, type Scenario } from '../scenario';
import { totalCost, type FormCost } from '../tco';
import { fieldUnit } from '../fields';
import { fromBase } from '../units';
import { revenueCurve, type RevenueCurve } from './revenue';
import { rankForms } from '../decision/recommend';

const Z95 = 1.6448536269514722;

/** The revenue range the break-even search covers (yen a year). */
export const REVENUE_SEARCH = { min: 1e5, max: MAX_YEN } as const;

export interface BreakEven {
	revenue: {
		below: number | null;
		above: number | null;
		current: number;
		searched: { from: number; to: number };
		/** no crossing at all: the recommended form stays cheaper over the whole range */
		none: null | {
			reason: 'recommended-cheaper-throughout';
			/** added risk-adjusted cost per yen of revenue, between the two ends of the range */
			marginal: { recommended: number; runnerUp: number };
		};
	};
	rate: { recommendedFactor: number | null; recommendedRate: number | null; runnerUpCanWin: boolean };
}

export interface SensitivityRow {
	/** a risk-model.json parameter id (its `use` text names it) or `business.<field>` (the scenario field) */
	id: string;
	base: number;
	low: number;
	high: number;
	unit: string;
	recommendedAtLow: SiteForm | null;
	recommendedAtHigh: SiteForm | null;
	/** change in the recommended form's risk-adjusted total between the two ends */
	swing: number;
	/** base, low, high and switch values are in `unit` (a figure's own unit: 37 for 37%, 万円 as 万円) */
	/** where the recommendation changes, the value and the form it changes to */
	switches: { value: number; to: SiteForm | null }[];
}

/** What a what-if starts from: the (sunk-build) scenario, its parameters and the forms the rules exclude. */
export interface Ctx {
	data: DataSet;
	scenario: Scenario;
	params: RiskParams;
	excluded: ReadonlySet<SiteForm>;
	/** the scenario's shared draws, when the caller already has them (else made on first need) */
	draws?: DrawSource;
	/** the core's results for the scenario, when the caller already has them */
	core?: readonly ExpectedFormResult[];
}

/** The working state of one what-if run: costs at today's revenue, revenue curves, recovery shares, made once. */
class WhatIf {
	readonly draws: DrawSource;
	readonly forms: SiteForm[];
	readonly discounted: boolean;
	private readonly costs = new Map<SiteForm, FormCost>();
	private readonly curves = new Map<SiteForm, RevenueCurve>();
	private readonly core = new Map<SiteForm, ExpectedFormResult>();
	readonly shares = new Map<string, number>();

	constructor(readonly ctx: Ctx) {
		const s = ctx.scenario;
		this.draws = ctx.draws ?? new DrawSource(ctx.data, s, ctx.params);
		this.forms = SITE_FORMS.filter((f) => s.forms[f].enabled && !ctx.excluded.has(f));
		this.discounted = s.discountRate > 0;
		for (const r of ctx.core ?? []) {
			this.core.set(r.form, r);
			this.costs.set(r.form, r.cost);
		}
	}

	/** The form on the core at the scenario itself (costs, expected loss, P(incident)). */
	coreOf(form: SiteForm): ExpectedFormResult {
		let r = this.core.get(form);
		if (!r) {
			const { data, scenario, params } = this.ctx;
			r = expectedForm(data, scenario, params, form, this.draws, this.costOf(form)).result;
			this.core.set(form, r);
		}
		return r;
	}

	costOf(form: SiteForm): FormCost {
		let c = this.costs.get(form);
		if (!c) {
			c = totalCost(this.ctx.data, this.ctx.scenario, form);
			this.costs.set(form, c);
		}
		return c;
	}

	curveOf(form: SiteForm): RevenueCurve {
		let c = this.curves.get(form);
		if (!c) {
			c = revenueCurve(this.ctx.data, this.ctx.scenario, form, this.costOf(form));
			this.curves.set(form, c);
		}
		return c;
	}

	/** The cost of a form in a scenario that differs from the base only in its business figures. */
	costIn(form: SiteForm, s: Scenario): FormCost {
		const b0 = this.ctx.scenario.business;
		const b = s.business;
		if (b.annualRevenue !== b0.annualRevenue)
			return this.curveOf(form).costAt(b.annualRevenue, b.grossMargin);
		const c = this.costOf(form);
		if (b.grossMargin === b0.grossMargin) return c;
		return { ...c, years: c.years.map((y) => ({ ...y, grossProfit: (y.revenue * b.grossMargin) / 100 })) };
	}

	/** The given forms in a what-if scenario and parameters, on the core. */
	totals(s: Scenario, p: RiskParams, forms: readonly SiteForm[] = this.forms): Map<SiteForm, WhatIfForm> {
		const out = new Map<SiteForm, WhatIfForm>();
		for (const form of forms) {
			const cost = this.costIn(form, s);
			out.set(form, whatIfForm(this.ctx.data, s, p, form, cost, this.draws, this.shares));
		}
		return out;
	}

	total(r: RiskAdjusted): number {
		return this.discounted ? r.totalDiscounted : r.total;
	}

	/**
	 * The recommended form in a what-if (the rules' exclusions stand), and `best`'s exact total. A form's simulated
	 * recovery is computed only if its lower bound (every covered cost recovered) could still make it the cheapest:
	 * the winner is the same as with every form computed.
	 */
	winner(s: Scenario, p: RiskParams, best: SiteForm): { form: SiteForm | null; bestTotal: number } {
		const forms = this.totals(s, p);
		const value = new Map<SiteForm, RiskAdjusted>();
		const exact = new Set<SiteForm>();
		for (const [form, f] of forms) {
			if (!f.insured || form === best) {
				value.set(form, f.exact());
				exact.add(form);
			} else value.set(form, f.at(1));
		}
		for (;;) {
			let m: SiteForm | null = null;
			for (const form of this.forms)
				if (m === null || this.total(value.get(form)!) < this.total(value.get(m)!)) m = form;
			if (m === null || exact.has(m)) break;
			value.set(m, forms.get(m)!.exact());
			exact.add(m);
		}
		// rankForms reads the form, its risk-adjusted totals and its cost's unknown items from each result; a form
		// not computed carries its lower bound, which is above the winner's total
		const ranked = this.forms.map((form) => ({
			form,
			cost: this.costOf(form),
			riskAdjusted: value.get(form)!
		}));
		const ranking = rankForms({ forms: ranked }, this.ctx.excluded, this.discounted);
		const b = value.get(best);
		return { form: ranking[0]?.form ?? null, bestTotal: b ? this.total(b) : 0 };
	}
}

function withRevenue(s: Scenario, revenue: number): Scenario {
	return { ...s, business: { ...s.business, annualRevenue: revenue } };
}

/**
 * The root of f in [a, b] (f(a) and f(b) on opposite sides of 0 in the `≤ 0` sense): regula falsi with the
 * Illinois step — one step where f is affine — and a bisection whenever the bracket does not halve; it stops at
 * |f| ≤ `ftol` (rounding, for yen totals) or a bracket of 1e-12 relative width.
 */
function solve(f: (x: number) => number, a: number, b: number, fa: number, fb: number, ftol: number): number {
	let side = 0;
	for (let k = 0; k < 200; k++) {
		const width = Math.abs(b - a);
		if (width <= 1e-12 * Math.max(Math.abs(a), Math.abs(b))) break;
		let x = fa !== fb ? b - (fb * (b - a)) / (fb - fa) : (a + b) / 2;
		if (!(x > Math.min(a, b) && x < Math.max(a, b))) x = (a + b) / 2;
		const fx = f(x);
		if (Math.abs(fx) <= ftol) return x;
		if (fx <= 0 === fb <= 0) {
			b = x;
			fb = fx;
			if (side === -1) fa /= 2;
			side = -1;
		} else {
			a = x;
			fa = fx;
			if (side === 1) fb /= 2;
			side = 1;
		}
		if (Math.abs(b - a) > width / 2) {
			const m = (a + b) / 2;
			const fm = f(m);
			if (fm <= 0 === fa <= 0) {
				a = m;
				fa = fm;
			} else {
				b = m;
				fb = fm;
			}
			side = 0;
		}
	}
	return (a + b) / 2;
}

export function breakEven(ctx: Ctx, best: SiteForm, second: SiteForm, state?: WhatIf): BreakEven {
	const w = state ?? new WhatIf(ctx);
	const { data, params } = ctx;
	const s0 = ctx.scenario;
	const revenue0 = s0.business.annualRevenue;
	const pair = [best, second] as const;
	const totalsAt = (revenue: number) => {
		const t = w.totals(withRevenue(s0, revenue), params, pair);
		return { best: w.total(t.get(best)!.exact()), second: w.total(t.get(second)!.exact()) };
	};
	const diff = (revenue: number) => {
		const t = totalsAt(revenue);
		return t.best - t.second;
	};
	/** whether best − second ≤ 0, from the bounds on the recovery where they decide it */
	const nonPositive = (revenue: number): boolean => {
		const t = w.totals(withRevenue(s0, revenue), params, pair);
		const [b, r] = [t.get(best)!, t.get(second)!];
		if (b.insured || r.insured) {
			if (w.total(b.at(1)) - w.total(r.at(0)) > 0) return false;
			if (w.total(b.at(0)) - w.total(r.at(1)) <= 0) return true;
		}
		return w.total(b.exact()) - w.total(r.exact()) <= 0;
	};
	/** the same difference from tco.ts itself (decimal.js), to check a root */
	const trueDiff = (revenue: number) => {
		const s = withRevenue(s0, revenue);
		const t = pair.map((form) =>
			w.total(whatIfForm(data, s, params, form, totalCost(data, s, form), w.draws, w.shares).exact())
		);
		return t[0]! - t[1]!;
	};
	/** the size of the totals, for the solver's tolerance */
	const scale = w.total(w.coreOf(best).riskAdjusted);
	const search = (from: number, to: number): number | null => {
		// the log grid of before (three points a decade) and every step of a tier or a band, outward from `from`
		const steps = Math.max(1, Math.ceil((Math.abs(log(to / from)) / log(10)) * 3));
		const points = [from * revenue0];
		for (let i = 1; i <= steps; i++) points.push(revenue0 * from * exp((log(to / from) * i) / steps));
		for (const form of pair) points.push(...w.curveOf(form).breakpoints(revenue0 * from, revenue0 * to));
		const outward = to > from ? (a: number, b: number) => a - b : (a: number, b: number) => b - a;
		points.sort(outward);
		let prevR = points[0]!;
		const prevD = nonPositive(prevR) ? -1 : 1;
		for (const r of points.slice(1)) {
			if (r === prevR) continue;
			if (prevD <= 0 !== nonPositive(r)) {
				const [fa, fb] = [diff(prevR), diff(r)];
				const root = solve(diff, prevR, r, fa, fb, 1e-12 * Math.max(1, Math.abs(fa), Math.abs(fb), scale));
				// check on tco.ts: the sign flips across the root (a step of a tier or a band counts as a root)
				const eps = 1e-7 * root;
				const near = trueDiff(to > from ? root - eps : root + eps);
				const far = trueDiff(to > from ? root + eps : root - eps);
				if (near <= 0 === prevD <= 0 && far <= 0 !== prevD <= 0) return root;
				// the curve and tco.ts disagree here (they should not): bisect on tco.ts itself
				let lo = prevR;
				let hi = r;
				for (let k = 0; k < 40; k++) {
					const mid = Math.sqrt(lo * hi);
					if (trueDiff(mid) <= 0 === prevD <= 0) lo = mid;
					else hi = mid;
				}
				return Math.sqrt(lo * hi);
			}
			prevR = r;
		}
		return null;
	};
	const lo = Math.min(1, REVENUE_SEARCH.min / revenue0);
	const hi = Math.max(1, REVENUE_SEARCH.max / revenue0);
	const below = lo < 1 ? search(1, lo) : null;
	const above = hi > 1 ? search(1, hi) : null;
	let none: BreakEven['revenue']['none'] = null;
	if (below === null && above === null) {
		const a = totalsAt(revenue0 * lo);
		const z = totalsAt(revenue0 * hi);
		const span = revenue0 * (hi - lo);
		none = {
			reason: 'recommended-cheaper-throughout',
			marginal: {
				recommended: span > 0 ? (z.best - a.best) / span : 0,
				runnerUp: span > 0 ? (z.second - a.second) / span : 0
			}
		};
	}
	const b = w.coreOf(best);
	const costBest = w.discounted ? b.cost.totalDiscounted : b.cost.total;
	const lossBest = w.discounted ? b.risk.horizon.expectedDiscounted : b.risk.horizon.expected;
	const secondTotal = w.total(w.coreOf(second).riskAdjusted);
	const factor = lossBest > 0 ? (secondTotal - costBest) / lossBest : null;
	return {
		revenue: {
			below,
			above,
			current: revenue0,
			searched: { from: revenue0 * lo, to: revenue0 * hi },
			none
		},
		rate: {
			recommendedFactor: factor !== null && factor > 0 ? factor : null,
			recommendedRate: factor !== null && factor > 0 ? factor * b.risk.probabilityOfIncident.annual : null,
			runnerUpCanWin: factor !== null && factor > 0
		}
	};
}

interface Lever {
	id: string;
	unit: string;
	base: number;
	low: number;
	high: number;
	apply: (value: number) => { s: Scenario; p: RiskParams };
	/** a value of this lever in `unit`, as a person reads it */
	show: (value: number) => number;
}

/** The distribution fixed at one value, keeping its kind where the engine needs it (a lognormal with σ = 0). */
function pointLike(d: Distribution, value: number): Distribution {
	return d.kind === 'lognormal' ? lognormal(value, 0) : constant(value);
}

function distRange(d: Distribution): { base: number; low: number; high: number } {
	if (d.kind === 'pert') return { base: d.mode, low: d.low, high: d.high };
	if (d.kind === 'lognormal')
		return { base: d.median, low: d.median * exp(-Z95 * d.sigma), high: d.median * exp(Z95 * d.sigma) };
	return { base: d.value, low: d.value / 2, high: d.value * 2 };
}

function levers(ctx: Ctx, s: Scenario): Lever[] {
	const out: Lever[] = [];
	for (const p of ctx.data['risk-model.json'].parameters) {
		const assumed =
			p.figure?.assumption === true || p.id.startsWith('base-rate-') || p.id.startsWith('platform-');
		if (!assumed || p.id === 'uplift-scale') continue;
		const d = ctx.params.dist[p.id];
		if (!d) continue;
		const r = distRange(d);
		if (r.low === r.high) continue;
		const resolved = p.ref ? resolveFigure(ctx.data as unknown as Record<string, unknown>, p.ref) : null;
		const unit = p.figure?.unit ?? (resolved && 'figure' in resolved ? resolved.figure.unit : '');
		out.push({
			id: p.id,
			unit,
			...r,
			apply: (value) => ({
				s,
				p: { ...ctx.params, dist: { ...ctx.params.dist, [p.id]: pointLike(d, value) } }
			}),
			show: (value) => fromBase(value, unit)
		});
	}
	const business: (keyof Scenario['business'])[] = ['annualRevenue', 'grossMargin', 'customerRecords'];
	for (const key of business) {
		const base = s.business[key] as number;
		// business values are already in the unit users type (yen, percent, records), the field's unit
		out.push({
			id: `business.${key}`,
			unit: fieldUnit(`business.${key}`) ?? '',
			show: (value) => value,
			base,
			low: base / 2,
			high: key === 'grossMargin' ? Math.min(100, base * 2) : base * 2,
			apply: (value) => ({
				s: {
					...s,
					business: { ...s.business, [key]: key === 'customerRecords' ? Math.round(value) : value }
				},
				p: ctx.params
			})
		});
	}
	return out;
}

/** One row of the tornado: the lever at both ends and, where the recommendation changes, where. */
function sensitivityRow(w: WhatIf, lever: Lever, best: SiteForm): SensitivityRow {
	const shown = lever.show;
	const at = (v: number) => {
		const { s: s2, p } = lever.apply(v);
		return w.winner(s2, p, best);
	};
	const lo = at(lever.low);
	const hi = at(lever.high);
	const switches: SensitivityRow['switches'] = [];
	for (const [end, res] of [
		[lever.low, lo],
		[lever.high, hi]
	] as const) {
		if (res.form === best) continue;
		let a = lever.base;
		let b = end;
		let to = res.form;
		for (let k = 0; k < 14; k++) {
			const mid = (a + b) / 2;
			const win = at(mid).form;
			if (win === best) a = mid;
			else {
				b = mid;
				to = win;
			}
		}
		switches.push({ value: shown((a + b) / 2), to });
	}
	return {
		id: lever.id,
		base: shown(lever.base),
		low: shown(lever.low),
		high: shown(lever.high),
		unit: lever.unit,
		recommendedAtLow: lo.form,
		recommendedAtHigh: hi.form,
		swing: Math.abs(hi.bestTotal - lo.bestTotal),
		switches
	};
}

/** Tornado rows, largest swing first. */
export function sortRows(rows: SensitivityRow[]): SensitivityRow[] {
	return rows.sort((a, b) => b.swing - a.swing);
}

/**
 * The what-if analysis as steps: break-even first, then the sensitivity lever by lever; yields after each unit of
 * work (so a worker can stop between yields) and returns both.
 */
export function* whatIfSteps(
	ctx: Ctx,
	best: SiteForm,
	second: SiteForm
): Generator<{ done: number; total: number }, { breakEven: BreakEven; sensitivity: SensitivityRow[] }, void> {
	const w = new WhatIf(ctx);
	const ls = levers(ctx, ctx.scenario);
	const total = 1 + ls.length;
	const be = breakEven(ctx, best, second, w);
	yield { done: 1, total };
	const rows: SensitivityRow[] = [];
	for (const lever of ls) {
		rows.push(sensitivityRow(w, lever, best));
		yield { done: 1 + rows.length, total };
	}
	return { breakEven: be, sensitivity: sortRows(rows) };
}

export function sensitivity(ctx: Ctx, best: SiteForm): SensitivityRow[] {
	const w = new WhatIf(ctx);
	return sortRows(levers(ctx, ctx.scenario).map((lever) => sensitivityRow(w, lever, best)));
}
