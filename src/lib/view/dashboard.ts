/**
 * The dashboard's view data: the engine's results by phase (expected core, distribution, what-if) turned into what
 * each view shows, in the page's language — numbers as yen and fractions for the charts, sentences already worded
 * (through src/lib/export and the UI messages) for the cards and tables. The same function runs at prerender (the
 * default scenario's result in the HTML) and on the main thread when the worker answers, so both show the same.
 * Phases not yet answered are null in the view, and their panels say so.
 */
import { formInSentence, formName, labelOf, shortName, type TextSource } from './texts';
import { buildBreach, type BreachView } from './breach';
import { buildCompliance, type ComplianceView } from './compliance';
import { buildRunning, type RunningView } from './running';
import { decimal, integer, percent, yenShort } from '../format';
import { m, type Locale } from '../i18n';
import type {
	DistributionResult,
	ExpectedAnalysis,
	ExpectedFormResult,
	Scenario,
	SiteForm,
	WhatIfResult
} from '../model';
import {
	reasonText,
	ruleText,
	warningText,
	messageText,
	contradictionText,
	leverText
} from '../export/words';
import type {
	CostItemId,
	CumulativeView,
	ExceedanceView,
	FormId,
	RiskBandView,
	StackedCostView
} from './chart-data';

export interface DashboardInput {
	scenario: Scenario;
	expected: ExpectedAnalysis;
	distribution: DistributionResult | null;
	whatIf: WhatIfResult | null;
}

export interface ReasonView {
	text: string;
	sources: string[];
}

export interface RecommendationView {
	form: FormId | null;
	name: string | null;
	/** the platform plan costed (SaaS, mall) */
	plan: string | null;
	total: string | null;
	horizonYears: number;
	margin: string | null;
	runnerUp: { form: FormId; name: string; total: string } | null;
	reasons: ReasonView[];
	exclusions: { form: FormId; name: string; rule: string; pending: boolean }[];
	/** what would change the recommendation (null: the what-if phase has not answered yet) */
	flips: string[] | null;
	warnings: string[];
}

export interface FormRowView {
	form: FormId;
	name: string;
	plan: string | null;
	cost: number;
	expectedLoss: number;
	total: number;
	lowerBound: boolean;
	excluded: boolean;
	probabilityOfIncident: number;
	perIncident: number;
	rank: number | null;
}

export interface TailRowView {
	form: FormId;
	name: string;
	expected: number;
	p90: number;
	p99: number;
	p999: number;
	probabilityOverTolerance: number;
	within: boolean;
}

export interface DashboardView {
	locale: Locale;
	meta: ExpectedAnalysis['meta'];
	horizonYears: number;
	recommendation: RecommendationView;
	forms: FormRowView[];
	stackedCost: StackedCostView;
	cumulative: CumulativeView;
	/** null until the distribution phase answers */
	riskBand: RiskBandView | null;
	exceedance: ExceedanceView | null;
	tail: TailRowView[] | null;
	/** one year's EC gross profit, the default tolerance (yen) */
	grossProfit: number;
	/** what one breach would cost, item by item, beside the PPC survey's reported losses */
	breach: BreachView;
	compliance: ComplianceView;
	/** null unless a running site */
	running: RunningView | null;
	/** unknown costs, one entry per field, with the field to jump to */
	missingQuotes: { path: string; label: string; forms: string[] }[];
	notices: string[];
}

const ITEMS: readonly CostItemId[] = [
	'initial',
	'platformFees',
	'paymentFees',
	'salesLinkedFees',
	'hostingMaintenance',
	'securityOps',
	'cardCompliance',
	'insurance',
	'expectedLoss'
];

