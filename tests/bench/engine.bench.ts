/**
 * Engine benchmark (npm run bench): full evaluation of all five forms at the default precision, the severity
 * sampler's cost per incident sample, the relative standard error of the simulated expected annual loss, the
 * phases of the analysis (the exact expected-value core, the distribution layer, the what-ifs on the core) and the
 * full analysis with break-even and sensitivity — for the default scenario and with every checklist answer
 * 'in-house' (cyber insurance in force: the core then needs the shared draws for the recovered share).
 * Prints the machine and the figures; docs/benchmarks.md records them. Not a test: nothing here asserts time.
 */
import { cpus, totalmem } from 'node:os';
import { loadDataSet } from '../../src/lib/data/load';
import { analyse, analyseDistribution, analyseExpected, analyseWhatIf } from '../../src/lib/model/analyse';
import { expectedCore } from '../../src/lib/model/core';
import { mergeOver } from '../../src/lib/model/parse';
import { Scenario } from '../../src/lib/model/scenario';
import { defaultScenario } from '../../src/lib/model/defaults';
import { evaluate } from '../../src/lib/model/evaluate';
import { readRiskParams } from '../../src/lib/model/params';
import { severityContext } from '../../src/lib/model/risk';
import { createRng } from '../../src/lib/model/rng';
import { formSeverity, sampleBase } from '../../src/lib/model/severity';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARMUP = 5;

function stats(ms: number[]) {
	const s = [...ms].sort((a, b) => a - b);
	const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
	return { median: at(0.5), p95: at(0.95), min: s[0]!, max: s[s.length - 1]! };
}

const data = loadDataSet();
const scenario = defaultScenario(data);
const params = readRiskParams(data);

const times: number[] = [];
let results = evaluate(data, scenario, params);
for (let i = 0; i < WARMUP + RUNS; i++) {
	const t = performance.now();
	results = evaluate(data, scenario, params);
	if (i >= WARMUP) times.push(performance.now() - t);
}
const full = stats(times);

const SAMPLES = 200_000;
const ctx = severityContext(scenario, 'scratch');
formSeverity(sampleBase(ctx, params, createRng(1), 10_000), ctx, params);
const perSample: number[] = [];
const perForm: number[] = [];
for (let r = 0; r < 7; r++) {
	let t = performance.now();
	const base = sampleBase(ctx, params, createRng(r + 2), SAMPLES);
	perSample.push(((performance.now() - t) * 1e6) / SAMPLES);
	t = performance.now();
	formSeverity(base, ctx, params);
	perForm.push(((performance.now() - t) * 1e6) / SAMPLES);
}
const sampler = stats(perSample);
const formStep = stats(perForm);

const ids = data['guideline-requirements.json'].requirements.map((r) => r.id);
const answered = Scenario.parse(
	mergeOver(structuredClone(scenario), {
		posture: { checklist: { answers: Object.fromEntries(ids.map((id) => [id, 'in-house'])) } }
	})
);

function timed(f: () => void, runs: number, warmup: number) {
	const ms: number[] = [];
	for (let i = 0; i < warmup + runs; i++) {
		const t = performance.now();
		f();
		if (i >= warmup) ms.push(performance.now() - t);
	}
	return stats(ms);
}

function drain(g: Generator<unknown, unknown, void>) {
	for (let s = g.next(); !s.done; s = g.next());
}

// The phases, each timed on its own (the distribution layer and the what-ifs start from a fresh expected result,
// so the shared draws are made inside the phase that first needs them, as in a worker), and the whole analysis.
const phases = [
	['default', scenario],
	['answered in house', answered]
] as const;
const phaseStats = phases.map(([name, s]) => {
	const core = timed(() => expectedCore(data, s, params), RUNS, WARMUP);
	const expected = timed(() => analyseExpected(data, s, params), 20, 3);
	const distribution = timed(
		() => analyseDistribution(data, s, params, analyseExpected(data, s, params)),
		20,
		3
	);
	const expectedOnly = expected.median;
	const whatIf = timed(() => drain(analyseWhatIf(data, s, params, analyseExpected(data, s, params))), 20, 3);
	const analysis = timed(() => analyse(data, s, params), 20, 3);
	return { name, core, expected, distribution, expectedOnly, whatIf, analysis };
});
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
	`machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
);
console.log(
	`default precision: ${scenario.simulation.trials} incident draws per evaluation, seed ${scenario.simulation.seed}`
);
console.log(
	`full evaluation (5 forms): median ${full.median.toFixed(1)} ms, p95 ${full.p95.toFixed(1)} ms, min ${full.min.toFixed(1)} ms (${RUNS} runs after ${WARMUP} warm-up)`
);
console.log(
	`severity sampler (every item of one incident): median ${sampler.median.toFixed(0)} ns per incident sample (min ${sampler.min.toFixed(0)}, max ${sampler.max.toFixed(0)}; ${SAMPLES} samples × 7)`
);
console.log(
	`per-form step (tenancy, card storage, insurance applied to shared draws): median ${formStep.median.toFixed(0)} ns per sample and form`
);
for (const p of phaseStats) {
	const f = (x: ReturnType<typeof stats>) =>
		`median ${x.median.toFixed(1)} ms (p95 ${x.p95.toFixed(1)}, min ${x.min.toFixed(1)})`;
	console.log(`${p.name}:`);
	console.log(`  exact core, five forms (costs, E[λ], exact means, recovered share): ${f(p.core)}`);
	console.log(
		`  phase 1, expected analysis (core + checklist, card rules, recommendation, plans): ${f(p.expected)}`
	);
	console.log(
		`  phase 2, distribution layer: ${f(p.distribution)} (timed with its phase 1, ${p.expectedOnly.toFixed(1)} ms, included)`
	);
	console.log(`  phase 3, what-if (break-even + sensitivity): ${f(p.whatIf)} (phase 1 included)`);
	console.log(`  full analysis: ${f(p.analysis)}`);
}
for (const f of results.forms) {
	const e = f.risk.expectedAnnualLoss;
	console.log(
		`  ${f.form.padEnd(8)} expected annual loss ${Math.round(e.byYear[0]!).toLocaleString('en-US')} yen (analytic), simulated ${Math.round(e.simulatedYear1).toLocaleString('en-US')} ± ${Math.round(e.standardErrorYear1).toLocaleString('en-US')}, relative standard error ${(e.relativeStandardError * 100).toFixed(2)}%`
	);
}
