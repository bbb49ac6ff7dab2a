import { describe, expect, it } from 'vitest';
import { DataError } from './errors';
import { DATA_FILES, type DataFileName } from './files';
import { loadDataSet, validateDataSet } from './load';

const raw = (): Record<DataFileName, unknown> =>
	structuredClone(
		Object.fromEntries(Object.entries(DATA_FILES).map(([k, v]) => [k, v.raw])) as Record<
			DataFileName,
			unknown
		>
	);

function problemsOf(fn: () => unknown): DataError {
	try {
		fn();
	} catch (e) {
		if (e instanceof DataError) return e;
		throw e;
	}
	throw new Error('expected a DataError');
}

describe('the shipped data set', () => {
	it('validates: every file against its schema, its provenance and its source ids', () => {
		const data = loadDataSet();
		expect(Object.keys(data).sort()).toEqual(Object.keys(DATA_FILES).sort());
	});
});

describe('a data file that breaks its schema', () => {
	it('fails with a message naming the file, the path inside it and what was expected', () => {
		const docs = raw();
		const sources = docs['sources.json'] as { sources: Record<string, { date: unknown }> };
		sources.sources['ppc-ec-survey-2022']!.date = 2022;
		const error = problemsOf(() => validateDataSet(docs));
		const problem = error.problems.find((p) => p.path === 'sources.ppc-ec-survey-2022.date');
		expect(problem?.file).toBe('sources.json');
		expect(error.message).toContain('data/sources.json › sources.ppc-ec-survey-2022.date');
		expect(error.message).toMatch(/expected one of: string.* \| "unknown" \(given: 2022\)/);
	});

	it('fails on an unknown key instead of ignoring it', () => {
		const docs = raw();
		(docs['sources.json'] as Record<string, unknown>).sorces = {};
		const error = problemsOf(() => validateDataSet(docs));
		expect(error.message).toMatch(/data\/sources\.json › .*sorces/);
	});

	it('fails on a source id that data/sources.json does not define', () => {
		const docs = raw();
		const text = JSON.stringify(docs['security-costs.json']).replace(
			/"id":"ipa-ec-outline-2022"/,
			'"id":"no-such-source"'
		);
		docs['security-costs.json'] = JSON.parse(text);
		const error = problemsOf(() => validateDataSet(docs));
		expect(
			error.problems.some((p) => p.file === 'security-costs.json' && /no-such-source/.test(p.message))
		).toBe(true);
	});

	it('fails on a reference to a figure that does not exist', () => {
		const docs = raw();
		const model = docs['risk-model.json'] as { parameters: { ref?: { path: string } }[] };
		model.parameters.find((p) => p.ref)!.ref!.path = 'rates[form=nowhere].rate';
		const error = problemsOf(() => validateDataSet(docs));
		expect(error.message).toMatch(
			/risk-model\.json › parameters\[\d+\]\.ref: unresolved reference: base-rates\.json › rates\[form=nowhere\]\.rate/
		);
	});

	it('fails on a number without provenance even where the schema would pass it', () => {
		const docs = raw();
		const text = JSON.stringify(docs['security-costs.json']).replace(/,"source":\{[^}]*\}/, '');
		docs['security-costs.json'] = JSON.parse(text);
		const error = problemsOf(() => validateDataSet(docs));
		expect(
			error.problems.some((p) => p.file === 'security-costs.json' && /provenance|source/.test(p.message))
		).toBe(true);
	});
});
