// Writes static/scenario.schema.json (the scenario's JSON Schema with defaults) before every build.
import { writeFileSync } from 'node:fs';
import { loadDataSet } from '../lib/data/load';
import { scenarioSchemaWithDefaults } from '../lib/model';

writeFileSync(
	'static/scenario.schema.json',
	JSON.stringify(scenarioSchemaWithDefaults(loadDataSet()), null, 2) + '\n'
);
console.log('wrote static/scenario.schema.json');