function itemLabel(id: CostItemId, locale: Locale): string {
	const o = { locale };
	switch (id) {
		case 'initial':
			return m.costInitial({}, o);
		case 'platformFees':
			return m.costPlatformFees({}, o);
		case 'paymentFees':
			return m.costPaymentFees({}, o);
		case 'salesLinkedFees':
			return m.costSalesLinkedFees({}, o);
		case 'hostingMaintenance':
			return m.costHostingMaintenance({}, o);
		case 'securityOps':
			return m.costSecurityOps({}, o);
		case 'cardCompliance':
			return m.costCardCompliance({}, o);
		case 'insurance':
			return m.costInsurance({}, o);
		case 'expectedLoss':
			return m.costExpectedLoss({}, o);
	}
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function costItems(f: ExpectedFormResult): Record<CostItemId, number> {
	const by = (k: Exclude<CostItemId, 'expectedLoss'>) => sum(f.cost.years.map((y) => y[k]));
	return {
		initial: by('initial'),
		platformFees: by('platformFees'),
		paymentFees: by('paymentFees'),
		salesLinkedFees: by('salesLinkedFees'),
		hostingMaintenance: by('hostingMaintenance'),
		securityOps: by('securityOps'),
		cardCompliance: by('cardCompliance'),
		insurance: by('insurance'),
		expectedLoss: f.riskAdjusted.total - f.cost.total
	};
}

/** P(loss > x) read off a loss-exceedance curve (points by rising loss), log-linear between points. */
export function exceedanceAt(points: readonly { loss: number; probability: number }[], x: number): number {
	if (points.length === 0) return 0;
	if (x <= points[0]!.loss) return points[0]!.probability;
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1]!;
		const b = points[i]!;
		if (x <= b.loss) {
			if (a.loss <= 0 || b.loss <= a.loss) return b.probability;
			const t = Math.log(x / a.loss) / Math.log(b.loss / a.loss);
			return a.probability + t * (b.probability - a.probability);
		}
	}
	return 0;
}

/** 1.34 → "1.3", 13592 → "13,592" */
const factorText = (x: number, locale: Locale) => (x < 10 ? decimal(x, locale, 1) : integer(x, locale));

function flips(input: DashboardInput, texts: TextSource, locale: Locale): string[] | null {
	const w = input.whatIf;
	if (!w) return null;
	const o = { locale };
	const rec = input.expected.recommendation;
	if (!rec.recommended || !rec.runnerUp) return [];
	const runnerUp = formInSentence(rec.runnerUp, locale);
	const out: string[] = [];
	const be = w.breakEven;
	if (be) {
		if (be.revenue.above !== null)
			out.push(m.flipRevenueAbove({ amount: yenShort(be.revenue.above, locale), form: runnerUp }, o));
		if (be.revenue.below !== null)
			out.push(m.flipRevenueBelow({ amount: yenShort(be.revenue.below, locale), form: runnerUp }, o));
		if (be.revenue.none) out.push(m.flipRevenueNone({ form: formInSentence(rec.recommended, locale) }, o));
		if (be.rate.recommendedFactor !== null && be.rate.runnerUpCanWin)
			out.push(m.flipRate({ factor: factorText(be.rate.recommendedFactor, locale), form: runnerUp }, o));
	}
	const switching = (w.sensitivity ?? [])
		.filter((r) => r.switches.length > 0)
		.sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing))
		.slice(0, 3);
	for (const r of switching) {
		const s = r.switches[0]!;
		out.push(
			m.flipLever(
				{
					lever: leverText(texts.data, r.id)[locale],
					value: `${Number(s.value.toPrecision(3))}${r.unit}`,
					form: s.to ? formInSentence(s.to, locale) : m.flipNoForm({}, o)
				},
				o
			)
		);
	}
	return out;
}

/**
 * The same view object for the same inputs: a view part built again from the same engine result (the expected
 * core arrives, then the distribution, then the what-if) is handed back as the object built the first time, so
 * the charts and tables that show it see no change and do not redraw. Keyed by the identity of the results (each
 * reply is a new object) and the options; the last 48 parts are kept.
 */
const ids = new WeakMap<object, number>();
let nextId = 0;
const idOf = (x: object | null) => {
	if (!x) return 0;
	let id = ids.get(x);
	if (id === undefined) ids.set(x, (id = ++nextId));
	return id;
};
const parts = new Map<string, unknown>();
function stable<T>(key: string, value: T): T {
	if (parts.has(key)) return parts.get(key) as T;
	parts.set(key, value);
	if (parts.size > 48) parts.delete(parts.keys().next().value!);
	return value;
}

export interface DashboardOptions {
	/** the loss a year the user can bear (yen); default one year's EC gross profit */
	tolerance?: number | null;
}

