import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	test: {
		environment: 'node',
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts']
	}
});
