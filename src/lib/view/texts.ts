/**
 * The static texts the views word results with, read from data/ — requirement and rule texts, parameter uses,
 * plan and platform names, source titles — held in a data-set-shaped object so the export layer's words read it
 * the same way in Node (the full data set) and in the browser (the trimmed texts the page carries as data).
 */
import type { DataSet } from '../data/files';
import { asOfDate } from '../format';
import { m, type Locale } from '../i18n';
import { FORM_IN_SENTENCE, FORM_LABELS, fieldName } from '../export/labels';
import type { SiteForm } from '../model';

export interface TextSource {
	/** the data set, or the part of it the export layer reads */
	data: DataSet;
	planName(id: string, locale: Locale): string;
	/** a cited source: its title, the section, and the as-of date (the reference's, else the source's own date) */
	sourceLine(ref: { id: string; section: string; asOf?: string }, locale: Locale): string;
}

export function textSource(data: DataSet): TextSource {
	const plans = new Map(data['platforms.json'].plans.map((p) => [p.id, p]));
	const platforms = new Map(data['platforms.json'].platforms.map((p) => [p.id, p]));
	const sources = data['sources.json'].sources;
	return {
		data,
		planName(id, locale) {
			const plan = plans.get(id);
			if (!plan) return id;
			const platform = platforms.get(plan.platform);
			return platform ? `${platform.name[locale]} ${plan.name[locale]}` : plan.name[locale];
		},
		sourceLine(ref, locale) {
			const s = sources[ref.id];
			const title = s ? (locale === 'en' ? (s.titleEn ?? s.title) : s.title) : ref.id;
			const date = ref.asOf ?? (s?.date && s.date !== 'unknown' ? s.date : undefined);
			return date
				? m.provenanceRef({ title, section: ref.section, asOf: asOfDate(date, locale) }, { locale })
				: m.provenanceRefUndated({ title, section: ref.section }, { locale });
		}
	};
}

export const formName = (form: SiteForm, locale: Locale): string => FORM_LABELS[form][locale];
const SHORT: Record<SiteForm, (o: { locale: Locale }) => string> = {
	scratch: (o) => m.formShortScratch({}, o),
	package: (o) => m.formShortPackage({}, o),
	managed: (o) => m.formShortManaged({}, o),
	saas: (o) => m.formShortSaas({}, o),
	mall: (o) => m.formShortMall({}, o)
};
/** A form's short name, for chart axes and legends (the colour and dash say the rest). */
export const shortName = (form: SiteForm, locale: Locale): string => SHORT[form]({ locale });
/** A form inside a sentence (English takes an article there). */
export const formInSentence = (form: SiteForm, locale: Locale): string => FORM_IN_SENTENCE[form][locale];
export const labelOf = (path: string, locale: Locale): string => fieldName(path)[locale];
