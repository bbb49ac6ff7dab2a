// Paraglide compiler options, shared by `npm run i18n` (scripts/i18n.mjs) and the Vite plugin (vite.config.ts).
// They live here because project.inlang/ keeps only settings.json in git (the inlang SDK git-ignores the rest).
// The message-format plugin named in settings.json is a local file in node_modules: nothing is fetched at build.

/** @type {Omit<import('@inlang/paraglide-js').CompilerOptions, 'project'>} */
export default {
	outdir: './src/lib/paraglide',
	// Today's URLs: Japanese at the root, English under /en. No cookie, no redirect: the URL alone decides.
	strategy: ['url', 'baseLocale'],
	urlPatterns: [
		{
			pattern: '/:path(.*)?',
			localized: [
				['en', '/en/:path(.*)?'],
				['ja', '/:path(.*)?']
			]
		}
	],
	// Always one module per message, in dev too, so the output looks the same to vitest, svelte-check and Vite.
	outputStructure: 'message-modules'
};
