/**
 * Build- and test-time only (never imported by the worker): the engine's read-set of the data set, and the data
 * set trimmed to it, so the worker ships only what the engine reads and skips the zod validation (≈200 ms) that
 * the full data set gets here, at build time.
 *
 * The read-set is recorded, not declared: the model runs over a corpus of scenarios (every plan, payment
 * integration, employee band, checklist mode and answer, insurance on and off, small and large revenue) against
 * the data set wrapped in recording proxies, and the results are serialised so that data objects copied into
 * them are read too. A path is kept in one of two ways:
 * - its shape (the path with array indices collapsed to `[]`) was read, or enumerated, in some run: kept, and
 *   trimmed in turn;
 * - it sits in an object whose shape was read and its key was read anywhere in the data set (e.g. `low` on one
 *   figure): kept whole, since another scenario may read it where this corpus did not.
 * Everything else (notes, derivations, survey tables the model never reads, sources.json) is dropped. The
 * generator (scripts/engine-data.ts) then re-runs the corpus on the trimmed data and fails unless every result is
 * identical; src/lib/engine/engine-data.spec.ts checks it again with the full analysis.
 */
import type { DataSet } from '../data/files';
import { createEngine, type Engine } from '../model';

export interface ReadSet {
	/** shapes read: `file.key[].key` */
	shapes: Set<string>;
	/** every object key read anywhere in a file: `file key` */
	names: Set<string>;
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** The data set wrapped so that every read is recorded in `reads`. */
export function recordingDataSet(data: DataSet, reads: ReadSet): DataSet {
	const cache = new WeakMap<object, object>();
	const child = (target: object, shape: string, key: string) =>
		Array.isArray(target) && /^\d+$/.test(key) ? `${shape}[]` : `${shape}.${key}`;
	const wrap = (node: unknown, shape: string): unknown => {
		if (!isObject(node)) return node;
		const hit = cache.get(node);
		if (hit) return hit;
		const touch = (target: object, key: string | symbol) => {
			if (typeof key === 'symbol') return undefined;
			if (Array.isArray(target) && !/^\d+$/.test(key)) return undefined; // length, find, map…
			if (key === 'toJSON') return undefined; // JSON.stringify asks every object
			const s = child(target, shape, key);
			reads.shapes.add(s);
			if (!Array.isArray(target)) reads.names.add(`${shape.slice(0, shape.indexOf('.json') + 5)} ${key}`);
			return s;
		};
		const proxy = new Proxy(node, {
			get(target, key, receiver) {
				const value = Reflect.get(target, key, receiver);
				const s = touch(target, key);
				return s === undefined ? value : wrap(value, s);
			},
			has(target, key) {
				touch(target, key);
				return Reflect.has(target, key);
			},
			getOwnPropertyDescriptor(target, key) {
				touch(target, key);
				return Reflect.getOwnPropertyDescriptor(target, key);
			},
			ownKeys(target) {
				const keys = Reflect.ownKeys(target);
				for (const key of keys) touch(target, key);
				return keys;
			}
		});
		cache.set(node, proxy);
		return proxy;
	};
	return Object.fromEntries(Object.entries(data).map(([file, doc]) => [file, wrap(doc, file)])) as DataSet;
}

/** The data set reduced to the read-set (see the module comment). */
export function trimDataSet(data: DataSet, reads: ReadSet): Partial<DataSet> {
	const trim = (node: unknown, shape: string, file: string): unknown => {
		if (Array.isArray(node)) return node.map((item) => trim(item, `${shape}[]`, file));
		if (!isObject(node)) return node;
		const out: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(node)) {
			const s = `${shape}.${key}`;
			if (reads.shapes.has(s)) out[key] = trim(value, s, file);
			else if (reads.names.has(`${file} ${key}`)) out[key] = value;
		}
		return out;
	};
	const out: Record<string, unknown> = {};
	for (const [file, doc] of Object.entries(data)) {
		if ([...reads.shapes].some((s) => s.startsWith(`${file}.`))) out[file] = trim(doc, file, file);
	}
	return out as Partial<DataSet>;
}

