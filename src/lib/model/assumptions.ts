/**
 * The risk model's figures as a scenario may override them (`assumptions`, keyed by the parameter ids of
 * data/risk-model.json): which fields each figure takes (a point `value`; a range `low` / `mostLikely` / `high`, or
 * `low` / `high` for a lognormal read from its 5th and 95th percentiles), the range each value may take (from the
 * figure's unit), the checks parse.ts makes with them, and the catalogue a page shows (`assumptionCatalogue`: every
 * parameter with its value, unit, provenance and allowed range, as plain data).
 */
import type { DataSet } from '../data/files';
import type { SourceRef, Text } from '../data/figure';
import type { ParameterDistribution, RiskParameter } from '../data/schemas/riskModel';
import type { FieldProvenance } from './catalogue';
import { overriddenFigure, parameterFigure, type FigureOverride } from './params';
import type { Expectation } from './problems';
import { ASSUMPTION_FIELDS, MAX_YEN, type AssumptionField } from './scenario';

/** The fields a figure read as this distribution takes. */
export function assumptionFields(distribution: ParameterDistribution): AssumptionField[] {
	if (distribution === 'point') return ['value'];
	if (distribution === 'lognormal90') return ['low', 'high'];
	return ['low', 'mostLikely', 'high'];
}

/** The range every value of a figure may take, in the figure's own unit. */
export interface AllowedRange {
	min: number;
	/** false: the value must be above `min` (a lognormal's low end) */
	minInclusive: boolean;
	/** inclusive; none for durations, rates and multipliers */
	max?: number;
}

const MONEY_SCALE: Record<string, number> = { 円: 1, 万円: 1e4, 百万円: 1e6, 億円: 1e8 };

/**
 * From the figure's unit: % 0–100; money 0 to MAX_YEN (in the unit's own scale: 1億 for 万円); durations, rates,
 * counts and multipliers ≥ 0. A lognormal's ends must be above 0.
 */
export function allowedRange(unit: string, distribution: ParameterDistribution): AllowedRange {
	const minInclusive = distribution !== 'lognormal90';
	if (unit === '%') return { min: 0, minInclusive, max: 100 };
	const scale = MONEY_SCALE[unit.split('/')[0] ?? ''];
	if (scale !== undefined) return { min: 0, minInclusive, max: MAX_YEN / scale };
	return { min: 0, minInclusive };
}

/** Plain-data groups for a page, by what the figure drives (ids not listed here fall in `other`). */
export const ASSUMPTION_GROUPS = ['frequency', 'platform', 'exposure', 'costs', 'sales', 'other'] as const;
export type AssumptionGroup = (typeof ASSUMPTION_GROUPS)[number];

function groupOf(id: string): AssumptionGroup {
	if (
		id === 'uplift-scale' ||
		id.startsWith('base-rate-') ||
		id === 'population-unmet-share' ||
		id === 'outsourced-unconditioned-gap'
	)
		return 'frequency';
	if (id.startsWith('platform-')) return 'platform';
	if (
		[
			'records-exposed-share',
			'card-exposure-window',
			'card-leak-share',
			'scope-widening-safeguards',
			'scope-widening-logs',
			'log-gap-forensics-uplift',
			'breached-log-gap',
			'log-gap-card-window'
		].includes(id)
	)
		return 'exposure';
	if (
		[
			'reissue-borne-share',
			'reissue-fee',
			'fraud-compensated-share',
			'fraud-per-card',
			'forensics-cost',
			'call-centre-per-record',
			'notification-per-record',
			'legal-consulting',
			'apology-share',
			'apology-per-person',
			'hardening-cost'
		].includes(id)
	)
		return 'costs';
	if (
		id.startsWith('closure-') ||
		id.startsWith('exit-') ||
		['post-reopen-sales-level', 'recovery-months', 'card-payers-lost', 'lost-customer-months'].includes(id)
	)
		return 'sales';
	return 'other';
}

export interface AssumptionInfo {
	/** the parameter id of data/risk-model.json (the key under `assumptions`) */
	id: string;
	/** what the model uses it for (the parameter's `use`) */
	label: Text;
	/** the figure's own label */
	figureLabel: Text;
	group: AssumptionGroup;
	unit: string;
	distribution: ParameterDistribution;
	/** the fields an override takes */
	fields: AssumptionField[];
	/** data/'s values of those fields, in the unit */
	base: Partial<Record<AssumptionField, number>>;
	range: AllowedRange;
	provenance: FieldProvenance;
}

export interface AssumptionCatalogue {
	parameters: AssumptionInfo[];
	/** titles of the sources the provenance cites, by source id */
	sources: Record<string, { title: string; titleEn?: string; publisher?: string; date?: string }>;
}

const parameters = (data: DataSet) => data['risk-model.json'].parameters as RiskParameter[];

