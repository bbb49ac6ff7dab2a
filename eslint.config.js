import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The model's public API is its index; nothing outside src/lib/model reaches past it. */
const DEEP_MODEL = {
	// constants.ts has no imports: the export layer words results and problems with it in the browser
	regex: '(^|/)model/(?!constants(\\.js)?$).+',
	message: "import the model's public API, $lib/model (src/lib/model/index.ts), not its modules."
};
/** Browser-side code: the worker owns the data set, zod and decimal.js (src/lib/engine). */
const WORKER_ONLY = [
	{
		group: ['**/data/load', '**/data/load.js', '**/data/engine-data', '**/data/engine-data.js'],
		message: "the data set is the engine worker's: pages get what they need as prerendered page data."
	},
	{
		group: ['zod', 'zod/*', 'decimal.js', 'decimal.js/*'],
		message: 'zod and decimal.js stay in the engine worker.'
	},
	{
		group: ['**/engine/serve', '**/engine/data-trim', '**/engine/engine.worker*'],
		message: 'talk to the engine through $lib/engine/browser (the client), not the worker side.'
	},
	{
		regex: '(^|/)model(/index(\\.js)?)?$',
		allowTypeImports: true,
		message:
			'browser code imports types from $lib/model only: a value import would bundle the model (zod, decimal.js); results come from the engine worker.'
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'.tmp/',
			'src/lib/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Identical results in Node and every browser: the model's exp/log come from detmath.ts, not the engine.
		files: ['src/lib/model/**/*.ts'],
		ignores: ['src/lib/model/**/*.spec.ts', 'src/lib/model/detmath.ts'],
		rules: {
			'no-restricted-properties': [
				'error',
				...['exp', 'log', 'pow', 'expm1', 'log1p', 'log2', 'log10'].map((property) => ({
					object: 'Math',
					property,
					message: 'use exp/log/pow from ./detmath so results are the same bits in every JavaScript engine.'
				}))
			]
		}
	},
	{
		// The model is pure TypeScript: it must run in Node, a worker and the CLI alike.
		files: ['src/lib/model/**/*.ts', 'src/lib/data/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$app/*', 'svelte', 'svelte/*', '*.svelte'],
							message: 'model and data code stays free of Svelte and $app.'
						}
					]
				}
			]
		}
	},
	{
		// One entry point to the model; spec files may reach test helpers.
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte'],
		ignores: ['src/lib/model/**', '**/*.spec.ts'],
		rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [DEEP_MODEL] }] }
	},
	{
		// What ships to the browser's main thread: routes, components and the UI layers. Server-only route files
		// (+page.server.ts, prerendered at build time) may read the data set.
		files: [
			'src/routes/**/*.ts',
			'src/routes/**/*.svelte',
			'src/lib/{components,state,view,charts,calculator,share,export,input,format,i18n}/**/*.ts',
			'src/lib/{components,state,view,charts,calculator,share,export,input,format,i18n}/**/*.svelte'
		],
		ignores: ['**/*.server.ts', '**/*.spec.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': ['error', { patterns: [DEEP_MODEL, ...WORKER_ONLY] }]
		}
	}
);
