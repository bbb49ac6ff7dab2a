/**
 * Every UI message exists, non-empty, in every locale; every key the code uses exists; every key exists in the
 * compiled Paraglide output and renders in both languages. Fails on a key missing or empty in either language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counted, locales, m } from './index';

type Variant = { declarations?: string[]; selectors?: string[]; match: Record<string, string> };
type Message = string | Variant[];

const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8')) as {
	baseLocale: string;
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string[] };
};
/** The message files of a locale: UI (messages/), result sentences (results/), input problems (input/). */
const filesOf = (locale: string) =>
	settings['plugin.inlang.messageFormat'].pathPattern.map((p) => p.replace('{locale}', locale));
const readMessages = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, Message>;
const files = Object.fromEntries(
	settings.locales.map((locale) => [locale, Object.assign({}, ...filesOf(locale).map(readMessages))])
) as Record<string, Record<string, Message>>;
const keysOf = (locale: string) => Object.keys(files[locale]!).filter((k) => k !== '$schema');
const allKeys = [...new Set(settings.locales.flatMap(keysOf))].sort();

/** Every text a message can produce (one for a plain string, one per variant otherwise). */
const patterns = (message: Message): string[] =>
	typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
const placeholders = (message: Message) =>
	[...new Set(patterns(message).flatMap((p) => [...p.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)))].sort();

/** Source files that call messages: .ts and .svelte under src/, not the generated output or this test. */
function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (path === join('src', 'lib', 'paraglide')) return [];
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
	});
}
const usesMessages = (code: string) => /from '(\$lib\/i18n|[./]*(i18n|paraglide\/messages)[^']*)'/.test(code);
const used = new Map<string, string[]>();
for (const file of sourceFiles('src')) {
	const code = readFileSync(file, 'utf8');
	if (!usesMessages(code)) continue;
	for (const [, key] of code.matchAll(/\bm\.([A-Za-z_$][\w$]*)\s*\(/g)) {
		used.set(key!, [...(used.get(key!) ?? []), file]);
	}
}

describe('message files', () => {
	it('exist for every locale in project.inlang, Japanese first', () => {
		expect(settings.baseLocale).toBe('ja');
		expect([...locales]).toEqual(settings.locales);
		expect(allKeys.length).toBeGreaterThan(30);
	});

	for (const locale of settings.locales) {
		it(`${locale}: has every key, none empty`, () => {
			const missing = allKeys.filter((k) => !(k in files[locale]!));
			expect(missing, `keys missing from ${locale}`).toEqual([]);
			const empty = allKeys.filter((k) => patterns(files[locale]![k]!).some((p) => p.trim() === ''));
			expect(empty, `empty messages in ${locale}`).toEqual([]);
		});
	}

	it('define each key in one file only (a later file would silently override an earlier one)', () => {
		for (const locale of settings.locales) {
			const keys = filesOf(locale).flatMap((path) => Object.keys(readMessages(path)));
			expect(
				keys.filter((k, i) => keys.indexOf(k) !== i),
				locale
			).toEqual([]);
		}
	});

	it('use the same placeholders in every language', () => {
		const differing = allKeys.filter((k) => {
			const sets = settings.locales.map((l) => placeholders(files[l]![k]!).join(','));
			return new Set(sets).size > 1;
		});
		expect(differing).toEqual([]);
	});

	it('give English plurals both a "one" and an "other" form', () => {
		for (const [key, message] of Object.entries(files.en!)) {
			if (typeof message === 'string') continue;
			const matches = Object.keys(message[0]!.match).map((k) => k.split('=')[1]);
			expect(matches, key).toEqual(expect.arrayContaining(['one', 'other']));
		}
	});
});

describe('messages in code', () => {
	it('every key the code calls exists', () => {
		const absent = [...used.keys()].filter((k) => !allKeys.includes(k)).map((k) => `${k} (${used.get(k)})`);
		expect(absent).toEqual([]);
		expect(used.size).toBeGreaterThan(30);
	});

	it('every key is used somewhere (remove a message when its last use goes)', () => {
		expect(allKeys.filter((k) => !used.has(k))).toEqual([]);
	});

	it('the compiled output has every key and renders it, non-empty, in both languages', () => {
		const fns = m as unknown as Record<string, (inputs: object, options: { locale: string }) => string>;
		for (const key of allKeys) {
			expect(typeof fns[key], `${key} is not compiled: run npm run i18n`).toBe('function');
			for (const locale of settings.locales) {
				// every placeholder gets a visible stand-in; `count` selects plurals, so it is a number
				const names = placeholders(files[locale]![key]!);
				const inputs = Object.fromEntries(names.map((n) => [n, n === 'count' ? 2 : `<${n}>`]));
				const out = fns[key]!({ count: 2, ...inputs }, { locale });
				expect(out.trim(), `${key} in ${locale}`).not.toBe('');
				expect(out, `${key} in ${locale}`).not.toContain('undefined');
				expect(out, `${key} in ${locale} fell through its variants`).not.toBe(key);
			}
		}
	});
});

describe('per-call locale and plurals', () => {
	it('picks the language per call, with no global state', () => {
		expect(m.sourcesTitle({}, { locale: 'ja' })).toBe('出典とデータ');
		expect(m.sourcesTitle({}, { locale: 'en' })).toBe('Sources and data');
	});

	it('pluralises English counts and formats the number', () => {
		expect(m.figureCount(counted(1, 'en'), { locale: 'en' })).toBe('1 figure');
		expect(m.figureCount(counted(2, 'en'), { locale: 'en' })).toBe('2 figures');
		expect(m.figureCount(counted(1234, 'en'), { locale: 'en' })).toBe('1,234 figures');
		expect(m.observations(counted(1, 'en'), { locale: 'en' })).toBe('1 individual value');
		expect(m.figureCount(counted(1234, 'ja'), { locale: 'ja' })).toBe('数値1,234件');
		expect(m.figureCount(counted(1, 'ja'), { locale: 'ja' })).toBe('数値1件');
	});
});
