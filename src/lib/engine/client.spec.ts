/**
 * The worker protocol driven through the client, in Node: the worker logic (serve.ts) runs in this process behind
 * a MessageChannel, so every message is structured-cloned as it would be between threads. The real engine runs on
 * the trimmed engine data the worker ships; a fake engine makes cancellation and failures deterministic.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINE_DATA, ENGINE_DATA_VERSION } from '$lib/data/engine-data';
import { createEngine, TOP_LEVEL, type Scenario } from '$lib/model';
import { EngineClient, type EnginePort, type RunOutcome } from './client';
import type { FromEngine, ToEngine } from './protocol';
import { inProcessEngine } from './in-process';
import { serveEngine, type EngineCore, type EngineHost } from './serve';

const engine = createEngine(ENGINE_DATA, { dataVersion: ENGINE_DATA_VERSION });
const FAST = { simulation: { trials: 1000, seed: 1 } };

interface Wired {
	client: EngineClient;
	host: EngineHost;
	/** every reply the worker side sent, in order, before the client saw it */
	wire: FromEngine[];
	close(): void;
}

const open: Wired[] = [];
afterEach(() => {
	for (const w of open.splice(0)) w.close();
});

/** The client wired to the worker logic through a real MessageChannel (structured clone, asynchronous delivery). */
function wire(core: EngineCore | (() => EngineCore)): Wired {
	const { client, host, wire: sent } = inProcessEngine(core);
	const w = { client, host, wire: sent, close: () => client.dispose() };
	open.push(w);
	return w;
}

/** A fake engine: `steps` what-if steps; throws where asked. */
function fakeCore(
	options: { steps?: number; throwIn?: 'parse' | 'expected' | 'distribution' | 'whatIf' } = {}
) {
	const log: string[] = [];
	const core: EngineCore = {
		parse(input) {
			if (options.throwIn === 'parse') throw 'not even an Error';
			if (typeof input !== 'object' || input === null)
				return {
					ok: false,
					problems: [
						{ path: TOP_LEVEL, expected: { kind: 'json-object' }, given: { kind: 'value', text: '1' } }
					],
					more: 0
				};
			return { ok: true, scenario: input as Scenario, notes: [] };
		},
		expected(s) {
			if (options.throwIn === 'expected') throw new Error('boom in expected');
			log.push('expected');
			return { s } as never;
		},
		distribution() {
			if (options.throwIn === 'distribution') throw new Error('boom in distribution');
			log.push('distribution');
			return { d: 1 } as never;
		},
		*whatIf() {
			const total = options.steps ?? 3;
			try {
				for (let done = 0; done < total; done++) {
					if (options.throwIn === 'whatIf' && done === 1) throw new RangeError('boom in what-if');
					log.push(`step ${done}`);
					yield { done, total };
				}
				return { w: total } as never;
			} finally {
				log.push('what-if closed');
			}
		}
	};
	return { core, log };
}

const kinds = (replies: readonly FromEngine[]) => replies.map((r) => r.type);
const collect = async (run: AsyncIterable<FromEngine>) => {
	const out: FromEngine[] = [];
	for await (const reply of run) out.push(reply);
	return out;
};

