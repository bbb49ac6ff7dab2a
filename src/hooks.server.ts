import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';

/**
 * Paraglide's middleware reads the locale from the URL (/ Japanese, /en English; scripts/paraglide-options.js)
 * and scopes it to the request. It sets <html lang> of each prerendered page. The request is passed on as it came:
 * the routes keep the locale in their [[lang=lang]] parameter, so no de-localised URL or reroute is needed.
 */
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ locale }) =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) })
	);
