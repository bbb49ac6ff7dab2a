import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
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
	}
);
