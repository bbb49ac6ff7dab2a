import { localeFromParam } from '$lib/i18n';
import type { LayoutLoad } from './$types';

/** The page's locale comes from the route (no prefix: Japanese; /en: English) and is passed to every message call. */
export const load: LayoutLoad = ({ params }) => ({ locale: localeFromParam(params.lang) });
