/**
 * The user's changes to the scenario, kept flat by dotted field path (`business.annualRevenue`) and turned into
 * the nested partial input the engine merges over its defaults. Only what the user set is sent: every other field
 * keeps its default, and a field reset goes back to it. Saved in localStorage (when the browser allows it) so a
 * reload loses nothing the user entered.
 */
export type InputValue = string | number | boolean | null;
export type InputValues = Record<string, InputValue>;

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** `{ 'business.annualRevenue': 1 }` → `{ business: { annualRevenue: 1 } }` (paths with a reserved key are skipped). */
export function nestedInput(values: InputValues): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [path, value] of Object.entries(values)) {
		const keys = path.split('.');
		if (keys.some((k) => k === '' || RESERVED.has(k))) continue;
		let node = out;
		for (const key of keys.slice(0, -1)) {
			const next = node[key];
			if (typeof next !== 'object' || next === null) node[key] = {};
			node = node[key] as Record<string, unknown>;
		}
		node[keys[keys.length - 1]!] = value;
	}
	return out;
}

export const STORAGE_KEY = 'ec-tco:scenario-input:v1';

interface Stored {
	values: InputValues;
	drafts: Record<string, string>;
}

const isValue = (v: unknown): v is InputValue =>
	v === null ||
	typeof v === 'string' ||
	typeof v === 'boolean' ||
	(typeof v === 'number' && Number.isFinite(v));

/** What was saved, or nothing (no storage, nothing saved, or a shape this version does not read). */
export function loadSaved(storage: Pick<Storage, 'getItem'> | undefined): Stored | null {
	try {
		const raw = storage?.getItem(STORAGE_KEY);
		if (!raw) return null;
		const doc = JSON.parse(raw) as Partial<Stored> | null;
		if (typeof doc !== 'object' || doc === null) return null;
		const values: InputValues = {};
		for (const [k, v] of Object.entries(doc.values ?? {})) if (isValue(v)) values[k] = v;
		const drafts: Record<string, string> = {};
		for (const [k, v] of Object.entries(doc.drafts ?? {})) if (typeof v === 'string') drafts[k] = v;
		return { values, drafts };
	} catch {
		return null;
	}
}

export function save(storage: Pick<Storage, 'setItem'> | undefined, stored: Stored): void {
	try {
		storage?.setItem(STORAGE_KEY, JSON.stringify(stored));
	} catch {
		// storage full or blocked: the page keeps working with what is on screen
	}
}
