/**
 * The few words the chart configs put on the canvas themselves (tick suffixes, tooltip lines, legend keys) and
 * the headers of the charts' data tables: Paraglide messages (messages/dashboard/, chart…), picked by the view's
 * locale. Names, labels and takeaways come with the view data; these are the glue around them.
 */
import { yenShort, type Locale } from '$lib/format';
import { m } from '$lib/i18n';

/** "合計 1.2億円" / "Total ¥123 million", with "以上" / "at least" when unknown items are left out. */
export function totalLine(total: number, lowerBound: boolean, locale: Locale): string {
	const amount = yenShort(total, locale);
	return lowerBound
		? m.chartTotalLineAtLeast({ amount }, { locale })
		: m.chartTotalLine({ amount }, { locale });
}

export const excludedMark = (locale: Locale): string => m.chartExcludedMark({}, { locale });

export const riskBandLabels = (locale: Locale) => ({
	cost: m.chartBandCost({}, { locale }),
	expected: m.chartBandExpected({}, { locale }),
	p90: m.chartBandP90({}, { locale }),
	p95: m.chartBandP95({}, { locale })
});

/** Tooltip line for the end of a risk band segment: the total it reaches. */
export const riskBandTotals = (locale: Locale) => ({
	cost: m.chartBandCost({}, { locale }),
	expected: m.chartBandTotalExpected({}, { locale }),
	p90: m.chartBandTotalP90({}, { locale }),
	p95: m.chartBandTotalP95({}, { locale })
});

export const yearLabel = (year: number, locale: Locale): string =>
	m.chartYear({ year: String(year) }, { locale });

/** "自社開発：1,000万円を超える確率 12%" / "Scratch: 12% chance of losing more than ¥10.0 million". */
export function exceedanceLine(name: string, loss: string, probability: string, locale: Locale): string {
	return m.chartExceedanceLine({ name, loss, probability }, { locale });
}

export const lossAxisTitle = (locale: Locale): string => m.chartLossAxis({}, { locale });
export const probabilityAxisTitle = (locale: Locale): string => m.chartProbabilityAxis({}, { locale });

/** Headers and notes of the data tables under the charts. */
export const tableWords = (locale: Locale) => ({
	form: m.chartTableForm({}, { locale }),
	item: m.chartTableItem({}, { locale }),
	total: m.chartTableTotal({}, { locale }),
	excluded: m.chartTableExcluded({}, { locale }),
	year: m.chartTableYear({}, { locale }),
	loss: m.chartTableLoss({}, { locale }),
	crossings: m.chartTableCrossings({}, { locale }),
	tolerance: m.chartTableTolerance({}, { locale })
});

/** An exact total, with "以上" / "at least" when unknown items are left out. */
export function lowerBoundText(amount: string, lowerBound: boolean, locale: Locale): string {
	return lowerBound ? m.chartAtLeast({ amount }, { locale }) : amount;
}