describe('engine client ↔ worker logic (real engine, trimmed data)', () => {
	it('answers a valid request in phases: expected → distribution → what-if with progress → done', async () => {
		const { client } = wire(() => engine);
		const seen: string[] = [];
		const run = client.run(
			{ business: { annualRevenue: 80_000_000 }, ...FAST },
			{
				onExpected: () => seen.push('expected'),
				onDistribution: () => seen.push('distribution'),
				onProgress: () => seen.push('progress'),
				onWhatIf: () => seen.push('what-if')
			}
		);
		const replies = await collect(run);
		expect(await run.finished).toBe('done');
		const order = kinds(replies).filter((k, i, a) => k !== 'progress' || a[i - 1] !== 'progress');
		expect(order).toEqual(['expected', 'distribution', 'progress', 'what-if', 'done']);
		expect(seen.filter((k) => k !== 'progress')).toEqual(['expected', 'distribution', 'what-if']);
		const progress = replies.filter((r) => r.type === 'progress');
		expect(progress.length).toBeGreaterThan(0);
		for (const p of progress) expect(p.done).toBeLessThanOrEqual(p.total);
		const expected = replies[0]!;
		if (expected.type !== 'expected') throw new Error('first reply is not expected');
		expect(expected.scenario.business.annualRevenue).toBe(80_000_000);
		// The phases match the engine run directly in this thread.
		const s = engine.parse({ business: { annualRevenue: 80_000_000 }, ...FAST });
		if (!s.ok) throw new Error('parse failed');
		const direct = engine.expected(s.scenario);
		expect(expected.result).toEqual(structuredClone(direct));
	});

	it('sends only the phases asked for (expected is always answered)', async () => {
		const { client } = wire(engine);
		const run = client.run(FAST, { phases: ['expected'] });
		expect(kinds(await collect(run))).toEqual(['expected', 'done']);
	});

	it('a newer request cancels the older one: its later phases never arrive, and the worker stops them', async () => {
		const { client, host, wire: sent } = wire(engine);
		const first: string[] = [];
		const r1 = client.run(FAST, {
			onExpected: () => first.push('expected'),
			onDistribution: () => first.push('distribution'),
			onProgress: () => first.push('progress'),
			onWhatIf: () => first.push('what-if')
		});
		const r2 = client.run({ ...FAST, business: { annualRevenue: 200_000_000 } });
		expect(await r1.finished).toBe('cancelled');
		expect(await r2.finished).toBe('done');
		await host.idle();
		expect(first).toEqual([]);
		// The worker may have sent request 1's first phase before it read request 2, but nothing after it.
		const fromFirst = sent.filter((m) => m.id === r1.id).map((m) => m.type);
		expect(fromFirst.filter((t) => t !== 'expected')).toEqual([]);
		expect(client.dropped).toBe(fromFirst.length);
		expect(kinds(sent.filter((m) => m.id === r2.id))).toContain('what-if');
	});

	it('answers invalid input with field problems, never an exception', async () => {
		const { client } = wire(engine);
		const run = client.run({ business: { annualRevenue: -1 } });
		const [reply] = await collect(run);
		expect(await run.finished).toBe('invalid');
		if (reply?.type !== 'invalid') throw new Error(`expected an invalid reply, got ${reply?.type}`);
		expect(reply.problems.map((p) => p.path)).toContain('business.annualRevenue');
		const problem = reply.problems.find((p) => p.path === 'business.annualRevenue')!;
		// plain data: a code for what was expected, the value as given, the field it is about
		expect(problem.subject).toEqual({ kind: 'field', field: 'business.annualRevenue' });
		expect(problem.expected).toEqual({ kind: 'min', value: 0, inclusive: true, integer: false });
		expect(problem.given).toEqual({ kind: 'value', text: '-1' });

		for (const input of [42, 'scenario', null, [1, 2], undefined]) {
			const r = client.run(input);
			const replies = await collect(r);
			expect(kinds(replies)).toEqual(['invalid']);
			const first = replies[0];
			if (first?.type !== 'invalid') throw new Error('not invalid');
			expect(first.problems[0]?.path).toBe(TOP_LEVEL);
		}
		// and the client still works
		expect(await client.run(FAST, { phases: ['expected'] }).finished).toBe('done');
	});

	it('turns an exception inside the worker into an error reply; the next request still works', async () => {
		let explode = true;
		const core: EngineCore = {
			...engine,
			distribution(s, e) {
				if (explode) throw new Error('injected failure');
				return engine.distribution(s, e);
			}
		};
		const { client } = wire(core);
		let error = '';
		const run = client.run(FAST, { onError: (r) => (error = r.message) });
		expect(kinds(await collect(run))).toEqual(['expected', 'error']);
		expect(await run.finished).toBe('error');
		expect(error).toBe('injected failure');
		explode = false;
		expect(await client.run(FAST).finished).toBe('done');
	});
});

