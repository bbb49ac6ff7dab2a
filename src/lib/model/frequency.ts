/**
 * Breach frequency per site form, in incidents per year (Poisson rate). The form's own-site rate is a PERT from
 * data/base-rates.json (read as the all-requirements-met rate), multiplied by (1 + u_r) for every unmet
 * requirement r that applies to the form (data/risk-model.json). A managed host's service meets the requirements
 * the outline says it covers. SaaS and mall add a platform-wide incident: rate × share of tenants hit.
 * The rate is uncertain: λ is drawn per Monte Carlo draw, and E[λ] is exact.
 */
import type { DataSet } from '../data/files';
import { PLATFORM_FORMS, type SiteForm } from '../data/forms';
import { mean, type Distribution } from './distributions';
import { need, type RiskParams } from './params';
import type { Rng } from './rng';
import { compile } from './sampler';
import { answerMeets, type Scenario } from './scenario';

export interface Frequency {
	form: SiteForm;
	/** own-site base rate (all requirements met), incidents per year */
	baseRate: { low: number; mostLikely: number; high: number; mean: number };
	/** product of the multipliers of the unmet requirements that apply */
	postureMultiplier: number;
	/** applicable requirements counted as unmet (対応困難, 未実装, 不明 and unanswered all count as unmet) */
	unmet: string[];
	/** requirements met by a managed host's service rather than by the merchant */
	coveredByService: string[];
	/** E[own rate] after posture */
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

export function frequency(data: DataSet, params: RiskParams, s: Scenario, form: SiteForm): Frequency {
	const base = pertOf(need(params, `base-rate-${form}`));
	const covered =
		form === 'managed' ? [...data['guideline-requirements.json'].managedServiceNote.coversRequirements] : [];
	const unmet: string[] = [];
	let multiplier = 1;
	for (const [id, u] of Object.entries(params.uplift)) {
		if (!u.appliesTo.includes(form)) continue;
		const met = answerMeets(s.posture.checklist.answers[id]) || covered.includes(id);
		if (!met) {
			unmet.push(id);
			multiplier *= u.multiplier;
		}
	}
	const platformRateMean = PLATFORM_FORMS.includes(form)
		? mean(need(params, `platform-incident-rate-${form}`)) *
			mean(need(params, `platform-tenant-share-${form}`))
		: 0;
	const ownRateMean = base.mean * multiplier;
	return {
		form,
		baseRate: base,
		postureMultiplier: multiplier,
		unmet,
		coveredByService: covered,
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
		out[i] = own(rng) * f.postureMultiplier + (pRate && pShare ? pRate(rng) * pShare(rng) : 0);
	}
	return out;
}
