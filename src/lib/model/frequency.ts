/**
 * Breach frequency per site form, in incidents per year (Poisson rate).
 *
 * - data/base-rates.json gives each form's own-site rate as a PERT: the POPULATION AVERAGE of sites of that form
 *   (breaches ÷ sites), i.e. at the population's posture, not at "all requirements met".
 * - Posture multiplier M = 1 + Σ_r u_r × w_r over the requirements that apply to the form
 *   (data/risk-model.json): u_r = multiplier_r − 1, w_r = 1 when unmet (対応困難, 未実装, 対策できない, 不明,
 *   未回答), φ when outsourced without the outline's two conditions (契約に記載・継続的な確認; φ =
 *   `outsourced-unconditioned-gap`), 0 when met. Additive, not a product: u_r = k × Σ_c s_c ÷ n_c spreads each
 *   attack cause's share s_c over the n_c requirements that defend it, so with everything unmet M = 1 + k (= 4 with
 *   k = 3), the calibration data/risk-model.json states. A managed host's service meets the requirements the
 *   outline says it covers.
 * - The population's posture is p̄ = E[`population-unmet-share`] of the uplift weight: M_pop = 1 + p̄ × Σ_r u_r.
 *   The all-met rate is λ_pop ÷ M_pop and the scenario's own rate is λ_pop × M ÷ M_pop (the population posture
 *   enters at its mean).
 * - SaaS and mall add a platform-wide incident: rate × share of tenants hit (both PERTs; its mean is the product
 *   of the means, as data/base-rates.json derives it). The tenant's posture does not change it.
 * The rate is uncertain: λ is drawn per Monte Carlo draw, and E[λ] is exact.
 */
import type { DataSet } from '../data/files';
import { PLATFORM_FORMS, type SiteForm } from '../data/forms';
import { mean, type Distribution } from './distributions';
import { meanOf, need, type RiskParams } from './params';
import type { Rng } from './rng';
import { compile } from './sampler';
import { coverageOf, type Coverage, type Scenario } from './scenario';

export interface Frequency {
	form: SiteForm;
	/** own-site base rate of the form: the population average (data/base-rates.json), incidents per year */
	baseRate: { low: number; mostLikely: number; high: number; mean: number };
	/** M = 1 + Σ u_r × w_r over the applicable requirements (1 … maxMultiplier) */
	postureMultiplier: number;
	/** M with every applicable requirement unmet: 1 + Σ u_r (4 for a self-run form with k = 3) */
	maxMultiplier: number;
	/** M at the population's average posture: 1 + p̄ × Σ u_r (what the base rate already contains) */
	populationMultiplier: number;
	/** postureMultiplier ÷ populationMultiplier: the factor applied to the population-average rate */
	rateFactor: number;
	/** applicable requirements counted as unmet (対応困難, 未実装, 対策できない, 不明 and 未回答 all count) */
	unmet: string[];
	/** applicable requirements outsourced without both conditions (contract, monitoring): partly met */
	conditional: string[];
	/** requirements met by a managed host's service rather than by the merchant */
	coveredByService: string[];
	/** E[own rate] with every requirement met: E[base] ÷ populationMultiplier */
	allMetRateMean: number;
	/** E[own rate] at the scenario's posture */
	ownRateMean: number;
	/** E[platform-wide rate × tenant share], 0 for self-run forms */
	platformRateMean: number;
	/** E[λ] = own + platform */
	rateMean: number;
}

/** A base rate as low / most likely / high (a point value, as the sensitivity analysis sets it, is all three). */
function pertOf(d: Distribution) {
	if (d.kind === 'pert') return { low: d.low, mostLikely: d.mode, high: d.high, mean: mean(d) };
	const m = mean(d);
	return { low: m, mostLikely: m, high: m, mean: m };
}

/** Requirements a managed host's service meets for the merchant (none for other forms). */
export function coveredByService(data: DataSet, form: SiteForm): string[] {
	return form === 'managed'
		? [...data['guideline-requirements.json'].managedServiceNote.coversRequirements]
		: [];
}

/** How a requirement stands for a form: met, conditional (outsourced without both conditions) or unmet. */
export function requirementCoverage(s: Scenario, id: string, covered: readonly string[]): Coverage {
	return covered.includes(id) ? 'met' : coverageOf(s.posture.checklist, id);
}

/** The weight w of a coverage state in the posture multiplier: 1 unmet, φ conditional, 0 met. */
export function gapWeight(params: RiskParams, c: Coverage): number {
	return c === 'unmet' ? 1 : c === 'conditional' ? meanOf(params, 'outsourced-unconditioned-gap') : 0;
}

export function frequency(data: DataSet, params: RiskParams, s: Scenario, form: SiteForm): Frequency {
	const base = pertOf(need(params, `base-rate-${form}`));
	const covered = coveredByService(data, form);
	const phi = meanOf(params, 'outsourced-unconditioned-gap');
	const unmet: string[] = [];
	const conditional: string[] = [];
	let uplift = 0;
	let upliftAll = 0;
	for (const [id, u] of Object.entries(params.uplift)) {
		if (!u.appliesTo.includes(form) || covered.includes(id)) continue;
		const ur = u.multiplier - 1;
		upliftAll += ur;
		const c = coverageOf(s.posture.checklist, id);
		if (c === 'unmet') {
			unmet.push(id);
			uplift += ur;
		} else if (c === 'conditional') {
			conditional.push(id);
			uplift += ur * phi;
		}
	}
	const postureMultiplier = 1 + uplift;
	const populationMultiplier = 1 + meanOf(params, 'population-unmet-share') * upliftAll;
	const rateFactor = postureMultiplier / populationMultiplier;
	const platformRateMean = PLATFORM_FORMS.includes(form)
		? mean(need(params, `platform-incident-rate-${form}`)) *
			mean(need(params, `platform-tenant-share-${form}`))
		: 0;
	const ownRateMean = base.mean * rateFactor;
	return {
		form,
		baseRate: base,
		postureMultiplier,
		maxMultiplier: 1 + upliftAll,
		populationMultiplier,
		rateFactor,
		unmet,
		conditional,
		coveredByService: covered,
		allMetRateMean: base.mean / populationMultiplier,
		ownRateMean,
		platformRateMean,
		rateMean: ownRateMean + platformRateMean
	};
}

/** `n` draws of λ (own + platform), reflecting the uncertainty of the rates. */
export function drawRates(params: RiskParams, f: Frequency, rng: Rng, n: number): Float64Array {
	const own = compile(need(params, `base-rate-${f.form}`));
	const platform = PLATFORM_FORMS.includes(f.form);
	const pRate = platform ? compile(need(params, `platform-incident-rate-${f.form}`)) : null;
	const pShare = platform ? compile(need(params, `platform-tenant-share-${f.form}`)) : null;
	const out = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		out[i] = own(rng) * f.rateFactor + (pRate && pShare ? pRate(rng) * pShare(rng) : 0);
	}
	return out;
}