describe('engine client ↔ worker logic (fake engine)', () => {
	it('cancel during the what-if stops the generator between steps', async () => {
		const { core, log } = fakeCore({ steps: 50 });
		const { client, host, wire: sent } = wire(core);
		const run = client.run({}, { onProgress: (p) => p.done === 2 && run.cancel() });
		expect(await run.finished).toBe('cancelled');
		await host.idle();
		expect(log).toContain('what-if closed');
		expect(log.filter((l) => l.startsWith('step')).length).toBeLessThan(10);
		expect(sent.some((m) => m.type === 'what-if' || m.type === 'done')).toBe(false);
	});

	it('a burst of requests (typing) computes only the newest', async () => {
		const { core, log } = fakeCore();
		const { client, host, wire: sent } = wire(core);
		const runs = [1, 2, 3, 4, 5].map((n) => client.run({ n }));
		expect(await runs[4]!.finished).toBe('done');
		await host.idle();
		for (const r of runs.slice(0, 4)) expect(await r.finished).toBe('cancelled');
		expect(log.filter((l) => l === 'expected')).toHaveLength(1);
		expect(new Set(sent.map((m) => m.id))).toEqual(new Set([runs[4]!.id]));
		expect(client.dropped).toBe(0);
	});

	it('drops a stale reply (one not for the latest request)', async () => {
		const posted: ToEngine[] = [];
		const port: EnginePort = { postMessage: (m) => posted.push(m), onmessage: null };
		const client = new EngineClient(port);
		const reply = (m: FromEngine) => port.onmessage?.({ data: m } as MessageEvent);
		const got: number[] = [];
		const r1 = client.run({ a: 1 }, { onExpected: (e) => got.push(e.id) });
		const r2 = client.run({ a: 2 }, { onExpected: (e) => got.push(e.id) });
		expect(posted.map((m) => `${m.type} ${m.id}`)).toEqual(['run 1', 'cancel 1', 'run 2']);
		reply({ type: 'expected', id: r1.id, scenario: {} as Scenario, notes: [], result: {} as never });
		reply({ type: 'done', id: r1.id });
		expect(got).toEqual([]);
		expect(client.dropped).toBe(2);
		reply({ type: 'expected', id: r2.id, scenario: {} as Scenario, notes: [], result: {} as never });
		reply({ type: 'done', id: r2.id });
		expect(got).toEqual([2]);
		expect(await r1.finished).toBe('cancelled');
		expect(await r2.finished).toBe('done');
		// a late reply to a finished request is dropped too
		reply({ type: 'distribution', id: r2.id, result: {} as never });
		expect(client.dropped).toBe(3);
	});

	it.each(['parse', 'expected', 'distribution', 'whatIf'] as const)(
		'an exception in %s becomes an error reply, and the client stays usable',
		async (where) => {
			const broken = fakeCore({ throwIn: where });
			let healthy = false;
			const good = fakeCore();
			const { client } = wire(() => (healthy ? good.core : broken.core));
			const run = client.run({});
			const replies = await collect(run);
			expect(replies.at(-1)?.type).toBe('error');
			const message = replies.at(-1)?.type === 'error' ? (replies.at(-1) as { message: string }).message : '';
			expect(message).toMatch(where === 'parse' ? /not even an Error/ : /boom/);
			expect(await run.finished).toBe('error');
			healthy = true;
			// The factory ran once; the same (broken) core serves again unless it only failed on this input.
			const next = client.run(7);
			expect(kinds(await collect(next))).toEqual(where === 'parse' ? ['error'] : ['invalid']);
		}
	);

	it('a worker error event ends the current request; later requests are still sent', async () => {
		const posted: ToEngine[] = [];
		const port: EnginePort = { postMessage: (m) => posted.push(m), onmessage: null, onerror: null };
		const client = new EngineClient(port);
		const run = client.run({});
		port.onerror?.({ message: 'worker script failed' } as ErrorEvent);
		expect(await run.finished).toBe('error');
		client.run({});
		expect(posted.filter((m) => m.type === 'run')).toHaveLength(2);
	});

	it('dispose cancels the current request and terminates the port; run() afterwards throws', async () => {
		let terminated = false;
		const port: EnginePort = { postMessage: () => {}, onmessage: null, terminate: () => (terminated = true) };
		const client = new EngineClient(port);
		const run = client.run({});
		client.dispose();
		const outcome: RunOutcome = await run.finished;
		expect(outcome).toBe('cancelled');
		expect(terminated).toBe(true);
		expect(() => client.run({})).toThrow(/disposed/);
	});

	it('answers a result that cannot be sent with an error reply', async () => {
		const { core } = fakeCore();
		const unclonable: EngineCore = { ...core, expected: () => ({ f: () => 1 }) as never };
		const { client } = wire(unclonable);
		const run = client.run({});
		const replies = await collect(run);
		expect(kinds(replies)).toEqual(['error']);
		expect(await client.run(1).finished).toBe('invalid');
	});

	it('ignores malformed and out-of-order messages on the worker side', async () => {
		const { core, log } = fakeCore();
		const sent: FromEngine[] = [];
		const host = serveEngine(core, (m) => sent.push(m));
		for (const junk of [null, 1, 'run', {}, { type: 'run' }, { type: 'run', id: Number.NaN }])
			host.receive(junk);
		host.receive({ type: 'run', id: 5, input: {}, phases: ['expected'] });
		host.receive({ type: 'run', id: 3, input: {}, phases: ['expected'] }); // older than 5: ignored
		await host.idle();
		expect(sent.map((m) => `${m.type} ${m.id}`)).toEqual(['expected 5', 'done 5']);
		expect(log).toEqual(['expected']);
	});
});
