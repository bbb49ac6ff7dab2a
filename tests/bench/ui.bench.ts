/**
 * UI benchmark (npm run bench:ui): the built site (`npm run build` first) served by `vite preview` on port 4177,
 * driven by headless Chromium through Playwright. It opens `/`, waits for the engine's first answer, then changes
 * the annual EC revenue 30 times (different values, 2000万 to 1億円), one change at a time, and measures from the
 * input event to
 *   (a) the recommendation card showing the new result: the expected phase answered (`data-revision` of the status
 *       line +1) and the card no longer marked busy;
 *   (b) every chart showing it: the distribution phase answered (+2) and every chart on the page drawn since the
 *       change (`data-updates` on each chart's figure moved, or the chart is a new one drawn at least once);
 *   (c) for information, every phase answered (the what-if, +3, and the engine idle).
 * Each time is taken twice in the page: when the DOM shows it (a MutationObserver callback) and at the next
 * animation frame after that (the frame that paints it); the targets are judged on the second.
 * Also: the longest main-thread task (Long Tasks API, buffered) during the changes and during the page load, a CPU
 * profile of the main thread over 5 further changes (top functions by self time), the initial JavaScript of `/`
 * (every script build/index.html loads or preloads, gzip -9, with the static imports they pull in), and the machine.
 * Prints; docs/benchmarks.md records. Not a test: nothing here asserts time.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const PORT = 4177;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHANGES = Number(process.env.BENCH_CHANGES ?? 30);
const PROFILED = 5;
const REVENUE_LABEL = 'EC売上高（年間）';
const BUILD = resolve('build');

function stats(ms: number[]) {
	const s = [...ms].sort((a, b) => a - b);
	const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
	return { median: at(0.5), p95: at(0.95), min: s[0]!, max: s[s.length - 1]! };
}
const f1 = (x: number) => x.toFixed(1);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

// ── initial JavaScript of `/` ─────────────────────────────────────────────────────────────────────────────────
function initialJs() {
	const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
	const listed = new Set<string>();
	for (const [, href] of html.matchAll(/<link[^>]*href="([^"]+\.js)"[^>]*rel="modulepreload"/g))
		listed.add(href!);
	for (const [, href] of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
		listed.add(href!);
	for (const [, src] of html.matchAll(/<script[^>]*src="([^"]+\.js)"/g)) listed.add(src!);
	for (const [, src] of html.matchAll(/import\("([^"]+\.js)"\)/g)) listed.add(src!);
	const files = new Set([...listed].map((p) => resolve(BUILD, p)));
	// follow static imports (`import … from "./x.js"`, `import "./x.js"`), not dynamic import()
	const queue = [...files];
	let followed = 0;
	while (queue.length) {
		const file = queue.pop()!;
		const code = readFileSync(file, 'utf8');
		for (const [, spec] of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
			const dep = resolve(dirname(file), spec!);
			if (!files.has(dep) && existsSync(dep)) {
				files.add(dep);
				queue.push(dep);
				followed++;
			}
		}
	}
	let raw = 0;
	let gzip = 0;
	for (const file of files) {
		const bytes = readFileSync(file);
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 9 }).length;
	}
	const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((x) => x[1]!).join('');
	return {
		listed: listed.size,
		followed,
		files: files.size,
		raw,
		gzip,
		inlineRaw: Buffer.byteLength(inline),
		inlineGzip: gzipSync(Buffer.from(inline), { level: 9 }).length
	};
}

/** The start of a function's code in the built file a profile names (empty for anything not from the site). */
function excerpt(url: string, line: number, column: number): string {
	if (!url.startsWith(ORIGIN)) return '';
	const file = join(BUILD, new URL(url).pathname);
	if (!existsSync(file)) return '';
	const text = readFileSync(file, 'utf8').split('\n')[line] ?? '';
	return `«${text.slice(column, column + 90).replace(/\s+/g, ' ')}»`;
}

