import type { ParamMatcher } from '@sveltejs/kit';

/** Only English has a path prefix; Japanese is served at the root. */
export const match: ParamMatcher = (param) => param === 'en';
