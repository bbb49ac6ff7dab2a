import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import paraglide from './scripts/paraglide-options.js';

export default defineConfig({
	plugins: [
		// Compiles messages/{ja,en}.json into src/lib/paraglide/ (the same options as `npm run i18n`).
		paraglideVitePlugin({ project: './project.inlang', ...paraglide }),
		sveltekit()
	],
	worker: { format: 'es' },
	test: {
		environment: 'node',
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		// CLI tests start a process per case and the analysis re-runs the engine; 2 shared cores can be slow.
		testTimeout: 60_000
	}
});
