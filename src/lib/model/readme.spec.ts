import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { data } from './test-helpers';

describe('README "モデルと前提 / Model and assumptions"', () => {
	const readme = readFileSync('README.md', 'utf8');
	it('lists every assumption of data/risk-model.json by its id', () => {
		const assumed = data['risk-model.json'].parameters.filter((p) => p.figure?.assumption).map((p) => p.id);
		expect(assumed.length).toBeGreaterThan(5);
		for (const id of assumed) expect(readme, id).toContain(`\`${id}\``);
	});
});
