/**
 * Total cost as a function of annual EC revenue R, for the what-if analysis (break-even revenue, the revenue
 * lever of the sensitivity analysis). tco.ts costs one revenue at a time in decimal.js (about a millisecond a
 * form); a revenue search needs dozens of points, so this reads the cost's structure from a few tco.ts runs and
 * evaluates it in float64 (to about 1e-15; what-if.spec.ts checks it against tco.ts over the whole revenue range):
 * - every part that does not move with revenue (initial, platform fees, hosting, security operations, PCI scope)
 *   is taken from tco.ts as is;
 * - payment and sales-linked fees are linear in revenue through zero (rates × revenue, per-order fees × orders),
 *   except the published PSP plan of own sites (data cardRateTiers): its rate and monthly fee step with the
 *   year's monthly card sales, so the tier is chosen for each year as tco.ts chooses it (tierFor);
 * - the cyber insurance premium steps with the year's revenue (premiumFor on the same bands);
 * - a platform costed under `cheapest-of-platform` takes, at each revenue, the cheapest comparable plan of its
 *   service — the rule of tco.ts, on each plan's own line (a plan's cost is affine in revenue between steps).
 * So the cost is piecewise affine in R; `breakpoints` lists the revenues where a tier or a premium band steps
 * (plan changes are kinks, not steps). The break-even search brackets a sign change on the points of the old
 * log grid and these breakpoints, solves inside the bracket, and checks the root with tco.ts itself.
 */
import type { DataSet } from '../../data/files';
import type { SiteForm } from '../../data/forms';
import { cardRateTiers, tierFor, type CardRateTier } from '../card-rate-tiers';
import { insuranceInForce, premiumBands, premiumFor, type PremiumBand } from '../insurance';
import type { PlatformFormInput, Scenario, SelfRunFormInput } from '../scenario';
import { totalCost, type FormCost } from '../tco';

const REFERENCE_REVENUE = 1e8;
const PREMIUM_UNKNOWN = 'insurance.premiumAnnual';

interface Line {
	/** revenue-independent part of each year's cost (yen) */
	fixed: number[];
	/** yen of cost per yen of first-year revenue, each year (linear parts, tiers aside) */
	slope: number[];
	unknownItems: string[];
	plan: string | null;
}

export interface RevenueCurve {
	form: SiteForm;
	/** the cost at first-year revenue R and gross margin (percent): the fields the core reads */
	costAt(revenue: number, grossMargin?: number): FormCost;
	/** revenues in (from, to) where a tier or a premium band steps */
	breakpoints(from: number, to: number): number[];
}

function withRevenue(s: Scenario, revenue: number): Scenario {
	return { ...s, business: { ...s.business, annualRevenue: revenue } };
}

export function revenueCurve(data: DataSet, s: Scenario, form: SiteForm, cost0?: FormCost): RevenueCurve {
	const H = s.horizonYears;
	const growth = 1 + s.business.revenueGrowth / 100;
	const g: number[] = [];
	for (let y = 0, v = 1; y < H; y++, v *= growth) g.push(v);
	const cardShare = s.business.cardShare / 100;
	const insured = insuranceInForce(s) !== null;
	const bands: PremiumBand[] = insured && s.insurance.premiumAnnual === null ? premiumBands(data) : [];
	const selfRun = form !== 'saas' && form !== 'mall';
	const tiers: CardRateTier[] | null =
		selfRun && (s.forms[form] as SelfRunFormInput).cardRate === null ? cardRateTiers(data) : null;
	const R0 = s.business.annualRevenue;
	const ref = R0 > 0 ? R0 : REFERENCE_REVENUE;
	const base = cost0 && R0 > 0 ? cost0 : totalCost(data, withRevenue(s, ref), form);
	const discount = base.years.map((y) => y.discountFactor);

	const tierPart = (revenue: number, y: number): number => {
		if (!tiers) return 0;
		const cardRevenue = revenue * g[y]! * cardShare;
		const t = tierFor(tiers, cardRevenue / 12);
		return (cardRevenue * t.ratePercent) / 100 + t.monthly * 12;
	};
	const lineOf = (c: FormCost): Line => ({
		fixed: c.years.map((y) => y.total - y.paymentFees - y.salesLinkedFees - y.insurance),
		slope: c.years.map((y, i) => (y.paymentFees + y.salesLinkedFees - tierPart(ref, i)) / ref),
		unknownItems: c.unknownItems.filter((k) => k !== PREMIUM_UNKNOWN),
		plan: c.plan ?? null
	});

	// The plans competing at every revenue (one, unless cheapest-of-platform picks within the service).
	let lines: Line[] = [lineOf(base)];
	if (!selfRun) {
		const input = s.forms[form] as PlatformFormInput;
		if (input.planSelection === 'cheapest-of-platform' && input.preset) {
			const plans = data['platforms.json'].plans;
			const service = plans.find((p) => p.id === input.preset)?.platform;
			const costOf = (plan: string) =>
				totalCost(
					data,
					{
						...withRevenue(s, ref),
						forms: { ...s.forms, [form]: { ...input, preset: plan, planSelection: 'as-given' } }
					},
					form
				);
			const given = lineOf(costOf(input.preset));
			lines = [given];
			for (const plan of plans) {
				if (plan.platform !== service || plan.id === input.preset) continue;
				const candidate = lineOf(costOf(plan.id));
				if (candidate.unknownItems.every((k) => given.unknownItems.includes(k))) lines.push(candidate);
			}
		}
	}

	const premium = (revenue: number, y: number): number | null =>
		insured ? premiumFor(s, bands, revenue * g[y]!) : 0;

	return {
		form,
		costAt(revenue: number, grossMargin = s.business.grossMargin): FormCost {
			const premiums = g.map((_, y) => premium(revenue, y));
			const insurance = premiums.map((p) => p ?? 0);
			const yearTotals = (l: Line) =>
				l.fixed.map((f, y) => f + l.slope[y]! * revenue + tierPart(revenue, y) + insurance[y]!);
			let best = lines[0]!;
			let bestYears = yearTotals(best);
			let bestTotal = bestYears.reduce((a, b) => a + b, 0);
			for (const l of lines.slice(1)) {
				const years = yearTotals(l);
				const total = years.reduce((a, b) => a + b, 0);
				if (total < bestTotal) {
					best = l;
					bestYears = years;
					bestTotal = total;
				}
			}
			const unknownItems = premiums.some((p) => p === null)
				? [...best.unknownItems, PREMIUM_UNKNOWN]
				: best.unknownItems;
			const years = base.years.map((y, i) => {
				const rev = revenue * g[i]!;
				const total = bestYears[i]!;
				return {
					...y,
					revenue: rev,
					grossProfit: (rev * grossMargin) / 100,
					insurance: insurance[i]!,
					total,
					totalDiscounted: total * discount[i]!
				};
			});
			return {
				...base,
				years,
				total: bestTotal,
				totalDiscounted: years.reduce((a, y) => a + y.totalDiscounted, 0),
				plan: selfRun ? base.plan : best.plan,
				unknownItems,
				lowerBound: unknownItems.length > 0
			};
		},
		breakpoints(from: number, to: number): number[] {
			const lo = Math.min(from, to);
			const hi = Math.max(from, to);
			const out: number[] = [];
			for (let y = 0; y < H; y++) {
				for (const t of tiers ?? []) if (t.from > 0) out.push((t.from * 12) / (g[y]! * cardShare));
				for (const b of bands) out.push(b.upToRevenue / g[y]!);
			}
			return out.filter((r) => r > lo && r < hi && Number.isFinite(r)).sort((a, b) => a - b);
		}
	};
}
