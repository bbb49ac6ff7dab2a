import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from './files';
import { findUnsourcedNumbers } from './provenance';
import { DATA_FILE_NAMES } from './resolve';

const DATA_DIR = join(process.cwd(), 'data');
const FIXTURES = join(process.cwd(), 'tests', 'fixtures');
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const dataFiles = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'));

describe('provenance of every number in data/', () => {
	it('finds the data files and every one is registered with a schema', () => {
		expect(dataFiles.length).toBeGreaterThanOrEqual(10);
		for (const file of dataFiles) expect(Object.keys(DATA_FILES), `data/${file}`).toContain(file);
		expect([...DATA_FILE_NAMES].sort()).toEqual(Object.keys(DATA_FILES).sort());
	});

	for (const file of dataFiles) {
		it(`data/${file}: every number has a source or an assumption flag`, () => {
			expect(findUnsourcedNumbers(readJson(join(DATA_DIR, file)))).toEqual([]);
		});
	}
});

describe('the provenance walker itself', () => {
	it('accepts sourced, assumed and listed figures and structural numbers', () => {
		expect(findUnsourcedNumbers(readJson(join(FIXTURES, 'provenance-good.json')))).toEqual([]);
	});

	it('rejects a bad fixture, naming the path of every unsourced number', () => {
		const problems = findUnsourcedNumbers(readJson(join(FIXTURES, 'provenance-bad.json')));
		const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
		expect(Object.keys(byPath).sort()).toEqual(
			[
				'bare',
				'items[0].fee.value',
				'items[1].fee.value',
				'items[2].fee.low',
				'items[2].fee.high',
				'items[3].fee.value',
				'hiddenInText.extra[0]'
			].sort()
		);
		expect(byPath['bare']).toMatch(/outside any figure/);
		expect(byPath['items[0].fee.value']).toMatch(/neither a source nor an assumption/);
		expect(byPath['items[1].fee.value']).toMatch(/rationale/);
		expect(byPath['items[2].fee.low']).toMatch(/id, section and asOf/);
		expect(byPath['items[3].fee.value']).toMatch(/without a unit/);
	});

	it('flags a number a figure keeps outside its value keys', () => {
		const doc = { f: { label: { ja: 'a', en: 'a' }, unit: '円', value: 1, extra: 5 } };
		expect(findUnsourcedNumbers(doc).map((p) => p.path)).toEqual(['f.value', 'f.extra']);
	});
});
