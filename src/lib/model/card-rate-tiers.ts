/**
 * Own sites' card processing by volume: the published PSP plan (data/scenario-defaults.json cardRateTiers, read
 * from the sourced figures in security-costs.json) for a year's monthly card sales — a rate in percent and a
 * monthly fee in yen. Used when the scenario gives no card rate of its own.
 */
import type { DataSet } from '../data/files';
import { resolveFigure, type FigureRef } from '../data/resolve';
import { toBase } from './units';

export interface CardRateTier {
	/** monthly card sales (yen) from which the tier applies */
	from: number;
	/** percent, as the scenario's rates (3.3 means 3.3%) */
	ratePercent: number;
	/** yen a month */
	monthly: number;
}

export function cardRateTiers(data: DataSet): CardRateTier[] {
	const files = data as unknown as Record<string, unknown>;
	const read = (ref: FigureRef, base: boolean) => {
		const found = resolveFigure(files, ref);
		if ('error' in found) throw new Error(`cardRateTiers: ${found.error}`);
		const { value, unit } = found.figure;
		if (typeof value !== 'number') throw new Error(`cardRateTiers: ${ref.path} has no value`);
		return base ? toBase(value, unit) : value;
	};
	return data['scenario-defaults.json'].cardRateTiers.tiers
		.map((t) => ({
			from: t.fromMonthlyCardSales ? read(t.fromMonthlyCardSales, true) : 0,
			ratePercent: read(t.rate, false),
			monthly: read(t.monthly, true)
		}))
		.sort((a, b) => a.from - b.from);
}

/** The tier for a month's card sales (the highest tier whose threshold it reaches). */
export function tierFor(tiers: CardRateTier[], monthlyCardSales: number): CardRateTier {
	let chosen = tiers[0]!;
	for (const t of tiers) if (monthlyCardSales >= t.from) chosen = t;
	return chosen;
}
