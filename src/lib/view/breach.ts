/**
 * What one breach would cost this shop: the engine's expected loss per incident, item by item, for each form (yen
 * items, and month items already turned into year-1 yen at the monthly EC gross profit), the total before
 * insurance, the insurance recovery and the loss after it. Beside it, the PPC survey's reported losses for the
 * scenario's employee band, on the survey's own basis: the survey reports SALES lost (機会損失額＝売上), so this
 * shop's figure beside it is the modelled sales lost while the site is closed, given a closure (risk.ts
 * `closure.modelled`, revenue basis) — not the closure line of the table, which is at gross margin and weighted by
 * the chance of a closure.
 */
import { MONTH_ITEMS, YEN_ITEMS } from '../model/constants';
import type { SeverityItem, SiteForm } from '../model';
import { LOSS_ITEM_LABELS } from '../export/labels';
import { decimal, percent, yenShort } from '../format';
import { m, type Locale } from '../i18n';
import { formInSentence, formName, type TextSource } from './texts';
import type { DashboardInput } from './dashboard';

export interface BreachFormColumn {
	form: SiteForm;
	name: string;
	/** "推奨" / "次点", or null */
	tag: string | null;
}

export interface BreachRow {
	item: SeverityItem;
	label: string;
	/** whether the item is counted in months of sales (turned into year-1 yen) */
	months: boolean;
	/** yen per form, in the order of `forms` */
	values: number[];
	texts: string[];
}

export interface SurveyComparisonView {
	/** the employee band id (the scenario's) and its name in data/ */
	band: string;
	bandName: string;
	n: number;
	/** what the survey figure is, in one plain sentence */
	what: string;
	/** the survey, its table and as-of date (its section keeps the survey's Japanese name) */
	source: string;
	basis: string;
	few: string | null;
	rows: { label: string; p10: string; median: string; p90: string; mean: string }[];
	/** numbers behind the rows: survey then each shop form */
	numbers: { p10: number; median: number; p90: number; mean: number }[];
	closureChances: string[];
	scale: string | null;
}

export interface BreachView {
	locale: Locale;
	/** recommended first, then the runner-up, then the rest */
	forms: BreachFormColumn[];
	/** how many leading columns to show before "show all" (the recommended and the runner-up) */
	shownByDefault: number;
	rows: BreachRow[];
	gross: { values: number[]; texts: string[] };
	recovery: { label: string; values: number[]; texts: string[] };
	total: { values: number[]; texts: string[] };
	/** null until the distribution phase answers */
	survey: SurveyComparisonView | null;
	/** the distribution phase has answered, but the survey has no table for the band */
	surveyMissing: boolean;
}

const ITEMS: readonly SeverityItem[] = [
	...YEN_ITEMS.filter((k) => k !== 'insuranceRecovery'),
	...MONTH_ITEMS
];
const MONTHS = new Set<SeverityItem>(MONTH_ITEMS);

export function buildBreach(input: DashboardInput, texts: TextSource, locale: Locale): BreachView {
	const o = { locale };
	const e = input.expected;
	const rec = e.recommendation;
	const lead = [rec.recommended, rec.runnerUp].filter((f): f is SiteForm => f !== null);
	const ordered = [
		...lead.flatMap((f) => e.forms.filter((x) => x.form === f)),
		...e.forms.filter((x) => !lead.includes(x.form))
	];
	const money = (xs: number[]) => xs.map((x) => yenShort(x, locale));
	const forms: BreachFormColumn[] = ordered.map((f) => ({
		form: f.form,
		name: formName(f.form, locale),
		tag:
			f.form === rec.recommended
				? m.breachTagRecommended({}, o)
				: f.form === rec.runnerUp
					? m.breachTagRunnerUp({}, o)
					: null
	}));
	const rows: BreachRow[] = ITEMS.map((item) => {
		const values = ordered.map((f) => f.risk.perIncident.items[item]);
		return {
			item,
			label: LOSS_ITEM_LABELS[item][locale],
			months: MONTHS.has(item),
			values,
			texts: money(values)
		};
	});
	const gross = ordered.map((f) => f.risk.perIncident.expectedGross);
	const recovery = ordered.map((f) => f.risk.perIncident.insuranceRecovery);
	const total = ordered.map((f) => f.risk.perIncident.expected);

	const d = input.distribution;
	let survey: SurveyComparisonView | null = null;
	if (d?.survey) {
		const sv = d.survey;
		const table = texts.data['survey-ppc-2022.json'].opportunityLoss.byEmployeeBand;
		const band = table.bands.find((b) => b.id === sv.band);
		const shown = ordered.slice(0, Math.max(1, lead.length));
		const numbers = [
			{ p10: sv.sampled.p10, median: sv.tableMedian, p90: sv.sampled.p90, mean: sv.reportedMean },
			...shown.map((f) => {
				const c = f.risk.closure.modelled;
				return { p10: c.p10, median: c.p50, p90: c.p90, mean: c.mean };
			})
		];
		const labels = [
			m.breachSurveyRow({ count: sv.n }, o),
			...shown.map((f) => m.breachShopRow({ form: formName(f.form, locale) }, o))
		];
		const scaleOf = d.forms.find((x) => x.form === shown[0]?.form)?.closure.scale ?? null;
		const source = band?.losses.source ?? { id: 'ppc-ec-survey-2022', section: table.section };
		survey = {
			band: sv.band,
			bandName: band ? band.label[locale] : sv.band,
			n: sv.n,
			what: m.breachSurveyWhat({ count: sv.n, band: band ? band.label[locale] : sv.band }, o),
			source: m.breachSurveySource({ source: texts.sourceLine(source, locale) }, o),
			basis: m.breachSurveyBasis({}, o),
			few: sv.n < 5 ? m.breachSurveyFew({ count: sv.n }, o) : null,
			rows: numbers.map((x, i) => ({
				label: labels[i]!,
				p10: yenShort(x.p10, locale),
				median: yenShort(x.median, locale),
				p90: yenShort(x.p90, locale),
				mean: yenShort(x.mean, locale)
			})),
			numbers,
			closureChances: shown.map((f) =>
				m.breachClosureChance(
					{
						form: formInSentence(f.form, locale),
						probability: percent(f.risk.closure.probability, locale)
					},
					o
				)
			),
			scale:
				scaleOf && scaleOf.ratio > 0
					? m.breachScale({ ratio: decimal(scaleOf.ratio, locale, scaleOf.ratio < 10 ? 1 : 0) }, o)
					: null
		};
	}

	return {
		locale,
		forms,
		shownByDefault: Math.max(1, lead.length),
		rows,
		gross: { values: gross, texts: money(gross) },
		recovery: {
			label: LOSS_ITEM_LABELS.insuranceRecovery[locale],
			values: recovery,
			texts: money(recovery)
		},
		total: { values: total, texts: money(total) },
		survey,
		surveyMissing: d !== null && d.survey === null
	};
}
