// Takes full-page screenshots of the built site for a person to look at:
//   node scripts/screenshot.mjs <out-dir> <path> [<path> …]    (serves build/ with vite preview on port 4175)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.mjs';

const [outDir, ...paths] = process.argv.slice(2);
if (!outDir || paths.length === 0) {
	console.error('usage: node scripts/screenshot.mjs <out-dir> <path> [<path> …]');
	process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const server = spawn(
	'node_modules/.bin/vite',
	['preview', '--host', '127.0.0.1', '--port', '4175', '--strictPort'],
	{
		stdio: 'ignore'
	}
);
try {
	// Wait until the preview server answers (loading vite.config.ts takes a few seconds on a busy machine).
	for (let tries = 0; ; tries++) {
		const up = await fetch('http://127.0.0.1:4175/').then(
			(r) => r.ok,
			() => false
		);
		if (up) break;
		if (tries > 120) throw new Error('vite preview did not start on port 4175 within 30 s');
		await new Promise((r) => setTimeout(r, 250));
	}
	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
	const page = await browser.newPage({ viewport: { width: Number(process.env.WIDTH ?? 1280), height: 900 } });
	for (const path of paths) {
		await page.goto(`http://127.0.0.1:4175${path}`);
		await page.waitForLoadState('networkidle');
		const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_') || 'root'}.png`;
		await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
		console.log(file);
	}
	await browser.close();
} finally {
	server.kill();
}
