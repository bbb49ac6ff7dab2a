/**
 * Writes src/lib/data/generated/engine-data.json: the data set validated (zod, provenance, references — the
 * checks loadDataSet() makes), then trimmed to what the engine reads (src/lib/engine/data-trim.ts). The worker
 * imports it through src/lib/data/engine-data.ts and validates nothing at start-up. Fails, writing nothing, if the
 * data set is invalid or if the trimmed data gives any result different from the full data set's.
 * Run by prebuild, predev, precheck and pretest:unit; the output is git-ignored.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { gzipSync } from 'node:zlib';
import { dataVersion, loadDataSet } from '../src/lib/data/load';
import type { DataSet } from '../src/lib/data/files';
import { corpus, recordReads, trimDataSet } from '../src/lib/engine/data-trim';
import { createEngine } from '../src/lib/model';
import { resultsFor, trimTexts, wordAll } from './view-texts';

const OUT_DIR = 'src/lib/data/generated';
const OUT = `${OUT_DIR}/engine-data.json`;
const TEXTS_OUT = `${OUT_DIR}/view-texts.json`;
const VERSION_OUT = `${OUT_DIR}/engine-data-version.json`;
const started = performance.now();
const data = loadDataSet();
const inputs = corpus(data);
const { reads, results } = recordReads(data, inputs);
const trimmed = trimDataSet(data, reads);
const json = JSON.stringify(trimmed);
const again = recordReads(JSON.parse(json) as DataSet, inputs).results;
const differs = results.findIndex((r, i) => JSON.stringify(r) !== JSON.stringify(again[i]));
if (differs >= 0) {
	console.error(
		`engine-data: the trimmed data set changes the results of corpus scenario ${differs} ` +
			`(${JSON.stringify(inputs[differs]).slice(0, 200)}); nothing written`
	);
	process.exit(1);
}
// The texts of data/ the views and exports read (requirement and rule texts, plan names, source titles …): the
// calculator page carries them as page data, so the browser words results without the data set.
const worded = resultsFor(createEngine(data, { dataVersion: dataVersion() }), inputs);
const texts = trimTexts(data, worded);
const textsJson = JSON.stringify(texts);
if (wordAll(worded, JSON.parse(textsJson) as DataSet) !== wordAll(worded, data)) {
	console.error(
		'engine-data: the trimmed view texts word some result differently from the full data set; nothing written'
	);
	process.exit(1);
}
writeIfChanged(
	TEXTS_OUT,
	await format(textsJson, { ...(await resolveConfig(TEXTS_OUT)), filepath: TEXTS_OUT })
);

function writeIfChanged(path: string, text: string) {
	if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
	mkdirSync(OUT_DIR, { recursive: true });
	writeFileSync(path, text);
}

const full = JSON.stringify(data).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const summary =
	`${kb(json.length)} (gzip ${kb(gzipSync(json, { level: 9 }).length)}) of ${kb(full)}; ` +
	`view texts ${kb(textsJson.length)} (gzip ${kb(gzipSync(textsJson, { level: 9 }).length)}); ` +
	`${inputs.length} corpus scenarios identical; ${Math.round(performance.now() - started)} ms`;
// The version of the full data set, which results name in meta.dataVersion (the trimmed set's hash would differ).
const versionJson = `${JSON.stringify({ dataVersion: dataVersion() })}\n`;
if (!existsSync(VERSION_OUT) || readFileSync(VERSION_OUT, 'utf8') !== versionJson) {
	mkdirSync(OUT_DIR, { recursive: true });
	writeFileSync(VERSION_OUT, versionJson);
}
const current = existsSync(OUT) ? JSON.stringify(JSON.parse(readFileSync(OUT, 'utf8'))) : undefined;
if (current === json) {
	console.log(`${OUT} is up to date: ${summary}`);
} else {
	mkdirSync(OUT_DIR, { recursive: true });
	writeFileSync(
		`${OUT_DIR}/.gitignore`,
		'# written by scripts/engine-data.ts and scripts/field-labels.ts\n*\n'
	);
	// Formatted so that `prettier --check .` passes (prettier does not read the nested .gitignore).
	writeFileSync(OUT, await format(json, { ...(await resolveConfig(OUT)), filepath: OUT }));
	console.log(`wrote ${OUT}: ${summary}`);
}
