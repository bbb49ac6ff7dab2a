import type { Handle } from '@sveltejs/kit';
import { localeFromPath } from '$lib/i18n/locales';

/** Sets <html lang> for each prerendered page. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = localeFromPath(event.url.pathname);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
