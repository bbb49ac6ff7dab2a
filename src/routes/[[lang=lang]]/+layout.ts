import { localeFromParam } from '$lib/i18n/locales';
import { MESSAGES } from '$lib/i18n/messages';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params }) => {
	const locale = localeFromParam(params.lang);
	return { locale, m: MESSAGES[locale] };
};
