/**
 * Sampler against C (npm run bench:sampler): the severity sampler's kernel, sampleBase() in
 * src/lib/model/severity.ts, timed in Node and as a plain C implementation of the same kernel
 * (tests/bench/sampler-kernel.c: same sfc32 generator, same ziggurat, exp/log ported from detmath.ts, same PERT
 * tables, same draws in the same order into the same 14 float64 arrays), compiled here with the system C compiler
 * (`cc -O2`; CC overrides it). A second C build calls libm's exp/log instead of the detmath port, for reference.
 *
 * First checks that C and TypeScript draw the same numbers for the same seed (every element of every array), then
 * times each the way tests/bench/engine.bench.ts times the sampler: one warm-up call of 10,000 incidents, then
 * 200,000 incidents 7 times (seeds 2–8), ns per incident sample. Prints the machine, the load average, both figures
 * and the ratio. A benchmark, not a test: nothing here asserts time; without a C compiler it says so and exits 0.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { loadDataSet } from '../../src/lib/data/load';
import { defaultScenario } from '../../src/lib/model/defaults';
import type { Distribution } from '../../src/lib/model/distributions';
import { need, readRiskParams } from '../../src/lib/model/params';
import { severityContext } from '../../src/lib/model/risk';
import { createRng } from '../../src/lib/model/rng';
import { sampleBase, type BaseDraws } from '../../src/lib/model/severity';

const SOURCE = 'tests/bench/sampler-kernel.c';
const OUT = '.tmp/sampler-vs-c';
const SAMPLES = 200_000;
const REPS = 7;
const WARMUP = 10_000;
const CHECK_N = 10_000;
const CHECK_SEEDS = [1, 20221017];

/** The parameters sampleBase reads, in the order of the C kernel's enum. */
const PARAM_IDS = [
	'card-leak-share',
	'reissue-borne-share',
	'fraud-compensated-share',
	'reissue-fee',
	'apology-share',
	'records-exposed-share',
	'card-exposure-window',
	'recovery-months',
	'forensics-cost',
	'fraud-per-card',
	'call-centre-per-record',
	'legal-consulting',
	'apology-per-person',
	'hardening-cost'
];
/** The BaseDraws arrays, in the order the C kernel writes them. */
const COLUMNS = [
	'exposedShare',
	'window',
	'cardU',
	'reissuePerCard',
	'fraudPerCard',
	'forensics',
	'callCentrePerRecord',
	'legal',
	'apologyPerPerson',
	'hardening',
	'closeU',
	'closeLenU',
	'exitU',
	'recovery'
] as const satisfies readonly Exclude<keyof BaseDraws, 'n'>[];
const SHOWN = ['exposedShare', 'forensics', 'fraudPerCard', 'recovery'] as const;

const cc = process.env.CC ?? 'cc';
const version = spawnSync(cc, ['--version'], { encoding: 'utf8' });
if (version.error || version.status !== 0) {
	console.log(
		`bench:sampler: no C compiler — \`${cc}\` is not installed or does not run (${version.error?.message ?? `exit ${version.status}`}).`
	);
	console.log(
		'Install one (e.g. `apt-get install -y gcc`) to compare the sampler with C; nothing was measured.'
	);
	process.exit(0);
}
const ccVersion = version.stdout.split('\n')[0]!.trim();

mkdirSync(OUT, { recursive: true });
const FLAGS = ['-O2', '-ffp-contract=off'];
const builds = [
	{ name: 'C, detmath port', bin: `${OUT}/sampler-kernel`, defines: [] as string[] },
	{ name: 'C, libm exp/log', bin: `${OUT}/sampler-kernel-libm`, defines: ['-DUSE_LIBM'] }
];
for (const b of builds) {
	const r = spawnSync(cc, [...FLAGS, ...b.defines, '-o', b.bin, SOURCE, '-lm'], { encoding: 'utf8' });
	if (r.status !== 0) {
		console.error(`bench:sampler: ${cc} failed on ${SOURCE}:\n${r.stderr}`);
		process.exit(1);
	}
}

const data = loadDataSet();
const params = readRiskParams(data);
const ctx = severityContext(defaultScenario(data), 'scratch');

function words(d: Distribution): string[] {
	switch (d.kind) {
		case 'constant':
			return ['c', String(d.value), '0', '0'];
		case 'lognormal':
			return ['l', String(d.median), String(d.sigma), '0'];
		case 'pert':
			return ['p', String(d.low), String(d.mode), String(d.high)];
	}
}
const paramWords = PARAM_IDS.flatMap((id) => words(need(params, id)));

