import { expect, test } from '@playwright/test';
import { build } from 'vite';
import { run } from './fixtures/engine-entry';

const SCENARIOS = [
	{ simulation: { trials: 3000, seed: 1 } },
	{
		simulation: { trials: 3000, seed: 987654321 },
		business: { annualRevenue: 250_000_000, customerRecords: 80_000 },
		discountRate: 4
	},
	{
		simulation: { trials: 3000, seed: 42 },
		posture: {
			checklist: { answers: { 'build-01': 'not-feasible', 'ops-03': 'not-feasible' } },
			paymentIntegration: 'stored'
		}
	}
];

test('the engine gives identical results in Chromium and in Node for the same scenario and seed', async ({
	page
}) => {
	const bundle = await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			lib: { entry: 'tests/e2e/fixtures/engine-entry.ts', formats: ['iife'], name: 'ecTcoEngine' },
			write: false,
			minify: false
		}
	});
	const output = Array.isArray(bundle) ? bundle[0]! : bundle;
	if (!('output' in output)) throw new Error('unexpected build result');
	const code = output.output.find((o) => o.type === 'chunk')!.code;
	await page.goto('about:blank');
	await page.addScriptTag({ content: code });
	for (const scenario of SCENARIOS) {
		const inBrowser = await page.evaluate(
			(s) => (window as unknown as { ecTcoEngine: { run: (x: unknown) => string } }).ecTcoEngine.run(s),
			scenario
		);
		expect(inBrowser).toBe(run(scenario));
	}
});
