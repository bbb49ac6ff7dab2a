/**
 * Build time only (imported by scripts/engine-data.ts): the texts of data/ that the views and exports read, for the page to
 * carry as data. Every view and document is made for each result of the trimming corpus in both languages over a
 * recording data set (src/lib/engine/data-trim.ts); what they read is kept, the rest of data/ left out. The
 * generator then words the corpus again from the trimmed texts and fails unless every word is the same.
 */
import type { DataSet } from '../src/lib/data/files';
import { recordingDataSet, trimDataSet, type ReadSet } from '../src/lib/engine/data-trim';
import { vendorSpecDocument, vulnReadinessDocument } from '../src/lib/export/documents';
import { toMarkdown } from '../src/lib/export/report';
import type { Engine } from '../src/lib/model';
import { buildBreach } from '../src/lib/view/breach';
import { buildCompliance } from '../src/lib/view/compliance';
import { buildDashboard, type DashboardInput } from '../src/lib/view/dashboard';
import { buildRunning } from '../src/lib/view/running';
import { textSource } from '../src/lib/view/texts';

export interface Worded {
	input: DashboardInput;
	analysis: ReturnType<Engine['analyse']>;
}

/** The engine's results for each input, through every phase (computed once, on the full data set). */
export function resultsFor(engine: Engine, inputs: readonly unknown[]): Worded[] {
	return inputs.map((raw) => {
		const parsed = engine.parse(raw);
		if (!parsed.ok) throw new Error('corpus scenario rejected');
		const scenario = parsed.scenario;
		const expected = engine.expected(scenario);
		const distribution = engine.distribution(scenario, expected);
		const steps = engine.whatIf(scenario, expected);
		let step = steps.next();
		while (!step.done) step = steps.next();
		return {
			input: { scenario, expected, distribution, whatIf: step.value },
			analysis: engine.analyse(scenario)
		};
	});
}

/** Everything the views and exports say about the results, worded from `data`. */
export function wordAll(results: readonly Worded[], data: DataSet): string {
	const texts = textSource(data);
	const out: unknown[] = [];
	for (const { input, analysis } of results) {
		for (const locale of ['ja', 'en'] as const) {
			out.push(buildDashboard(input, texts, locale));
			out.push(buildBreach(input, texts, locale));
			out.push(buildCompliance(input, texts, locale));
			out.push(buildRunning(input, texts, locale));
		}
		out.push(toMarkdown(analysis, input.scenario, data));
		for (const format of ['md', 'txt'] as const) {
			out.push(vendorSpecDocument(data, analysis.vendorSpec, format));
			out.push(vulnReadinessDocument(data, analysis.vulnReadiness, format));
		}
	}
	return JSON.stringify(out);
}

/** The part of `data` the views and exports read for these results. */
export function trimTexts(data: DataSet, results: readonly Worded[]): Partial<DataSet> {
	const reads: ReadSet = { shapes: new Set(), names: new Set() };
	wordAll(results, recordingDataSet(data, reads));
	return trimDataSet(data, reads);
}