function dumpC(bin: string, seed: number, n: number): Record<(typeof COLUMNS)[number], Float64Array> {
	const buf = execFileSync(bin, ['dump', String(n), String(seed), ...paramWords], {
		maxBuffer: 16 * COLUMNS.length * n + 1024
	});
	const all = new Float64Array(new Uint8Array(buf).buffer);
	return Object.fromEntries(COLUMNS.map((c, k) => [c, all.subarray(k * n, (k + 1) * n)])) as Record<
		(typeof COLUMNS)[number],
		Float64Array
	>;
}

const fmt = (x: number) => x.toPrecision(17);

console.log(
	`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${ccVersion} (${[...FLAGS].join(' ')})`
);
console.log(
	`load average at start: ${loadavg()
		.map((x) => x.toFixed(2))
		.join(', ')}`
);

// 1. Same draws? Every element of the 14 arrays, for two seeds.
for (const seed of CHECK_SEEDS) {
	const ts = sampleBase(ctx, params, createRng(seed), CHECK_N);
	for (const b of builds) {
		const c = dumpC(b.bin, seed, CHECK_N);
		let differ = 0;
		let maxRel = 0;
		let firstDiff = '';
		for (const col of COLUMNS) {
			for (let i = 0; i < CHECK_N; i++) {
				const x = ts[col][i]!;
				const y = c[col][i]!;
				if (Object.is(x, y)) continue;
				differ++;
				if (!firstDiff) firstDiff = `${col}[${i}]`;
				const rel = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
				if (rel > maxRel) maxRel = rel;
			}
		}
		const total = CHECK_N * COLUMNS.length;
		console.log(
			`seed ${seed}, ${b.name}: ${differ === 0 ? `all ${total} values identical to TypeScript (bit for bit)` : `${differ} of ${total} values differ from TypeScript (first at ${firstDiff}), largest relative difference ${maxRel.toExponential(2)}`}`
		);
		if (seed === CHECK_SEEDS[0]) {
			for (const col of SHOWN) {
				const pairs = [0, 1, 2].map((i) => `${fmt(ts[col][i]!)} | ${fmt(c[col][i]!)}`);
				console.log(`  ${col.padEnd(13)} TS | C: ${pairs.join('; ')}`);
			}
		}
	}
}

// 2. Timing, as engine.bench.ts: warm-up, then REPS × SAMPLES incidents (seeds 2, 3, …), ns per incident sample.
function stats(xs: number[]) {
	const s = [...xs].sort((a, b) => a - b);
	return { median: s[Math.ceil(0.5 * s.length) - 1]!, min: s[0]!, max: s[s.length - 1]!, all: xs };
}

function benchC(bin: string) {
	const out = execFileSync(bin, ['bench', String(SAMPLES), String(REPS), String(WARMUP), ...paramWords], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore']
	});
	return stats(out.trim().split('\n').map(Number));
}

function benchTs() {
	sampleBase(ctx, params, createRng(1), WARMUP);
	const ns: number[] = [];
	for (let r = 0; r < REPS; r++) {
		const t = performance.now();
		sampleBase(ctx, params, createRng(r + 2), SAMPLES);
		ns.push(((performance.now() - t) * 1e6) / SAMPLES);
	}
	return stats(ns);
}

const c = benchC(builds[0]!.bin);
const ts = benchTs();
const libm = benchC(builds[1]!.bin);
const line = (name: string, s: ReturnType<typeof stats>) =>
	console.log(
		`${name.padEnd(28)} median ${s.median.toFixed(1).padStart(6)} ns per incident sample (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}; ${s.all.map((x) => x.toFixed(0)).join(' ')})`
	);
console.log(`${SAMPLES} incidents × ${REPS} per implementation, after a ${WARMUP}-incident warm-up:`);
line('TypeScript sampleBase', ts);
line(builds[0]!.name, c);
line(builds[1]!.name, libm);
console.log(
	`ratio TypeScript ÷ C (same kernel): ${(ts.median / c.median).toFixed(2)}× on medians, ${(ts.min / c.min).toFixed(2)}× on minima (target ≤ 1.5×)`
);
console.log(
	`ratio TypeScript ÷ C with libm exp/log: ${(ts.median / libm.median).toFixed(2)}× on medians, ${(ts.min / libm.min).toFixed(2)}× on minima`
);
console.log(
	`load average at end: ${loadavg()
		.map((x) => x.toFixed(2))
		.join(', ')}`
);
