import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Chart } from './register';

describe('register', () => {
	it('registers the parts the dashboard draws and nothing else', () => {
		for (const id of ['bar', 'line']) expect(Chart.registry.getController(id)).toBeDefined();
		for (const id of ['bar', 'line', 'point']) expect(Chart.registry.getElement(id)).toBeDefined();
		for (const id of ['category', 'linear', 'logarithmic']) expect(Chart.registry.getScale(id)).toBeDefined();
		for (const id of ['tooltip', 'legend']) expect(Chart.registry.getPlugin(id)).toBeDefined();
		expect(() => Chart.registry.getController('pie')).toThrow();
		expect(() => Chart.registry.getScale('time')).toThrow();
		expect(() => Chart.registry.getPlugin('filler')).toThrow();
	});
});

describe('chart.js stays out of the initial JavaScript', () => {
	// Only register.ts (loaded with a dynamic import) may import chart.js values; configs, palette and plugins
	// import its types, and nothing imports chart.js/auto.
	const dir = import.meta.dirname;
	const files = [
		...readdirSync(dir).map((f) => join(dir, f)),
		...readdirSync(join(dir, 'configs')).map((f) => join(dir, 'configs', f))
	].filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && !f.endsWith('register.ts'));

	it.each(files)('%s imports chart.js types only', (file) => {
		const source = readFileSync(file, 'utf8');
		expect(source).not.toMatch(/chart\.js\/auto/);
		for (const match of source.matchAll(/^import\s+(type\s+)?[^;]*from\s+'chart\.js'/gm)) {
			expect(match[1], match[0]).toBe('type ');
		}
	});
});
