/**
 * TEST REFERENCE ONLY (imported by what-if.spec.ts, nowhere else): break-even and sensitivity as they were computed
 * before issue #8, by re-running the full Monte Carlo evaluation (2,000 draws) for every what-if. The equivalence
 * test compares the core-based what-if (what-if/what-if.ts) with it on the reference scenarios.
 */
import type { Text } from '../../data/figure';
import type { DataSet } from '../../data/files';
import { resolveFigure } from '../../data/resolve';
import { SITE_FORMS, type SiteForm } from '../../data/forms';
import { constant, lognormal, type Distribution } from '../distributions';
import { exp, log } from '../detmath';
import { evaluate, type Results } from '../evaluate';
import type { RiskParams } from '../params';
import { MAX_YEN, type Scenario } from '../scenario';
import { fromBase } from '../units';
import { rankForms } from '../decision/recommend';

const Z95 = 1.6448536269514722;
const SEARCH_TRIALS = 2000;

/** The revenue range the break-even search covers (yen a year). */
const REVENUE_SEARCH = { min: 1e5, max: MAX_YEN } as const;

interface BreakEven {
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

interface SensitivityRow {
	id: string;
	label: Text;
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

interface Ctx {
	data: DataSet;
	scenario: Scenario;
	params: RiskParams;
	excluded: ReadonlySet<SiteForm>;
}

function fastScenario(s: Scenario, only?: SiteForm[]): Scenario {
	const forms = { ...s.forms };
	if (only) for (const f of SITE_FORMS) forms[f] = { ...forms[f], enabled: only.includes(f) } as never;
	return {
		...s,
		forms,
		simulation: { ...s.simulation, trials: Math.min(s.simulation.trials, SEARCH_TRIALS) }
	};
}

function winner(ctx: Ctx, s: Scenario, p: RiskParams): { form: SiteForm | null; results: Results } {
	const results = evaluate(ctx.data, s, p);
	const ranking = rankForms(results, ctx.excluded, s.discountRate > 0);
	return { form: ranking[0]?.form ?? null, results };
}

function totalOf(r: Results, form: SiteForm, discounted: boolean): number {
	const f = r.forms.find((x) => x.form === form)!;
	return discounted ? f.riskAdjusted.totalDiscounted : f.riskAdjusted.total;
}

export function breakEvenByRerun(ctx: Ctx, best: SiteForm, second: SiteForm): BreakEven {
	const discounted = ctx.scenario.discountRate > 0;
	const pair = fastScenario(ctx.scenario, [best, second]);
	const revenue0 = pair.business.annualRevenue;
	const totals = (factor: number) => {
		const s = { ...pair, business: { ...pair.business, annualRevenue: revenue0 * factor } };
		const r = evaluate(ctx.data, s, ctx.params);
		return { best: totalOf(r, best, discounted), second: totalOf(r, second, discounted) };
	};
	const diff = (factor: number) => {
		const t = totals(factor);
		return t.best - t.second;
	};
	const search = (from: number, to: number): number | null => {
		// log-spaced scan for a sign change (three points a decade), then bisection on the log of the factor
		const steps = Math.max(1, Math.ceil((Math.abs(log(to / from)) / log(10)) * 3));
		let prevF = from;
		let prevD = diff(from);
		for (let i = 1; i <= steps; i++) {
			const f = from * exp((log(to / from) * i) / steps);
			const d = diff(f);
			if (prevD <= 0 !== d <= 0) {
				let lo = prevF;
				let hi = f;
				for (let k = 0; k < 30; k++) {
					const mid = Math.sqrt(lo * hi);
					if (diff(mid) <= 0 === prevD <= 0) lo = mid;
					else hi = mid;
				}
				return revenue0 * Math.sqrt(lo * hi);
			}
			prevF = f;
			prevD = d;
		}
		return null;
	};
	const lo = Math.min(1, REVENUE_SEARCH.min / revenue0);
	const hi = Math.max(1, REVENUE_SEARCH.max / revenue0);
	const below = lo < 1 ? search(1, lo) : null;
	const above = hi > 1 ? search(1, hi) : null;
	let none: BreakEven['revenue']['none'] = null;
	if (below === null && above === null) {
		const a = totals(lo);
		const z = totals(hi);
		const span = revenue0 * (hi - lo);
		none = {
			reason: 'recommended-cheaper-throughout',
			marginal: {
				recommended: span > 0 ? (z.best - a.best) / span : 0,
				runnerUp: span > 0 ? (z.second - a.second) / span : 0
			}
		};
	}
	const full = evaluate(ctx.data, pair, ctx.params);
	const b = full.forms.find((x) => x.form === best)!;
	const costBest = discounted ? b.cost.totalDiscounted : b.cost.total;
	const lossBest = discounted ? b.risk.horizon.expectedDiscounted : b.risk.horizon.expected;
	const secondTotal = totalOf(full, second, discounted);
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
	label: Text;
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
			label: p.use,
			unit,
			...r,
			apply: (value) => ({
				s,
				p: { ...ctx.params, dist: { ...ctx.params.dist, [p.id]: pointLike(d, value) } }
			}),
			show: (value) => fromBase(value, unit)
		});
	}
	const business: [keyof Scenario['business'], Text][] = [
		['annualRevenue', { ja: 'EC売上高（年間）', en: 'Annual EC revenue' }],
		['grossMargin', { ja: '粗利率', en: 'Gross margin' }],
		['customerRecords', { ja: '保有する顧客の個人データ件数', en: 'Customer records held' }]
	];
	for (const [key, label] of business) {
		const base = s.business[key] as number;
		// business values are already in the unit users type (yen, percent, records)
		out.push({
			id: `business.${key}`,
			label,
			unit: key === 'annualRevenue' ? '円/年' : key === 'grossMargin' ? '%' : '件',
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

export function sensitivityByRerun(ctx: Ctx, best: SiteForm): SensitivityRow[] {
	const s = fastScenario(ctx.scenario);
	const discounted = s.discountRate > 0;
	const rows = levers(ctx, s).map((lever) => {
		const shown = lever.show;
		const at = (v: number) => {
			const { s: s2, p } = lever.apply(v);
			return winner(ctx, s2, p);
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
				const w = at(mid).form;
				if (w === best) a = mid;
				else {
					b = mid;
					to = w;
				}
			}
			switches.push({ value: shown((a + b) / 2), to });
		}
		return {
			id: lever.id,
			label: lever.label,
			base: shown(lever.base),
			low: shown(lever.low),
			high: shown(lever.high),
			unit: lever.unit,
			recommendedAtLow: lo.form,
			recommendedAtHigh: hi.form,
			swing: Math.abs(totalOf(hi.results, best, discounted) - totalOf(lo.results, best, discounted)),
			switches
		};
	});
	return rows.sort((a, b) => b.swing - a.swing);
}
