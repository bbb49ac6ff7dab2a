/**
 * The calculator state driven against the real engine logic in this process (serve.ts behind a MessageChannel, so
 * replies arrive asynchronously and structured-cloned, as from a worker): phases land in order, a bad number keeps
 * the last good result and marks it stale, an engine problem lands at its field, and what was entered is saved.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINE_DATA, ENGINE_DATA_VERSION } from '$lib/data/engine-data';
import type { EngineClient } from '$lib/engine/client';
import { inProcessEngine } from '$lib/engine/in-process';
import { createEngine } from '$lib/model';
import { Calculator } from './calculator.svelte';
import { STORAGE_KEY } from './scenario-input';

const engine = createEngine(ENGINE_DATA, { dataVersion: ENGINE_DATA_VERSION });

const connect = (): EngineClient => inProcessEngine(engine).client;

class MemoryStorage {
	items = new Map<string, string>();
	getItem = (k: string) => this.items.get(k) ?? null;
	setItem = (k: string, v: string) => void this.items.set(k, v);
}

const running: Calculator[] = [];
afterEach(() => running.splice(0).forEach((c) => c.stop()));

function calculator(storage = new MemoryStorage()) {
	const c = new Calculator({ connect, storage: storage as unknown as Storage });
	running.push(c);
	return { c, storage };
}

async function settled(c: Calculator) {
	for (let i = 0; i < 600 && c.running; i++) await new Promise((r) => setTimeout(r, 10));
	expect(c.running).toBe(false);
}

const FAST = { 'simulation.trials': 1000 };

describe('Calculator', () => {
	it('answers the defaults in phases and is then up to date', async () => {
		const { c } = calculator();
		c.values = { ...FAST };
		c.start();
		expect(c.stale).toBe(true);
		await settled(c);
		expect(c.expected?.recommendation.recommended).toBeTruthy();
		expect(c.distribution?.forms.length).toBe(5);
		expect(c.whatIf).not.toBeNull();
		expect(c.stale).toBe(false);
		expect(c.revision).toBe(3);
	});

	it('reads 全角 amounts with 万, reruns, and the result follows the input', async () => {
		const { c } = calculator();
		c.values = { ...FAST };
		c.start();
		await settled(c);
		const before = c.expected!.forms.find((f) => f.form === 'saas')!.cost.total;
		c.setNumber('business.annualRevenue', '３億', { min: 0, max: 1e12 });
		expect(c.values['business.annualRevenue']).toBe(300_000_000);
		await settled(c);
		expect(c.scenario?.business.annualRevenue).toBe(300_000_000);
		expect(c.expected!.forms.find((f) => f.form === 'saas')!.cost.total).toBeGreaterThan(before);
	});

	it('keeps the last good result, marked stale, while a field holds text that is not a number', async () => {
		const { c } = calculator();
		c.values = { ...FAST };
		c.start();
		await settled(c);
		const shown = c.expected;
		c.setNumber('business.annualRevenue', 'abc', { min: 0, max: 1e12 });
		expect(c.problems['business.annualRevenue']).toEqual({
			source: 'input',
			problem: { code: 'not-a-number' }
		});
		expect(c.drafts['business.annualRevenue']).toBe('abc');
		expect(c.values['business.annualRevenue']).toBeUndefined();
		expect(c.expected).toBe(shown);
		expect(c.stale).toBe(true);
		c.setNumber('business.annualRevenue', '5000万', { min: 0, max: 1e12 });
		expect(c.problems['business.annualRevenue']).toBeUndefined();
		await settled(c);
		expect(c.stale).toBe(false);
	});

	it('attaches a problem the engine finds to its field and keeps the result stale', async () => {
		const { c } = calculator();
		c.values = { ...FAST };
		c.start();
		await settled(c);
		const shown = c.expected;
		c.setValue('business.employeeBand', 'huge');
		await settled(c);
		expect(c.problems['business.employeeBand']?.source).toBe('engine');
		expect(c.expected).toBe(shown);
		expect(c.stale).toBe(true);
		c.reset('business.employeeBand');
		await settled(c);
		expect(c.problems).toEqual({});
		expect(c.stale).toBe(false);
	});

	it('saves what was entered, including text not yet valid, and restores it', async () => {
		const { c, storage } = calculator();
		c.values = { ...FAST };
		c.start();
		c.setNumber('business.annualRevenue', '1億', { min: 0, max: 1e12 });
		c.setNumber('business.grossMargin', '40%%', { min: 0, max: 100 });
		await settled(c);
		expect(JSON.parse(storage.items.get(STORAGE_KEY)!)).toMatchObject({
			values: { 'business.annualRevenue': 100_000_000 },
			drafts: { 'business.grossMargin': '40%%' }
		});
		const again = calculator(storage).c;
		again.start();
		expect(again.values['business.annualRevenue']).toBe(100_000_000);
		expect(again.drafts['business.grossMargin']).toBe('40%%');
		await settled(again);
		expect(again.scenario?.business.annualRevenue).toBe(100_000_000);
	});
});
