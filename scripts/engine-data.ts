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
import { loadDataSet } from '../src/lib/data/load';
import type { DataSet } from '../src/lib/data/files';
import { corpus, recordReads, trimDataSet } from '../src/lib/engine/data-trim';

const OUT_DIR = 'src/lib/data/generated';
const OUT = `${OUT_DIR}/engine-data.json`;
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
const full = JSON.stringify(data).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const summary =
	`${kb(json.length)} (gzip ${kb(gzipSync(json, { level: 9 }).length)}) of ${kb(full)}; ` +
	`${inputs.length} corpus scenarios identical; ${Math.round(performance.now() - started)} ms`;
const current = existsSync(OUT) ? JSON.stringify(JSON.parse(readFileSync(OUT, 'utf8'))) : undefined;
if (current === json) {
	console.log(`${OUT} is up to date: ${summary}`);
} else {
	mkdirSync(OUT_DIR, { recursive: true });
	writeFileSync(`${OUT_DIR}/.gitignore`, '# written by scripts/engine-data.ts\n*\n');
	// Formatted so that `prettier --check .` passes (prettier does not read the nested .gitignore).
	writeFileSync(OUT, await format(json, { ...(await resolveConfig(OUT)), filepath: OUT }));
	console.log(`wrote ${OUT}: ${summary}`);
}
