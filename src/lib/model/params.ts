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

export function readRiskParams(data: DataSet): RiskParams {
	const files = data as unknown as Record<string, unknown>;
	const dist: Record<string, Distribution> = {};
	for (const p of data['risk-model.json'].parameters as RiskParameter[]) {
		let figure = p.figure;
		if (p.ref) {
			const found = resolveFigure(files, p.ref);
			if ('error' in found) throw new ParameterError(`parameter ${p.id}: ${found.error}`);
			figure = found.figure;
		}
		dist[p.id] = toDistribution(figure!, p.distribution, p.id);
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
