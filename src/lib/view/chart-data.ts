/**
 * View data for the dashboard's charts: plain numbers (yen, fractions) with the words already chosen for the page's
 * locale. Built from the engine's results by src/lib/view (never in a component); read by the chart config
 * builders in src/lib/charts and by their data-table fallbacks, the report and the exports.
 */
import type { Locale } from '../i18n/locales';

export type FormId = 'scratch' | 'package' | 'managed' | 'saas' | 'mall';

/** The stacked items of a form's total over the horizon, in stacking order (bottom first). */
export type CostItemId =
	| 'initial'
	| 'platformFees'
	| 'paymentFees'
	| 'salesLinkedFees'
	| 'hostingMaintenance'
	| 'securityOps'
	| 'cardCompliance'
	| 'insurance'
	| 'expectedLoss';

export interface ChartBase {
	locale: Locale;
	/** one sentence: what the chart shows, read as its accessible name and printed above it */
	takeaway: string;
}

/** Total cost over the horizon per form, stacked by item (yen, nominal). */
export interface StackedCostView extends ChartBase {
	items: { id: CostItemId; label: string }[];
	forms: {
		form: FormId;
		name: string;
		values: Record<CostItemId, number>;
		total: number;
		/** unknown items are left out: the total is "X以上" / "at least X" */
		lowerBound: boolean;
		/** ruled out by a rule (shown, hatched or faded, with the reason in the table) */
		excluded: boolean;
	}[];
}

/** Expected total against a bad case: cost + expected loss, and cost + the P90 / P95 horizon loss (yen). */
export interface RiskBandView extends ChartBase {
	forms: { form: FormId; name: string; cost: number; expected: number; p90: number; p95: number }[];
}

/** Cumulative risk-adjusted cost by year (yen), with the years where two forms' lines cross. */
export interface CumulativeView extends ChartBase {
	/** 1 … horizon */
	years: number[];
	forms: { form: FormId; name: string; values: number[] }[];
	/** between year `after` and `after + 1` the order of `a` and `b` changes */
	crossings: { after: number; a: FormId; b: FormId; label: string }[];
}

/** Loss-exceedance curves: P(horizon loss > x) per form, with the user's tolerance line. */
export interface ExceedanceView extends ChartBase {
	forms: { form: FormId; name: string; points: { loss: number; probability: number }[] }[];
	/** yen; default one year's EC gross profit */
	tolerance: number;
	toleranceLabel: string;
}
