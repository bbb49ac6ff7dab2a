/**
 * Builds the browser engine entry (src/lib/engine/browser.ts: the client plus the module worker it starts) with
 * Vite, the way the app bundles it, and prints the size of each chunk (raw and gzip). Until a page uses the engine
 * the SvelteKit build does not reach the worker; this checks it builds and what it costs. Output: .tmp/engine-bundle.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const OUT = '.tmp/engine-bundle';
await build({
	configFile: false,
	logLevel: 'warn',
	worker: { format: 'es' },
	build: {
		outDir: OUT,
		emptyOutDir: true,
		lib: { entry: 'src/lib/engine/browser.ts', formats: ['es'], fileName: 'browser' }
	}
});
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const files = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
for (const f of files.sort()) {
	const text = readFileSync(join(OUT, f));
	console.log(
		`${f.padEnd(40)} ${kb(text.length).padStart(10)}  gzip ${kb(gzipSync(text, { level: 9 }).length)}`
	);
}
