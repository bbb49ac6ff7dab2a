import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	test: {
		environment: 'node',
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		// CLI tests start a process per case and the analysis re-runs the engine; 2 shared cores can be slow.
		testTimeout: 60_000
	}
});