// ── the server and the browser ────────────────────────────────────────────────────────────────────────────────
async function startPreview() {
	const vite = resolve('node_modules/.bin/vite');
	const child = spawn(vite, ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (d: Buffer) => (output += d.toString()));
	child.stderr.on('data', (d: Buffer) => (output += d.toString()));
	const until = Date.now() + 30_000;
	while (Date.now() < until) {
		if (child.exitCode !== null) throw new Error(`vite preview exited (${child.exitCode}):\n${output}`);
		try {
			const r = await fetch(ORIGIN);
			if (r.ok) return child;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill();
	throw new Error(`vite preview did not answer on ${ORIGIN}:\n${output}`);
}

function chromiumPath(): string {
	// scripts/find-chromium.mjs prints the path (and installs Debian's chromium when missing and allowed)
	return execFileSync(process.execPath, ['scripts/find-chromium.mjs'], { encoding: 'utf8' })
		.split('\n')[0]!
		.trim();
}

interface Timing {
	cardDom: number;
	cardFrame: number;
	viewsDom: number;
	viewsFrame: number;
	allDom: number;
	charts: number;
	totalChanged: boolean;
}

/** One change, measured in the page: set the field's text, fire `input`, watch the DOM. */
function measureChange(page: Page, text: string): Promise<Timing> {
	return page.evaluate(
		({ text, label }) =>
			new Promise<Timing>((resolvePromise, reject) => {
				const input = [...document.querySelectorAll('label')]
					.filter((l) => l.textContent?.trim() === label)
					.map((l) => document.getElementById(l.htmlFor))[0] as HTMLInputElement | undefined;
				const found = document.querySelector<HTMLElement>('[data-testid=status]');
				if (!input || !found) return reject(new Error('field or status line not found'));
				const status: HTMLElement = found;
				const revision = () => Number(status.dataset.revision);
				const figures = () => [...document.querySelectorAll<HTMLElement>('figure[data-updates]')];
				const chartCount = figures().length;
				const before = new Map(figures().map((el) => [el, Number(el.dataset.updates)]));
				const total = () => document.querySelector('[data-testid=recommended-total]')?.textContent ?? '';
				const totalBefore = total();
				const r0 = revision();
				const out: Partial<Timing> = { charts: chartCount };
				let t0 = 0;
				const frame = (key: 'cardFrame' | 'viewsFrame') =>
					requestAnimationFrame(() => {
						out[key] = performance.now() - t0;
						finish();
					});
				const timer = setTimeout(() => {
					observer.disconnect();
					reject(new Error(`timed out: ${JSON.stringify(out)} revision ${revision()} from ${r0}`));
				}, 15_000);
				function finish() {
					if (out.cardFrame === undefined || out.viewsFrame === undefined || out.allDom === undefined) return;
					clearTimeout(timer);
					observer.disconnect();
					out.totalChanged = total() !== totalBefore;
					resolvePromise(out as Timing);
				}
				function check() {
					const now = performance.now() - t0;
					const card = document.querySelector('[data-testid=recommendation]');
					if (
						out.cardDom === undefined &&
						revision() >= r0 + 1 &&
						card?.getAttribute('aria-busy') !== 'true'
					) {
						out.cardDom = now;
						frame('cardFrame');
					}
					if (out.viewsDom === undefined && revision() >= r0 + 2) {
						const now_ = figures();
						const fresh = now_.every((el) => {
							const was = before.get(el);
							const n = Number(el.dataset.updates);
							return was === undefined ? n >= 1 : n > was;
						});
						if (fresh && now_.length >= chartCount) {
							out.viewsDom = now;
							frame('viewsFrame');
						}
					}
					if (out.allDom === undefined && revision() >= r0 + 3 && status.dataset.running === 'false') {
						out.allDom = now;
						finish();
					}
				}
				const observer = new MutationObserver(check);
				observer.observe(document.body, {
					subtree: true,
					childList: true,
					attributes: true,
					attributeFilter: ['data-revision', 'data-updates', 'data-running', 'aria-busy']
				});
				input.value = text;
				t0 = performance.now();
				input.dispatchEvent(new Event('input', { bubbles: true }));
			}),
		{ text, label: REVENUE_LABEL }
	) as Promise<Timing>;
}

async function main() {
	const js = initialJs();
	const cpu = cpus();
	console.log(
		`machine: ${cpu.length} × ${cpu[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ` +
			`${osType()} ${release()}, Node ${process.version}, load ${loadavg()
				.map((x) => x.toFixed(2))
				.join(' ')}`
	);
	const server = await startPreview();
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
	try {
		console.log(`browser: Chromium ${browser.version()}`);
		const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		page.on('console', (msg) => {
			if (msg.type() === 'error') errors.push(msg.text());
		});
		// tsx (esbuild, keepNames) wraps named functions in `__name(…)`; the functions passed to page.evaluate run in
		// the page, so it needs the helper too
		await page.addInitScript('globalThis.__name = (fn) => fn;');
		await page.goto(`${ORIGIN}/`);
		await page.waitForFunction(() => {
			const s = document.querySelector<HTMLElement>('[data-testid=status]');
			const charts = [...document.querySelectorAll<HTMLElement>('figure[data-updates]')];
			return (
				s?.dataset.running === 'false' &&
				Number(s.dataset.revision) >= 3 &&
				charts.length > 0 &&
				charts.every((c) => Number(c.dataset.updates) >= 1)
			);
		});
		await page.evaluate(() => {
			const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
			w.__longTasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.waitForTimeout(300);
		const loopStart = await page.evaluate(() => performance.now());

		const values = Array.from({ length: CHANGES }, (_, i) =>
			String(Math.round((20_000_000 + (i * 80_000_000) / Math.max(1, CHANGES - 1)) / 100_000) * 100_000)
		);
		// start from a value none of the changes uses, so every change changes the result
		await measureChange(page, '15000000');
		const timings: Timing[] = [];
		for (const v of values) {
			await page.waitForTimeout(100);
			timings.push(await measureChange(page, v));
		}
		const loopEnd = await page.evaluate(() => performance.now());
		const tasks = await page.evaluate(
			() => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
		);

		// main-thread profile over a few more changes (not timed above)
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
		for (let i = 0; i < PROFILED; i++) {
			await page.waitForTimeout(100);
			await measureChange(page, String(25_000_000 + i * 13_000_000));
		}
		const { profile } = await cdp.send('Profiler.stop');

		// ── report ──
		const card = stats(timings.map((t) => t.cardFrame));
		const cardDom = stats(timings.map((t) => t.cardDom));
		const views = stats(timings.map((t) => t.viewsFrame));
		const viewsDom = stats(timings.map((t) => t.viewsDom));
		const all = stats(timings.map((t) => t.allDom));
		const during = tasks.filter((t) => t.start >= loopStart && t.start <= loopEnd);
		const longest = (list: typeof tasks) => list.reduce((m, t) => Math.max(m, t.duration), 0);
		const load = tasks.filter((t) => t.start < loopStart);
		console.log(
			`changes: ${timings.length} (revenue ${values[0]}…${values[values.length - 1]} 円), charts per change: ` +
				`${timings[0]?.charts}; recommended total changed in ${timings.filter((t) => t.totalChanged).length}`
		);
		const row = (name: string, s: ReturnType<typeof stats>) =>
			console.log(
				`  ${name.padEnd(44)} median ${f1(s.median).padStart(6)} ms  p95 ${f1(s.p95).padStart(6)} ms  ` +
					`min ${f1(s.min).padStart(6)}  max ${f1(s.max).padStart(6)}`
			);
		row('(a) card, painted frame', card);
		row('(a) card, DOM', cardDom);
		row('(b) every chart + distribution, painted frame', views);
		row('(b) every chart + distribution, DOM', viewsDom);
		row('(c) all phases (what-if) answered, DOM', all);
		console.log(
			`long tasks during the changes: ${during.length}, longest ${f1(longest(during))} ms` +
				(during.length
					? ` (durations ${during
							.map((t) => Math.round(t.duration))
							.sort((a, b) => b - a)
							.slice(0, 10)
							.join(', ')} ms)`
					: '') +
				`; during page load: ${load.length}, longest ${f1(longest(load))} ms`
		);
		console.log(
			`initial JS of /: ${js.files} files (${js.listed} loaded or preloaded by index.html, ${js.followed} more ` +
				`by static import), ${kib(js.raw)} raw, ${kib(js.gzip)} gzip (${js.gzip} bytes); plus the inline ` +
				`script (bootstrap and page data) ${kib(js.inlineRaw)} raw, ${kib(js.inlineGzip)} gzip`
		);

		// top functions by self time in the profile
		// (the build is minified: each function is shown with the start of its code, to find it in the source)
		const self = new Map<string, { ms: number; excerpt: string }>();
		const byId = new Map(profile.nodes.map((n) => [n.id, n]));
		const deltas = profile.timeDeltas ?? [];
		(profile.samples ?? []).forEach((id, i) => {
			const n = byId.get(id);
			if (!n) return;
			const c = n.callFrame;
			const file = c.url.split('/').pop() || '';
			const key = `${c.functionName || '(anonymous)'} ${file}${file ? `:${c.lineNumber + 1}:${c.columnNumber + 1}` : ''}`;
			const entry = self.get(key) ?? { ms: 0, excerpt: excerpt(c.url, c.lineNumber, c.columnNumber) };
			entry.ms += (deltas[i + 1] ?? 0) / 1000;
			self.set(key, entry);
		});
		const profiled = [...self.values()].reduce((a, b) => a + b.ms, 0);
		console.log(
			`main-thread profile over ${PROFILED} more changes (${f1(profiled)} ms sampled), top self time:`
		);
		for (const [key, { ms, excerpt }] of [...self.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15))
			console.log(`  ${f1(ms).padStart(7)} ms  ${key}${excerpt ? `  ${excerpt}` : ''}`);
		if (errors.length) console.log(`page errors: ${errors.join(' | ')}`);
		console.log(
			`load average at the end: ${loadavg()
				.map((x) => x.toFixed(2))
				.join(' ')}`
		);
	} finally {
		await browser.close();
		server.kill();
	}
}

main().catch((e: unknown) => {
	console.error(e);
	process.exit(1);
});
