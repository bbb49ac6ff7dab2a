/**
 * The calculator's state on the main thread: what the user entered, the engine's latest results by phase, and
 * whether what is on screen is up to date. It never computes a result: every change sends the whole input to the
 * engine worker (through EngineClient, which cancels the previous request and drops stale replies), and the
 * replies land here phase by phase — the expected core first, then the distribution, then the what-if analysis.
 *
 * A number typed into a field is read by src/lib/input; text that is not a number in range stays in the field
 * with a problem, the scenario keeps the last good value, and the results are marked stale until the field is
 * fixed. Problems the engine finds (the worker's `invalid` reply) are attached to their fields the same way.
 */
import type { EngineClient, RunOutcome } from '../engine/client';
import { readNumberInput, type NumberInputProblem, type NumberRule } from '../input/number-input';
import type { DistributionResult, ExpectedAnalysis, Scenario, ScenarioProblem, WhatIfResult } from '../model';
import { loadSaved, nestedInput, save, type InputValue, type InputValues } from './scenario-input';

export type FieldProblem =
	{ source: 'input'; problem: NumberInputProblem } | { source: 'engine'; problem: ScenarioProblem };

export interface CalculatorOptions {
	/** creates the engine client (a Worker in the browser; an in-process port in tests) */
	connect: () => EngineClient;
	storage?: Storage;
	/** progress is shown for a phase still running after this long (ms) */
	progressDelay?: number;
}

export class Calculator {
	/** field path → the value the user set (everything else keeps its default) */
	values = $state<InputValues>({});
	/** field path → the text typed into a number field, as typed */
	drafts = $state<Record<string, string>>({});
	/** field path → what is wrong with it */
	problems = $state<Record<string, FieldProblem>>({});
	/** engine problems without a field on this page */
	otherProblems = $state.raw<ScenarioProblem[]>([]);

	scenario = $state.raw<Scenario | null>(null);
	expected = $state.raw<ExpectedAnalysis | null>(null);
	distribution = $state.raw<DistributionResult | null>(null);
	whatIf = $state.raw<WhatIfResult | null>(null);

	/** a request is running; the phases not yet answered for the current input */
	running = $state(false);
	waiting = $state<{ expected: boolean; distribution: boolean; whatIf: boolean }>({
		expected: false,
		distribution: false,
		whatIf: false
	});
	/** what-if progress, shown once a phase has run longer than the progress delay */
	progress = $state<{ done: number; total: number } | null>(null);
	showProgress = $state(false);
	engineError = $state<string | null>(null);
	/** how many results have arrived (tests and the UI benchmark wait on it) */
	revision = $state(0);

	/** what is shown does not answer the input on screen (a phase pending, or a field with a problem) */
	stale = $derived(this.waiting.expected || Object.keys(this.problems).length > 0);

	#client: EngineClient | null = null;
	#options: CalculatorOptions;
	#progressTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(options: CalculatorOptions) {
		this.#options = options;
	}

	/** Starts the engine, restores what was saved and runs once. Call from onMount (never during prerender). */
	start(): void {
		this.#client ??= this.#options.connect();
		const saved = loadSaved(this.#options.storage);
		if (saved) {
			this.values = saved.values;
			this.drafts = saved.drafts;
		}
		this.run();
	}

	stop(): void {
		clearTimeout(this.#progressTimer);
		this.#client?.dispose();
		this.#client = null;
	}

	/** The partial scenario the engine merges over its defaults. */
	input(): Record<string, unknown> {
		return nestedInput(this.values);
	}

	/** A number field's text: read it; a good value replaces the old one and reruns, a bad one is kept as typed. */
	setNumber(path: string, text: string, rule: NumberRule): void {
		this.drafts = { ...this.drafts, [path]: text };
		const read = readNumberInput(text, rule);
		if (!read.ok) {
			this.problems = { ...this.problems, [path]: { source: 'input', problem: read.problem } };
			this.#persist();
			return;
		}
		this.#clearProblem(path);
		this.values = { ...this.values, [path]: read.value };
		this.#persist();
		this.run();
	}

	/** Any other field (options, switches, answers). */
	setValue(path: string, value: InputValue): void {
		this.#clearProblem(path);
		const values: InputValues = { ...this.values, [path]: value };
		// A vendor condition is one of a pair the scenario requires together: the other keeps its value (default no).
		const vendor = /^(posture\.checklist\.vendor\.[^.]+)\.(inContract|monitored)$/.exec(path);
		if (vendor) {
			const other = `${vendor[1]}.${vendor[2] === 'inContract' ? 'monitored' : 'inContract'}`;
			values[other] ??= false;
		}
		this.values = values;
		this.#persist();
		this.run();
	}

	/** Back to the default. */
	reset(path: string): void {
		const { [path]: _value, ...values } = this.values;
		const { [path]: _draft, ...drafts } = this.drafts;
		this.values = values;
		this.drafts = drafts;
		this.#clearProblem(path);
		this.#persist();
		this.run();
	}

	resetAll(): void {
		this.values = {};
		this.drafts = {};
		this.problems = {};
		this.#persist();
		this.run();
	}

	run(): void {
		const client = this.#client;
		if (!client) return;
		this.running = true;
		this.engineError = null;
		this.waiting = { expected: true, distribution: true, whatIf: true };
		this.progress = null;
		this.showProgress = false;
		clearTimeout(this.#progressTimer);
		this.#progressTimer = setTimeout(() => (this.showProgress = true), this.#options.progressDelay ?? 200);
		client.run(this.input(), {
			onExpected: (r) => {
				this.scenario = r.scenario;
				this.expected = r.result;
				this.#engineProblems([]);
				this.waiting = { ...this.waiting, expected: false };
				this.revision++;
			},
			onDistribution: (r) => {
				this.distribution = r.result;
				this.waiting = { ...this.waiting, distribution: false };
				this.revision++;
			},
			onProgress: (r) => (this.progress = { done: r.done, total: r.total }),
			onWhatIf: (r) => {
				this.whatIf = r.result;
				this.waiting = { ...this.waiting, whatIf: false };
				this.revision++;
			},
			onInvalid: (r) => this.#engineProblems(r.problems),
			onError: (r) => (this.engineError = r.message),
			onEnd: (outcome: RunOutcome) => {
				if (outcome === 'cancelled') return;
				this.running = false;
				clearTimeout(this.#progressTimer);
				this.showProgress = false;
				this.progress = null;
				if (outcome !== 'done') this.waiting = { expected: true, distribution: true, whatIf: true };
			}
		});
	}

	#engineProblems(list: ScenarioProblem[]) {
		const kept = Object.fromEntries(Object.entries(this.problems).filter(([, p]) => p.source === 'input'));
		const other: ScenarioProblem[] = [];
		for (const p of list) {
			if (p.path in this.values) kept[p.path] = { source: 'engine', problem: p };
			else other.push(p);
		}
		this.problems = kept;
		this.otherProblems = other;
	}

	#clearProblem(path: string) {
		if (!(path in this.problems)) return;
		const { [path]: _gone, ...rest } = this.problems;
		this.problems = rest;
	}

	#persist() {
		save(this.#options.storage, { values: this.values, drafts: this.drafts });
	}
}
