import { describe, expect, it } from 'vitest';
import { DATA_FILES } from './files';
import { dataVersion } from './load';
import { dataVersionOf } from './version';

const raw = () =>
	Object.fromEntries(Object.entries(DATA_FILES).map(([k, v]) => [k, structuredClone(v.raw)])) as Record<
		string,
		Record<string, unknown>
	>;

describe('data version', () => {
	it('is a 64-bit hex hash of the data files, stable for the same content', () => {
		expect(dataVersion()).toMatch(/^data-[0-9a-f]{16}$/);
		expect(dataVersionOf(raw())).toBe(dataVersion());
	});

	it('changes when any figure changes', () => {
		const edited = raw();
		const defaults = edited['scenario-defaults.json']!;
		edited['scenario-defaults.json'] = { ...defaults, edited: true };
		expect(dataVersionOf(edited)).not.toBe(dataVersion());
	});
});
