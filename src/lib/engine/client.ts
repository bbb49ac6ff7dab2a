/**
 * The main thread's side of the engine protocol (no Svelte runes: a state class wraps it). It sends each request
 * with a new, increasing id; a new request cancels the one before; a reply whose id is not the latest request's is
 * dropped, so a late answer to an old input is never shown. A request's replies come through callbacks, through
 * `for await (const reply of run)`, or both; `run.finished` settles with how the request ended. An `error` or
 * `invalid` reply ends that request only: the client stays usable for the next one.
 *
 * It talks to anything Worker-like (EnginePort): a browser Worker (browser.ts), or in tests a MessagePort wired to
 * the worker logic in the same process.
 */
import type { FromEngine, Phase, ToEngine } from './protocol';

export interface EnginePort {
	postMessage(message: ToEngine): void;
	onmessage: ((event: MessageEvent) => void) | null;
	/** a browser Worker's error event (a failed load, an uncaught exception); ends the current request */
	onerror?: ((event: ErrorEvent) => void) | null;
	terminate?(): void;
}

type Reply<T extends FromEngine['type']> = Extract<FromEngine, { type: T }>;

export interface RunCallbacks {
	onExpected?(reply: Reply<'expected'>): void;
	onDistribution?(reply: Reply<'distribution'>): void;
	onProgress?(reply: Reply<'progress'>): void;
	onWhatIf?(reply: Reply<'what-if'>): void;
	onInvalid?(reply: Reply<'invalid'>): void;
	onError?(reply: Reply<'error'>): void;
	/** the request ended, however it ended */
	onEnd?(outcome: RunOutcome): void;
}

export interface RunOptions extends RunCallbacks {
	/** default: all three; `expected` is always answered */
	phases?: readonly Phase[];
}

/** `cancelled`: superseded by a newer request, cancelled, or the client disposed */
export type RunOutcome = 'done' | 'invalid' | 'error' | 'cancelled';

export interface EngineRun extends AsyncIterable<FromEngine> {
	readonly id: number;
	/** settles (never rejects) when the request ends */
	readonly finished: Promise<RunOutcome>;
	cancel(): void;
}

const TERMINAL: Partial<Record<FromEngine['type'], RunOutcome>> = {
	done: 'done',
	invalid: 'invalid',
	error: 'error'
};

class RunState implements EngineRun {
	readonly finished: Promise<RunOutcome>;
	#resolve!: (outcome: RunOutcome) => void;
	#replies: FromEngine[] = [];
	#wake: (() => void) | undefined;
	#ended = false;

	constructor(
		readonly id: number,
		private readonly callbacks: RunCallbacks,
		private readonly onCancel: (run: RunState) => void
	) {
		this.finished = new Promise((resolve) => (this.#resolve = resolve));
	}

	get ended() {
		return this.#ended;
	}

	deliver(reply: FromEngine) {
		if (this.#ended) return;
		this.#replies.push(reply);
		const c = this.callbacks;
		try {
			if (reply.type === 'expected') c.onExpected?.(reply);
			else if (reply.type === 'distribution') c.onDistribution?.(reply);
			else if (reply.type === 'progress') c.onProgress?.(reply);
			else if (reply.type === 'what-if') c.onWhatIf?.(reply);
			else if (reply.type === 'invalid') c.onInvalid?.(reply);
			else if (reply.type === 'error') c.onError?.(reply);
		} finally {
			const outcome = TERMINAL[reply.type];
			if (outcome) this.end(outcome);
			else this.#wake?.();
		}
	}

	end(outcome: RunOutcome) {
		if (this.#ended) return;
		this.#ended = true;
		this.#resolve(outcome);
		this.#wake?.();
		this.callbacks.onEnd?.(outcome);
	}

	cancel() {
		this.onCancel(this);
	}

	async *[Symbol.asyncIterator](): AsyncIterator<FromEngine> {
		let i = 0;
		for (;;) {
			if (i < this.#replies.length) yield this.#replies[i++]!;
			else if (this.#ended) return;
			else await new Promise<void>((resolve) => (this.#wake = resolve));
		}
	}
}

export class EngineClient {
	readonly #port: EnginePort;
	#lastId = 0;
	#current: RunState | null = null;
	#disposed = false;
	#dropped = 0;

	constructor(port: EnginePort) {
		this.#port = port;
		port.onmessage = (event) => this.#receive(event.data);
		port.onerror = (event) => {
			const run = this.#current;
			if (!run) return;
			const message = (event as { message?: unknown } | null)?.message;
			run.deliver({
				type: 'error',
				id: run.id,
				message: typeof message === 'string' && message ? message : 'the engine worker failed'
			});
			this.#current = null;
		};
	}

	/** replies dropped because they were not for the latest request (for tests and diagnostics) */
	get dropped() {
		return this.#dropped;
	}

	/** the request whose replies are being delivered, if any */
	get current(): EngineRun | null {
		return this.#current;
	}

	/** Sends a new request; the previous one, if still running, is cancelled (its later replies are dropped). */
	run(input: unknown, options: RunOptions = {}): EngineRun {
		if (this.#disposed) throw new Error('the engine client has been disposed');
		this.cancel();
		const { phases = ['expected', 'distribution', 'what-if'], ...callbacks } = options;
		const run = new RunState(++this.#lastId, callbacks, (r) => this.#cancelRun(r));
		this.#current = run;
		this.#port.postMessage({ type: 'run', id: run.id, input, phases: [...phases] });
		return run;
	}

	/** Cancels the current request, if any. */
	cancel() {
		if (this.#current) this.#cancelRun(this.#current);
	}

	/** Cancels the current request and terminates the worker; the client cannot be used afterwards. */
	dispose() {
		if (this.#disposed) return;
		this.cancel();
		this.#disposed = true;
		this.#port.onmessage = null;
		this.#port.onerror = null;
		this.#port.terminate?.();
	}

	#cancelRun(run: RunState) {
		if (run.ended) return;
		if (this.#current === run) {
			this.#current = null;
			if (!this.#disposed) this.#port.postMessage({ type: 'cancel', id: run.id });
		}
		run.end('cancelled');
	}

	#receive(data: unknown) {
		const reply = data as FromEngine;
		const run = this.#current;
		if (!run || typeof reply !== 'object' || reply === null || reply.id !== run.id) {
			this.#dropped++;
			return;
		}
		if (TERMINAL[reply.type]) this.#current = null;
		run.deliver(reply);
	}
}