export function buildDashboard(
	input: DashboardInput,
	texts: TextSource,
	locale: Locale,
	options: DashboardOptions = {}
): DashboardView {
	const o = { locale };
	const e = input.expected;
	const H = e.horizonYears;
	const rec = e.recommendation;
	const excluded = new Map(rec.excluded.map((x) => [x.form, x]));
	const rankOf = new Map(rec.ranking.map((r, i) => [r.form, i + 1]));
	const byForm = new Map(e.forms.map((f) => [f.form, f]));
	const planOf = (f: ExpectedFormResult) => (f.cost.plan ? texts.planName(f.cost.plan, locale) : null);
	const totalText = (f: SiteForm) => {
		const r = rec.ranking.find((x) => x.form === f);
		const amount = yenShort(r?.riskAdjusted ?? byForm.get(f)!.riskAdjusted.total, locale);
		return r?.lowerBound ? m.totalAtLeast({ amount }, o) : amount;
	};

	const forms: FormRowView[] = e.forms.map((f) => ({
		form: f.form,
		name: formName(f.form, locale),
		plan: planOf(f),
		cost: f.cost.total,
		expectedLoss: f.riskAdjusted.total - f.cost.total,
		total: f.riskAdjusted.total,
		lowerBound: f.cost.lowerBound,
		excluded: excluded.has(f.form),
		probabilityOfIncident: f.risk.probabilityOfIncident.horizon,
		perIncident: f.risk.perIncident.expected,
		rank: rankOf.get(f.form) ?? null
	}));

	const recommended = rec.recommended ? byForm.get(rec.recommended)! : null;
	const recommendation: RecommendationView = {
		form: rec.recommended,
		name: rec.recommended ? formName(rec.recommended, locale) : null,
		plan: recommended ? planOf(recommended) : null,
		total: rec.recommended ? totalText(rec.recommended) : null,
		horizonYears: H,
		margin:
			rec.margin && rec.runnerUp
				? m.recMargin(
						{
							amount: yenShort(rec.margin.yen, locale),
							share: percent(rec.margin.share, locale),
							form: formInSentence(rec.runnerUp, locale)
						},
						o
					)
				: null,
		runnerUp: rec.runnerUp
			? { form: rec.runnerUp, name: formName(rec.runnerUp, locale), total: totalText(rec.runnerUp) }
			: null,
		reasons: rec.reasons.map((r) => ({
			text: reasonText(texts.data, r)[locale],
			sources: r.sources.map((src) => texts.sourceLine(src, locale))
		})),
		exclusions: rec.excluded.map((x) => ({
			form: x.form,
			name: formName(x.form, locale),
			rule: ruleText(texts.data, x.rule)[locale],
			pending: x.kind === 'pending'
		})),
		flips: flips(input, texts, locale),
		warnings: rec.warnings.map((w) => warningText(texts.data, w, e.cardRules)[locale])
	};

	const stackedCost: StackedCostView = {
		locale,
		takeaway: '',
		items: ITEMS.map((id) => ({ id, label: itemLabel(id, locale) })),
		forms: e.forms.map((f) => ({
			form: f.form,
			name: shortName(f.form, locale),
			values: costItems(f),
			total: f.riskAdjusted.total,
			lowerBound: f.cost.lowerBound,
			excluded: excluded.has(f.form)
		}))
	};
	const compared = stackedCost.forms.filter((f) => !f.excluded);
	const cheapest = [...compared].sort((a, b) => a.total - b.total)[0];
	const dearest = [...compared].sort((a, b) => b.total - a.total)[0];
	stackedCost.takeaway =
		cheapest && dearest
			? m.chartCostTakeaway(
					{
						years: H,
						low: cheapest.name,
						lowTotal: yenShort(cheapest.total, locale),
						high: dearest.name,
						highTotal: yenShort(dearest.total, locale)
					},
					o
				)
			: m.chartNoForms({}, o);

	const years = Array.from({ length: H }, (_, i) => i + 1);
	const cumulativeForms = e.forms
		.filter((f) => !excluded.has(f.form))
		.map((f) => {
			let run = 0;
			return {
				form: f.form,
				name: shortName(f.form, locale),
				values: f.riskAdjusted.byYear.map((v) => (run += v))
			};
		});
	const crossings: CumulativeView['crossings'] = [];
	for (let i = 0; i < cumulativeForms.length; i++)
		for (let j = i + 1; j < cumulativeForms.length; j++) {
			const a = cumulativeForms[i]!;
			const b = cumulativeForms[j]!;
			for (let y = 1; y < H; y++) {
				const before = a.values[y - 1]! - b.values[y - 1]!;
				const after = a.values[y]! - b.values[y]!;
				if (before !== 0 && Math.sign(before) !== Math.sign(after))
					crossings.push({
						after: y,
						a: a.form,
						b: b.form,
						label: m.chartCrossing({ a: a.name, b: b.name, year: y + 1 }, o)
					});
			}
		}
	const cumulative: CumulativeView = {
		locale,
		takeaway:
			crossings.length === 0
				? m.chartCumulativeNoCrossing({ years: H }, o)
				: m.chartCumulativeCrossings({ first: crossings[0]!.label, count: crossings.length }, o),
		years,
		forms: cumulativeForms,
		crossings
	};

	const d = input.distribution;
	const grossProfit = e.forms[0]?.cost.years[0]?.grossProfit ?? 0;
	const tolerance = options.tolerance ?? grossProfit;
	let riskBand: RiskBandView | null = null;
	let exceedance: ExceedanceView | null = null;
	let tail: TailRowView[] | null = null;
	if (d) {
		const distOf = new Map(d.forms.map((f) => [f.form, f]));
		const rows = e.forms.filter((f) => distOf.has(f.form));
		riskBand = {
			locale,
			takeaway: '',
			forms: rows.map((f) => {
				const q = distOf.get(f.form)!.horizon;
				return {
					form: f.form,
					name: shortName(f.form, locale),
					cost: f.cost.total,
					expected: f.riskAdjusted.total,
					p90: f.cost.total + q.p90,
					p95: f.cost.total + q.p95
				};
			})
		};
		const worst = [...riskBand.forms].filter((f) => !excluded.has(f.form)).sort((a, b) => a.p95 - b.p95)[0];
		riskBand.takeaway = worst
			? m.chartRiskBandTakeaway({ form: worst.name, amount: yenShort(worst.p95, locale) }, o)
			: m.chartNoForms({}, o);
		exceedance = {
			locale,
			takeaway: '',
			tolerance,
			toleranceLabel: m.chartTolerance({}, o),
			forms: rows.map((f) => ({
				form: f.form,
				name: shortName(f.form, locale),
				points: distOf.get(f.form)!.lec.year1.filter((p) => p.loss > 0)
			}))
		};
		tail = rows.map((f) => {
			const dist = distOf.get(f.form)!;
			const p = exceedanceAt(dist.lec.year1, tolerance);
			return {
				form: f.form,
				name: formName(f.form, locale),
				expected: f.risk.expectedAnnualLoss.byYear[0] ?? 0,
				p90: dist.year1.p90,
				p99: dist.year1.p99,
				p999: dist.year1.p999,
				probabilityOverTolerance: p,
				within: dist.year1.p99 <= tolerance
			};
		});
		const riskiest = [...tail].sort((a, b) => b.probabilityOverTolerance - a.probabilityOverTolerance)[0];
		exceedance.takeaway = riskiest
			? m.chartExceedanceTakeaway(
					{
						form: riskiest.name,
						probability: percent(riskiest.probabilityOverTolerance, locale),
						amount: yenShort(tolerance, locale)
					},
					o
				)
			: m.chartNoForms({}, o);
	}

	const missing = new Map<string, string[]>();
	for (const f of e.forms)
		for (const path of f.cost.unknownItems)
			missing.set(path, [...(missing.get(path) ?? []), formName(f.form, locale)]);

	const core = `${idOf(e)}|${idOf(texts)}|${locale}`;
	const withDist = `${core}|${idOf(input.distribution)}|${tolerance}`;
	return {
		locale,
		meta: e.meta,
		horizonYears: H,
		recommendation,
		forms: stable(`forms|${core}`, forms),
		stackedCost: stable(`stacked|${core}`, stackedCost),
		cumulative: stable(`cumulative|${core}`, cumulative),
		riskBand: stable(`band|${withDist}`, riskBand),
		exceedance: stable(`exceedance|${withDist}`, exceedance),
		tail: stable(`tail|${withDist}`, tail),
		grossProfit,
		breach: stable(`breach|${withDist}`, buildBreach(input, texts, locale)),
		compliance: stable(`compliance|${core}`, buildCompliance(input, texts, locale)),
		running: stable(`running|${core}`, buildRunning(input, texts, locale)),
		missingQuotes: [...missing].map(([path, names]) => ({
			path,
			label: labelOf(path, locale),
			forms: names
		})),
		notices: [
			...e.messages.map((msg) => messageText(msg)[locale]),
			...e.contradictions.map((c) => contradictionText(c)[locale]),
			...e.forms.flatMap((f) =>
				f.cost.messages.filter((msg) => msg.code !== 'unknown-input').map((msg) => messageText(msg)[locale])
			)
		]
	};
}