/** Every parameter of the risk model as plain data, for the assumptions panel (page data, no zod). */
export function assumptionCatalogue(data: DataSet): AssumptionCatalogue {
	const cited = new Set<string>();
	const out: AssumptionInfo[] = parameters(data).map((p) => {
		const fig = parameterFigure(data, p);
		const fields = assumptionFields(p.distribution);
		const base: AssumptionInfo['base'] = {};
		for (const key of fields) {
			const v = key === 'mostLikely' ? (fig.mostLikely ?? (fig.low! + fig.high!) / 2) : fig[key];
			if (typeof v === 'number') base[key] = v;
		}
		for (const ref of [fig.source, ...(fig.basedOn ?? [])] as (SourceRef | undefined)[])
			if (ref) cited.add(ref.id);
		return {
			id: p.id,
			label: p.use,
			figureLabel: fig.label,
			group: groupOf(p.id),
			unit: fig.unit,
			distribution: p.distribution,
			fields,
			base,
			range: allowedRange(fig.unit, p.distribution),
			provenance: {
				...(fig.source ? { source: fig.source } : {}),
				...(fig.assumption ? { assumption: true, rationale: fig.rationale } : {}),
				...(fig.basedOn ? { basedOn: fig.basedOn } : {}),
				...(fig.note ? { note: fig.note } : {}),
				...(p.ref ? { figure: { file: p.ref.file, path: p.ref.path } } : {})
			}
		};
	});
	const all = data['sources.json'].sources;
	const sources: AssumptionCatalogue['sources'] = {};
	for (const id of [...cited].sort()) {
		const s = all[id];
		if (s) sources[id] = { title: s.title, titleEn: s.titleEn, publisher: s.publisher, date: s.date };
	}
	return { parameters: out, sources };
}

/** A problem with an override, before parse.ts renders its path and shows the value. */
export interface AssumptionProblem {
	path: [string, string] | [string, string, string];
	expected: Expectation;
	value: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The checks only data/ can make on `assumptions` (the schema has checked that each override is an object of
 * finite numbers, or says so itself): the parameter id exists (the valid ids listed), each field given is one the
 * figure takes, each value lies in the unit's range, and low ≤ mostLikely ≤ high once the override is put over the
 * figure (the problem is put at a field the override gives, so a form shows it at the field that was typed).
 */
export function checkAssumptions(data: DataSet, assumptions: unknown): AssumptionProblem[] {
	if (!isPlainObject(assumptions)) return [];
	const out: AssumptionProblem[] = [];
	const byId = new Map(parameters(data).map((p) => [p.id, p]));
	for (const [id, override] of Object.entries(assumptions)) {
		const p = byId.get(id);
		if (!p) {
			out.push({
				path: ['assumptions', id],
				expected: { kind: 'assumption-id', ids: [...byId.keys()] },
				value: id
			});
			continue;
		}
		if (!isPlainObject(override)) continue;
		const fig = parameterFigure(data, p);
		const fields = assumptionFields(p.distribution);
		const range = allowedRange(fig.unit, p.distribution);
		let good = true;
		for (const [key, v] of Object.entries(override)) {
			if (!(ASSUMPTION_FIELDS as readonly string[]).includes(key)) continue; // the schema names it
			const at: [string, string, string] = ['assumptions', id, key];
			if (!(fields as string[]).includes(key)) {
				out.push({ path: at, expected: { kind: 'assumption-field', fields }, value: v });
				good = false;
				continue;
			}
			if (typeof v !== 'number' || !Number.isFinite(v)) {
				good = false; // the schema says what it expected
				continue;
			}
			if (range.minInclusive ? v < range.min : v <= range.min) {
				out.push({
					path: at,
					expected: { kind: 'min', value: range.min, inclusive: range.minInclusive, integer: false },
					value: v
				});
				good = false;
			} else if (range.max !== undefined && v > range.max) {
				out.push({
					path: at,
					expected: { kind: 'max', value: range.max, inclusive: true, integer: false },
					value: v
				});
				good = false;
			}
		}
		if (!good || p.distribution === 'point') continue;
		const merged = overriddenFigure(fig, override as FigureOverride);
		const order: [AssumptionField, number | undefined][] = fields.map((k) => [
			k,
			k === 'mostLikely' ? (merged.mostLikely ?? undefined) : merged[k as 'low' | 'high']
		]);
		const given = (k: AssumptionField) => typeof override[k] === 'number';
		outer: for (let i = 0; i < order.length; i++) {
			for (let j = i + 1; j < order.length; j++) {
				const [a, va] = order[i]!;
				const [b, vb] = order[j]!;
				if (va === undefined || vb === undefined || va <= vb) continue;
				// a must not exceed b: said at the field the override gave (a when it gave a, else b)
				if (given(a))
					out.push({
						path: ['assumptions', id, a],
						expected: { kind: 'max', value: vb, inclusive: true, integer: false },
						value: va
					});
				else
					out.push({
						path: ['assumptions', id, b],
						expected: { kind: 'min', value: va, inclusive: true, integer: false },
						value: vb
					});
				break outer;
			}
		}
	}
	return out;
}
