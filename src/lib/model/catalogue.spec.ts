import { describe, expect, it } from 'vitest';
import { loadDataSet } from '../data/load';
import { fieldCatalogue } from './catalogue';
import { parseScenario } from './parse';

const data = loadDataSet();
const { fields, sources } = fieldCatalogue(data);
const byPath = new Map(fields.map((f) => [f.path, f]));

describe('field catalogue', () => {
	it('lists every scalar field once, each with both labels', () => {
		expect(new Set(fields.map((f) => f.path)).size).toBe(fields.length);
		expect(fields.length).toBeGreaterThan(100);
		for (const f of fields) {
			expect(f.label.ja, f.path).not.toBe('');
			expect(f.label.en, f.path).not.toBe('');
		}
		expect(byPath.has('version')).toBe(false);
	});

	it('gives every number its unit and range, and every option its values', () => {
		for (const f of fields) {
			if (f.type === 'number' || f.type === 'integer') {
				// the simulation's trials and seed are plain counts; every other number has a unit
				if (!f.path.startsWith('simulation.')) expect(f.unit, f.path).toBeTruthy();
				expect(f.min, f.path).toBeTypeOf('number');
				expect(f.max, f.path).toBeGreaterThan(f.min!);
			}
			if (f.type === 'option') expect(f.options!.length, f.path).toBeGreaterThan(1);
		}
		expect(byPath.get('business.annualRevenue')).toMatchObject({
			unit: '円/年',
			min: 0,
			max: 1e12,
			nullable: false
		});
		expect(byPath.get('business.customerRecords')?.type).toBe('integer');
		expect(byPath.get('forms.saas.fees.monthly')).toMatchObject({ nullable: true, unit: '円/月' });
		expect(byPath.get('posture.checklist.answers.*')).toMatchObject({ key: 'requirement', type: 'option' });
	});

	it('holds the default scenario: each default parses back at its field', () => {
		const defaults = fields.filter((f) => !f.key && f.default !== undefined);
		expect(defaults.length).toBeGreaterThan(80);
		for (const f of defaults) {
			const keys = f.path.split('.');
			const input = keys.reduceRight<unknown>((value, key) => ({ [key]: value }), f.default);
			expect(parseScenario(input, data).ok, f.path).toBe(true);
		}
	});

	it('carries the provenance of every default data/scenario-defaults.json gives, with the cited sources', () => {
		for (const d of data['scenario-defaults.json'].defaults) {
			const p = byPath.get(d.field)?.provenance;
			expect(p, d.field).toBeDefined();
			expect(p!.source !== undefined || p!.assumption === true, d.field).toBe(true);
			for (const ref of [p!.source, ...(p!.basedOn ?? [])]) {
				if (ref) expect(sources[ref.id]?.title, `${d.field} cites ${ref.id}`).toBeTruthy();
			}
		}
	});

	it('is plain data a page can carry (JSON round trip)', () => {
		const c = fieldCatalogue(data);
		expect(JSON.parse(JSON.stringify(c))).toEqual(c);
	});
});
