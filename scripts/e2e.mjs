// Runs the Playwright end-to-end suite against the built site (run `npm run build` first) with a system
// Chromium found by find-chromium.mjs. Extra arguments go to `playwright test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

if (!existsSync('build/index.html')) {
	console.error('[e2e] build/ is missing: run `npm run build` first (npm test does this for you).');
	process.exit(1);
}
const chromium = findChromium();
console.log(`[e2e] using Chromium at ${chromium}`);
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CHROMIUM_PATH: chromium }
});
process.exit(r.status ?? 1);
