/**
 * The worker's trimmed data set (src/lib/data/generated/engine-data.json, from scripts/engine-data.ts) gives the
 * engine exactly the results the full, validated data set gives — through every phase for the default scenario,
 * and for the scenarios of the trimming corpus.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ENGINE_DATA, ENGINE_DATA_VERSION } from '$lib/data/engine-data';
import { dataVersion, loadDataSet } from '$lib/data/load';
import { createEngine, type Engine } from '$lib/model';
import { corpus, runPhases } from './data-trim';

const full = loadDataSet();
const fullEngine = createEngine(full, { dataVersion: dataVersion() });
const trimmedEngine = createEngine(ENGINE_DATA, { dataVersion: ENGINE_DATA_VERSION });

const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

function allPhases(engine: Engine, input: unknown) {
	const parsed = engine.parse(input);
	if (!parsed.ok) throw new Error('invalid input');
	const expected = engine.expected(parsed.scenario);
	const distribution = engine.distribution(parsed.scenario, expected);
	const steps = engine.whatIf(parsed.scenario, expected);
	let step = steps.next();
	const progress: unknown[] = [];
	while (!step.done) {
		progress.push(step.value);
		step = steps.next();
	}
	return plain({ scenario: parsed.scenario, expected, distribution, progress, whatIf: step.value });
}

describe('trimmed engine data', () => {
	it('carries the version of the full data set, so results name the data they came from', () => {
		// a stale generated file (data/ edited since `npm run engine-data`) fails here
		expect(ENGINE_DATA_VERSION).toBe(dataVersion());
		const parsed = trimmedEngine.parse({});
		if (!parsed.ok) throw new Error('invalid defaults');
		expect(trimmedEngine.expected(parsed.scenario).meta.dataVersion).toBe(dataVersion());
	});

	it('gives the default scenario identical results in every phase', () => {
		expect(allPhases(trimmedEngine, {})).toEqual(allPhases(fullEngine, {}));
	});

	it('gives identical results for the trimming corpus', () => {
		const inputs = corpus(full);
		for (const input of inputs.filter((_, i) => i % 3 === 0)) {
			expect(runPhases(trimmedEngine, input, 0)).toEqual(runPhases(fullEngine, input, 0));
		}
	});

	it('parses, migrates and reports problems the same way', () => {
		for (const input of [{ business: { annualRevenue: -1 } }, { version: 1 }, 'x']) {
			expect(plain(trimmedEngine.parse(input))).toEqual(plain(fullEngine.parse(input)));
		}
		expect(trimmedEngine.defaults()).toEqual(fullEngine.defaults());
	});

	it('is a fraction of the full data set and leaves out what the engine never reads', () => {
		const size = JSON.stringify(ENGINE_DATA).length;
		expect(size).toBeLessThan(JSON.stringify(full).length / 2);
		expect(gzipSync(JSON.stringify(ENGINE_DATA)).length).toBeLessThan(100_000);
		expect(Object.keys(ENGINE_DATA)).not.toContain('sources.json');
	});
});
