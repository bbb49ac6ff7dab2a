/**
 * The breach model's parameters, read from data/risk-model.json (and the sourced figures it references) into
 * distributions in base units: yen, fractions (not percent), months, incidents per year. Everything the risk
 * engine needs from data/ passes through here, so the engine itself holds no figures.
 */
import { log } from './detmath';
import type { Figure } from '../data/figure';
import type { DataSet } from '../data/files';
import type { SiteForm } from '../data/forms';
import { resolveFigure } from '../data/resolve';
import type { ParameterDistribution, RiskParameter } from '../data/schemas/riskModel';
import { constant, lognormal, mean, pert, type Distribution } from './distributions';
import { toBase } from './units';

const Z95 = 1.6448536269514722;

export class ParameterError extends Error {}

function numeric(figure: Figure, id: string): Figure & { value?: number } {
	if (figure.value === 'unknown') throw new ParameterError(`parameter ${id}: its figure is unknown`);
	return figure as Figure & { value?: number };
}

/** A figure read as the distribution its parameter declares, converted to base units. */
export function toDistribution(figure: Figure, kind: ParameterDistribution, id: string): Distribution {
	const f = numeric(figure, id);
	const u = (x: number) => toBase(x, f.unit);
	if (kind === 'point') {
		if (typeof f.value !== 'number') throw new ParameterError(`parameter ${id}: a point needs a value`);
		return constant(u(f.value));
	}
	if (f.low === undefined || f.high === undefined)
		throw new ParameterError(`parameter ${id}: needs low and high`);
	if (kind === 'lognormal90') {
		if (f.low <= 0) throw new ParameterError(`parameter ${id}: a lognormal needs low > 0`);
		const lo = u(f.low);
		const hi = u(f.high);
		return lognormal(Math.sqrt(lo * hi), log(hi / lo) / (2 * Z95));
	}
	const mode = f.mostLikely ?? (f.low + f.high) / 2;
	return pert(u(f.low), u(mode), u(f.high));
}

export interface RiskParams {
	/** every parameter by id */
	dist: Record<string, Distribution>;
	/** the rate multiplier (倍) of each requirement when unmet, and the forms it applies to */
	uplift: Record<string, { multiplier: number; appliesTo: readonly SiteForm[] }>;
}

/** A parameter's figure: its own, or the sourced figure its `ref` points at. */
export function parameterFigure(data: DataSet, p: RiskParameter): Figure {
	if (!p.ref) return p.figure!;
	const found = resolveFigure(data as unknown as Record<string, unknown>, p.ref);
	if ('error' in found) throw new ParameterError(`parameter ${p.id}: ${found.error}`);
	return found.figure;
}

/** The scenario's override of one figure (scenario.ts AssumptionOverride), in the figure's own unit. */
export type FigureOverride = Partial<Record<'value' | 'low' | 'mostLikely' | 'high', number>>;

/** The figure with the override's fields in place of its own (the fields left out keep the figure's). */
export function overriddenFigure(figure: Figure, o: FigureOverride): Figure {
	const out: Figure = { ...figure };
	for (const key of ['value', 'low', 'mostLikely', 'high'] as const) {
		if (typeof o[key] === 'number') out[key] = o[key];
	}
	return out;
}

/** Whether an override changes anything (at least one field given). */
export const isOverride = (o: FigureOverride | undefined): o is FigureOverride =>
	o !== undefined && Object.values(o).some((v) => typeof v === 'number');

export function readRiskParams(data: DataSet): RiskParams {
	const dist: Record<string, Distribution> = {};
	for (const p of data['risk-model.json'].parameters as RiskParameter[]) {
		dist[p.id] = toDistribution(parameterFigure(data, p), p.distribution, p.id);
	}
	const uplift: RiskParams['uplift'] = {};
	for (const r of data['risk-model.json'].requirements) {
		const m = r.multiplier.value;
		if (typeof m !== 'number' || m < 1)
			throw new ParameterError(`requirement ${r.requirement}: multiplier must be ≥ 1`);
		uplift[r.requirement] = { multiplier: m, appliesTo: r.appliesTo };
	}
	return { dist, uplift };
}

export function need(params: RiskParams, id: string): Distribution {
	const d = params.dist[id];
	if (!d) throw new ParameterError(`parameter ${id} is missing from data/risk-model.json`);
	return d;
}

/** The exact mean of a parameter, in base units. */
export function meanOf(params: RiskParams, id: string): number {
	return mean(need(params, id));
}

/** Overridden parameters built so far, per base parameters and by the overrides' JSON (a few scenarios at a time). */
const withOverrides = new WeakMap<RiskParams, Map<string, RiskParams>>();
const OVERRIDE_CACHE = 16;

/**
 * The parameters under a scenario's overrides (`assumptions`, keyed by parameter id): the base itself when nothing
 * is overridden, otherwise the base with the overridden distributions replaced (the others are the same objects,
 * so the draw cache sees which changed). Cached by the overrides' JSON, so a scenario analysed phase by phase gets
 * the same object each time. The overrides are expected to have passed parse (unknown ids are an error here).
 */
export function riskParamsWith(
	data: DataSet,
	base: RiskParams,
	overrides: Readonly<Record<string, FigureOverride>> | undefined
): RiskParams {
	const active = (data['risk-model.json'].parameters as RiskParameter[]).filter((p) =>
		isOverride(overrides && Object.hasOwn(overrides, p.id) ? overrides[p.id] : undefined)
	);
	const known = new Set(data['risk-model.json'].parameters.map((p) => p.id));
	for (const id of Object.keys(overrides ?? {}))
		if (!known.has(id)) throw new ParameterError(`parameter ${id} is not in data/risk-model.json`);
	if (active.length === 0) return base;
	const key = JSON.stringify(active.map((p) => [p.id, overrides![p.id]]));
	let cache = withOverrides.get(base);
	if (!cache) withOverrides.set(base, (cache = new Map()));
	const hit = cache.get(key);
	if (hit) return hit;
	const dist = { ...base.dist };
	for (const p of active) {
		dist[p.id] = toDistribution(
			overriddenFigure(parameterFigure(data, p), overrides![p.id]!),
			p.distribution,
			p.id
		);
	}
	const params: RiskParams = { dist, uplift: base.uplift };
	if (cache.size >= OVERRIDE_CACHE) cache.delete(cache.keys().next().value!);
	cache.set(key, params);
	return params;
}

/** The ids of the parameters a scenario overrides, in data/risk-model.json's order. */
export function overriddenIds(
	data: DataSet,
	overrides: Readonly<Record<string, FigureOverride>> | undefined
): string[] {
	if (!overrides) return [];
	return data['risk-model.json'].parameters
		.map((p) => p.id)
		.filter((id) => Object.hasOwn(overrides, id) && isOverride(overrides[id]));
}
