/**
 * The words for a field's allowed values: labels the export layer already has (answers, forms, checklist modes),
 * names from data/ (payment integration types, plans; page data), and UI messages for the rest.
 */
import { ANSWER_LABELS, FORM_LABELS, MODE_LABELS } from '../export/labels';
import { m, type Locale } from '../i18n';
import type { ChecklistAnswer, SiteForm } from '../model';
import type { FormData } from './form-data';

const BANDS: Record<string, (o: { locale: Locale }) => string> = {
	'lt-5': (o) => m.optBandLt5({}, o),
	'5-49': (o) => m.optBand5to49({}, o),
	'50-99': (o) => m.optBand50to99({}, o),
	'100-499': (o) => m.optBand100to499({}, o),
	'ge-500': (o) => m.optBandGe500({}, o)
};

/** The label of `value` for the field at `path` (the value itself when nothing names it). */
export function optionLabel(path: string, value: string, locale: Locale, form: FormData): string {
	const o = { locale };
	const key = path.split('.').slice(-1)[0];
	if (path.startsWith('posture.checklist.answers.'))
		return ANSWER_LABELS[value as ChecklistAnswer]?.[locale] ?? value;
	switch (key) {
		case 'employeeBand':
			return BANDS[value]?.(o) ?? value;
		case 'customisation':
			return value === 'heavy' ? m.optCustomHeavy({}, o) : m.optCustomStandard({}, o);
		case 'planSelection':
			return value === 'as-given' ? m.optPlanAsGiven({}, o) : m.optPlanCheapest({}, o);
		case 'iframeScriptControls':
			return value === 'csp-sri-monitoring'
				? m.optScriptCspSri({}, o)
				: value === 'tpsp-confirmation'
					? m.optScriptTpsp({}, o)
					: m.optScriptNone({}, o);
		case 'mode':
			return MODE_LABELS[value as 'new' | 'running']?.[locale] ?? value;
		case 'currentForm':
			return FORM_LABELS[value as SiteForm]?.[locale] ?? value;
		case 'paymentIntegration':
			return form.integrations.find((t) => t.id === value)?.name[locale] ?? value;
		case 'preset': {
			const plan = form.plans.find((p) => p.id === value);
			return plan ? `${plan.platform[locale]} ${plan.name[locale]}` : value;
		}
	}
	return value;
}