/** The corpus: raw scenario inputs (partial, merged over the defaults by parse) that exercise every branch that reads data. */
export function corpus(data: DataSet): Record<string, unknown>[] {
	const ids = data['guideline-requirements.json'].requirements.map((r) => r.id);
	const plans = data['platforms.json'].plans;
	const saas = plans.filter((p) => p.kind === 'saas').map((p) => p.id);
	const mall = plans.filter((p) => p.kind === 'mall').map((p) => p.id);
	const integrations = data['card-rules.json'].integrationTypes.map((t) => t.id);
	const bands = ['lt-5', '5-49', '50-99', '100-499', 'ge-500'];
	const ticks = data['guideline-requirements.json'].vulnResponseChecklist.stages.flatMap((s) =>
		s.items.map((i) => i.id)
	);
	const answers = (pick: (id: string, i: number) => string) =>
		Object.fromEntries(ids.map((id, i) => [id, pick(id, i)]));
	const allForms = {
		scratch: { enabled: true },
		package: { enabled: true },
		managed: { enabled: true },
		saas: { enabled: true },
		mall: { enabled: true }
	};
	const simulation = { trials: 1000, seed: 7 };
	const out: Record<string, unknown>[] = [{}];
	const newAnswers = ['in-house', 'outsourced', 'not-feasible', 'unknown', 'unanswered'];
	const runningAnswers = ['implemented', 'not-implemented', 'not-fixable', 'unknown', 'unanswered'];
	const n = Math.max(saas.length, mall.length, integrations.length * 2);
	for (let i = 0; i < n; i++) {
		const running = i % 2 === 1;
		out.push({
			business: {
				annualRevenue: [3e6, 5e7, 3e8, 2e9, 5e10][i % 5],
				employeeBand: bands[i % bands.length]
			},
			forms: {
				...allForms,
				saas: {
					enabled: true,
					preset: saas[i % saas.length],
					planSelection: i % 3 ? 'as-given' : 'cheapest-of-platform'
				},
				mall: {
					enabled: true,
					preset: mall[i % mall.length],
					planSelection: i % 3 ? 'as-given' : 'cheapest-of-platform'
				}
			},
			posture: {
				checklist: {
					mode: running ? 'running' : 'new',
					answers: answers((_, j) =>
						i % 4 === 0
							? running
								? 'implemented'
								: 'in-house'
							: (running ? runningAnswers : newAnswers)[(i + j) % 5]!
					),
					vendor:
						i % 3 === 0
							? {}
							: Object.fromEntries(
									ids.map((id, j) => [id, { inContract: j % 2 === 0, monitored: j % 3 === 0 }])
								)
				},
				currentForm: running ? (['scratch', 'package', 'managed', 'saas', 'mall'] as const)[i % 5] : null,
				paymentIntegration: integrations[i % integrations.length],
				vulnResponseTicks: ticks.filter((_, j) => (i + j) % 3 === 0)
			},
			insurance: i % 4 === 0 ? {} : undefined,
			simulation
		});
	}
	return out;
}

export type EngineRun = (engine: Engine, input: Record<string, unknown>, index: number) => unknown;

/** The engine's results for one input through every phase, as plain JSON (which also reads every data object copied into them). */
export const runPhases: EngineRun = (engine, input, index) => {
	const parsed = engine.parse(input);
	if (!parsed.ok) throw new Error(`corpus scenario rejected: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
	const s = parsed.scenario;
	const expected = engine.expected(s);
	const distribution = engine.distribution(s, expected);
	const progress: unknown[] = [];
	let whatIf: unknown = null;
	// The what-if re-reads what the core reads, at other revenues and answers: a third of the corpus covers it.
	if (index % 3 === 0) {
		const steps = engine.whatIf(s, expected);
		let step = steps.next();
		for (; !step.done; step = steps.next()) progress.push(step.value);
		whatIf = step.value;
	}
	const all = { scenario: s, notes: parsed.notes, expected, distribution, progress, whatIf };
	return JSON.parse(JSON.stringify(all)) as unknown;
};

/** Runs the corpus against the data set and returns the read-set and the results. */
export function recordReads(data: DataSet, inputs: Record<string, unknown>[], run: EngineRun = runPhases) {
	const reads: ReadSet = { shapes: new Set(), names: new Set() };
	const engine = createEngine(recordingDataSet(data, reads), { dataVersion: 'recording' });
	const results = inputs.map((input, i) => run(engine, input, i));
	return { reads, results };
}
