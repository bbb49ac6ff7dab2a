/**
 * 詳細設定 end to end below the browser (issue 9): an override typed into the assumptions panel goes through the
 * Calculator as a dotted path (`assumptions.<id>.<field>`) to the real engine (serve.ts behind a MessageChannel, as
 * in a worker) and comes back named in `meta.overridden`; an engine problem lands at its field; the panel and the
 * overridden note render every parameter and the change (server-rendered, as at prerender).
 */
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINE_DATA, ENGINE_DATA_VERSION } from '$lib/data/engine-data';
import { loadDataSet } from '$lib/data/load';
import type { EngineClient } from '$lib/engine/client';
import { inProcessEngine } from '$lib/engine/in-process';
import { assumptionCatalogue, createEngine } from '$lib/model';
import { Calculator } from '$lib/state/calculator.svelte';
import AssumptionsPanel from './AssumptionsPanel.svelte';
import OverriddenNote from './OverriddenNote.svelte';

const engine = createEngine(ENGINE_DATA, { dataVersion: ENGINE_DATA_VERSION });
const catalogue = assumptionCatalogue(loadDataSet());

const connect = (): EngineClient => inProcessEngine(engine).client;

const running: Calculator[] = [];
afterEach(() => running.splice(0).forEach((c) => c.stop()));

function calculator() {
	const c = new Calculator({ connect });
	running.push(c);
	c.values = { 'simulation.trials': 1000 };
	return c;
}

async function settled(c: Calculator) {
	for (let i = 0; i < 600 && c.running; i++) await new Promise((r) => setTimeout(r, 10));
	expect(c.running).toBe(false);
}

const total = (c: Calculator, form: string) =>
	c.expected!.forms.find((f) => f.form === form)!.riskAdjusted.total;

describe('assumptions through the Calculator', () => {
	it('an override reruns, moves the result and is named; a reset gives the result back', async () => {
		const c = calculator();
		c.start();
		await settled(c);
		const before = total(c, 'saas');
		expect(c.expected!.meta.overridden).toEqual([]);
		const saas = catalogue.parameters.find((p) => p.id === 'base-rate-saas')!;
		c.setNumber('assumptions.base-rate-saas.high', '0.5', { min: saas.range.min, max: saas.range.max });
		await settled(c);
		expect(c.stale).toBe(false);
		expect(c.scenario!.assumptions).toEqual({ 'base-rate-saas': { high: 0.5 } });
		expect(c.expected!.meta.overridden).toEqual(['base-rate-saas']);
		expect(c.distribution!.meta.overridden).toEqual(['base-rate-saas']);
		expect(total(c, 'saas')).toBeGreaterThan(before);
		c.reset('assumptions.base-rate-saas.high');
		await settled(c);
		expect(c.expected!.meta.overridden).toEqual([]);
		expect(total(c, 'saas')).toBe(before);
	});

	it('a value out of order is the engine’s problem at its field; the last result stays, marked stale', async () => {
		const c = calculator();
		c.start();
		await settled(c);
		const shown = c.expected;
		// forensics-cost is 137–510 万円: a low end of 600 is above the high end
		c.setNumber('assumptions.forensics-cost.low', '600', { min: 0 });
		await settled(c);
		const p = c.problems['assumptions.forensics-cost.low'];
		expect(p?.source).toBe('engine');
		expect(p?.source === 'engine' && p.problem.expected).toMatchObject({ kind: 'max', value: 510 });
		expect(c.stale).toBe(true);
		expect(c.expected).toBe(shown);
	});
});

describe('the panel and the note, server-rendered', () => {
	it('lists every parameter with its provenance, marks a changed one and names it under the result', () => {
		const c = calculator();
		c.values = { 'assumptions.card-leak-share.value': 50 };
		const { body } = render(AssumptionsPanel, { props: { calc: c, catalogue, locale: 'ja', open: true } });
		for (const p of catalogue.parameters) expect(body).toContain(`data-assumption="${p.id}"`);
		expect(body.match(/data-overridden="true"/g)).toHaveLength(1);
		expect(body).toContain('field-assumptions-base-rate-saas-high');
		// small figures keep every digit (0.0000048 件/年, not 0.000005)
		expect(body).toContain('0.0000048');
		expect(body).toContain('変更した前提: 1 項目');
		// a sourced figure shows its source and as-of date without opening anything
		expect(body).toMatch(/出典:[^<]*、[^<]*（2022年3月時点）/);
		expect(body).not.toContain('NaN');
		const en = render(AssumptionsPanel, { props: { calc: c, catalogue, locale: 'en' } }).body;
		expect(en).toContain('Reset every assumption to the data value');

		const note = render(OverriddenNote, {
			props: { meta: { overridden: ['card-leak-share', 'forensics-cost'] }, catalogue, locale: 'ja' }
		}).body;
		const leak = catalogue.parameters.find((p) => p.id === 'card-leak-share')!.label.ja;
		const forensics = catalogue.parameters.find((p) => p.id === 'forensics-cost')!.label.ja;
		expect(note).toContain(`前提を変更した項目: ${leak}、${forensics}`);
		const enNote = render(OverriddenNote, {
			props: { meta: { overridden: ['forensics-cost'] }, catalogue, locale: 'en' }
		}).body;
		expect(enNote).toContain('Assumptions changed: Forensic investigation cost per incident');
		expect(render(OverriddenNote, { props: { meta: { overridden: [] }, locale: 'ja' } }).body).not.toContain(
			'overridden-note'
		);
	});
});
