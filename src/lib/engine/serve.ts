/**
 * The worker's side of the protocol, written against a small interface (EngineCore) so that it runs the same in
 * the browser worker, in Node tests and with a fake engine. It never throws: invalid input is answered with field
 * problems and any exception with an `error` reply, after which the next request is served as usual.
 *
 * Cancellation is cooperative. Before starting, between phases, and between the what-if steps (the what-if is a generator that
 * yields its progress), the host awaits `yieldToLoop()`, a round through the event loop, so that a newer `run` or
 * a `cancel` waiting in the message queue gets processed; the running request then sees it is no longer the live
 * one and stops without sending anything more.
 */
import type { DistributionResult, ExpectedAnalysis, ParseResult, Scenario, WhatIfResult } from '../model';
import type { FromEngine, Phase, ToEngine } from './protocol';

/** What the host needs of the engine (createEngine's result satisfies it). */
export interface EngineCore {
	parse(input: unknown): ParseResult;
	expected(s: Scenario): ExpectedAnalysis;
	distribution(s: Scenario, expected: ExpectedAnalysis): DistributionResult;
	whatIf(
		s: Scenario,
		expected: ExpectedAnalysis
	): Generator<{ done: number; total: number }, WhatIfResult, void>;
}

export interface ServeOptions {
	/** one round through the event loop; the default picks setImmediate (Node), a MessageChannel (browser) or setTimeout */
	yieldToLoop?: () => Promise<void>;
}

export interface EngineHost {
	/** handle one message from the client */
	receive(message: unknown): void;
	/** settles when no request is running (for tests) */
	idle(): Promise<void>;
}

function defaultYield(): () => Promise<void> {
	const g = globalThis as { setImmediate?: (fn: () => void) => unknown };
	if (typeof g.setImmediate === 'function') {
		const setImmediate = g.setImmediate;
		return () => new Promise((resolve) => setImmediate(resolve));
	}
	if (typeof MessageChannel === 'function') {
		// Unlike setTimeout(0), not clamped to 4 ms after a few nested calls.
		const channel = new MessageChannel();
		const waiting: (() => void)[] = [];
		channel.port1.onmessage = () => waiting.shift()?.();
		return () =>
			new Promise((resolve) => {
				waiting.push(resolve);
				channel.port2.postMessage(null);
			});
	}
	return () => new Promise((resolve) => setTimeout(resolve, 0));
}

export function messageOf(e: unknown): string {
	if (e instanceof Error) return e.message || e.name;
	try {
		return String(e);
	} catch {
		return 'unknown error';
	}
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * A host for one engine. `core` may be a factory, called on the first request (inside the error handling, so a
 * data set that fails to load becomes an `error` reply rather than a dead worker).
 */
export function serveEngine(
	core: EngineCore | (() => EngineCore),
	post: (message: FromEngine) => void,
	options: ServeOptions = {}
): EngineHost {
	const yieldToLoop = options.yieldToLoop ?? defaultYield();
	let engine: EngineCore | undefined = typeof core === 'function' ? undefined : core;
	/** the id of the request that may run: the latest run, unless cancelled */
	let live = -1;
	/** the highest id seen: an older run arriving late is ignored */
	let highest = -1;
	let running = 0;
	let settle: (() => void) | undefined;

	const send = (message: FromEngine) => {
		try {
			post(message);
		} catch (e) {
			// A result that cannot be cloned (a bug in the model) must still end the request.
			if (message.type === 'error') return;
			try {
				post({ type: 'error', id: message.id, message: messageOf(e) });
			} catch {
				// the port is gone: nobody is listening
			}
		}
	};

	async function run(id: number, input: unknown, phases: readonly Phase[]) {
		const stillLive = async () => {
			await yieldToLoop();
			return live === id;
		};
		try {
			// A burst of requests (typing) queues several runs: only the newest gets past this first yield.
			if (!(await stillLive())) return;
			engine ??= (core as () => EngineCore)();
			const parsed = engine.parse(input);
			if (!parsed.ok) return send({ type: 'invalid', id, problems: parsed.problems, more: parsed.more });
			const scenario = parsed.scenario;
			const expected = engine.expected(scenario);
			send({ type: 'expected', id, scenario, notes: parsed.notes, result: expected });
			if (phases.includes('distribution')) {
				if (!(await stillLive())) return;
				send({ type: 'distribution', id, result: engine.distribution(scenario, expected) });
			}
			if (phases.includes('what-if')) {
				if (!(await stillLive())) return;
				const steps = engine.whatIf(scenario, expected);
				let step = steps.next();
				while (!step.done) {
					send({ type: 'progress', id, done: step.value.done, total: step.value.total });
					if (!(await stillLive())) {
						steps.return(undefined as never);
						return;
					}
					step = steps.next();
				}
				send({ type: 'what-if', id, result: step.value });
			}
			send({ type: 'done', id });
		} catch (e) {
			send({ type: 'error', id, message: messageOf(e) });
		}
	}

	return {
		receive(message) {
			if (!isRecord(message) || typeof message.id !== 'number' || !Number.isFinite(message.id)) return;
			const m = message as ToEngine;
			if (m.type === 'cancel') {
				if (m.id === live) live = -1;
				return;
			}
			if (m.type !== 'run' || m.id <= highest) return;
			highest = live = m.id;
			const phases = Array.isArray(m.phases) ? m.phases : ['expected'];
			running++;
			void run(m.id, m.input, phases).finally(() => {
				if (--running === 0) settle?.();
			});
		},
		idle() {
			if (running === 0) return Promise.resolve();
			return new Promise((resolve) => {
				const previous = settle;
				settle = () => {
					previous?.();
					settle = undefined;
					resolve();
				};
			});
		}
	};
}
