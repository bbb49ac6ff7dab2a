/**
 * Writes src/lib/data/generated/field-labels.json: every scenario field's label ({ja,en}) by dotted path, from the
 * scenario schema's metadata (src/lib/model/scenario.ts, the one place they are defined). The export layer reads it
 * (src/lib/export/field-labels.ts) so that field names can be worded in the browser without zod. Run by prepare,
 * predev, prebuild, precheck, pretest:unit and precli; the output is git-ignored. About a second.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { fieldLabelTable } from '../src/lib/model';

const DIR = 'src/lib/data/generated';
const OUT = `${DIR}/field-labels.json`;
const table = fieldLabelTable();
const text = await format(JSON.stringify(table), { ...(await resolveConfig(OUT)), filepath: OUT });
if (!existsSync(OUT) || readFileSync(OUT, 'utf8') !== text) {
	mkdirSync(DIR, { recursive: true });
	writeFileSync(`${DIR}/.gitignore`, '# written by scripts/engine-data.ts and scripts/field-labels.ts\n*\n');
	writeFileSync(OUT, text);
	console.log(`wrote ${OUT}: ${Object.keys(table).length} labels`);
}
