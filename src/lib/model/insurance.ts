/**
 * Cyber insurance (IPA outline, operation requirement 6): one option for every site form, in force only when the
 * checklist answers ops-06 as met. Yen. The premium is the user's, or else the sourced premium of the smallest
 * revenue band (data/scenario-defaults.json insurancePremiumBands) that covers the year's revenue; above every
 * band it is unknown (null) and named in the warnings. The cost limit, deductible and per-incident sub-limits
 * bound what a claim recovers (severity.ts applies them).
 */
import type { DataSet } from '../data/files';
import { resolveFigure, type FigureRef } from '../data/resolve';
import { coverageOf, type Scenario } from './scenario';
import { toBase } from './units';

export const INSURANCE_REQUIREMENT = 'ops-06';

export interface InsuranceTerms {
	costLimit: number;
	deductible: number;
	/** per incident, except apology payments: per person notified */
	sublimits: { fraudCompensation: number; cardReissue: number; apologyPerPerson: number };
}

/** The policy's terms when the checklist says the merchant is insured (ops-06 met), else null. */
export function insuranceInForce(s: Scenario): InsuranceTerms | null {
	if (coverageOf(s.posture.checklist, INSURANCE_REQUIREMENT) === 'unmet') return null;
	const { costLimit, deductible, sublimits } = s.insurance;
	return { costLimit, deductible, sublimits: { ...sublimits } };
}

export interface PremiumBand {
	upToRevenue: number;
	premium: number;
	source: { id: string; section: string } | null;
}

/** The premium bands of data/, ascending by revenue (yen a year). */
export function premiumBands(data: DataSet): PremiumBand[] {
	const files = data as unknown as Record<string, unknown>;
	const read = (ref: FigureRef) => {
		const found = resolveFigure(files, ref);
		if ('error' in found) throw new Error(`insurancePremiumBands: ${found.error}`);
		const fig = found.figure;
		if (typeof fig.value !== 'number') throw new Error(`insurancePremiumBands: ${ref.path} has no value`);
		return { value: toBase(fig.value, fig.unit), source: fig.source ?? null };
	};
	return data['scenario-defaults.json'].insurancePremiumBands.bands
		.map((b) => {
			const premium = read(b.premium);
			return {
				upToRevenue: read(b.upToRevenue).value,
				premium: premium.value,
				source: premium.source ? { id: premium.source.id, section: premium.source.section } : null
			};
		})
		.sort((a, b) => a.upToRevenue - b.upToRevenue);
}

/** The yearly premium for a year's revenue: the user's, else the band's; null when no band reaches it. */
export function premiumFor(s: Scenario, bands: PremiumBand[], revenue: number): number | null {
	if (s.insurance.premiumAnnual !== null) return s.insurance.premiumAnnual;
	return bands.find((b) => revenue <= b.upToRevenue)?.premium ?? null;
}
