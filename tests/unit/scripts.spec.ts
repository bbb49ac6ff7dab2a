import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('package.json scripts', () => {
	const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
	it('refer only to files that exist (the README commands depend on them)', () => {
		const files = Object.values(scripts).flatMap((cmd) => cmd.match(/[\w./-]+\.(?:mjs|js|ts)\b/g) ?? []);
		expect(files.length).toBeGreaterThan(3);
		for (const f of files) expect(existsSync(f), f).toBe(true);
	});

	it('start builds and serves the calculator; test runs every check', () => {
		expect(scripts.start).toMatch(/build/);
		expect(scripts.preview).toMatch(/vite preview/);
		for (const step of ['format:check', 'lint', 'check', 'test:unit', 'build', 'test:e2e']) {
			expect(scripts.test).toContain(`npm run ${step}`);
		}
	});
});
