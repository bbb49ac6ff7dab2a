/**
 * The Monte Carlo distribution layer: for every form of an expected-value core, the severity draws on the shared
 * base draws, percentiles of one incident, of year 1 and of the horizon, loss-exceedance curves, P(a year's loss >
 * that year's EC gross profit), the simulated check of the expected loss, and the survey view. It re-uses what
 * the core computed (costs, frequencies) and the core's draws when it made them; each form re-draws its rates on
 * its own stream, so the figures are the ones `evaluate` has always reported.
 */
import type { DataSet } from '../data/files';
import type { SiteForm } from '../data/forms';
import { DrawSource, formStream, type ExpectedResults, type ResultMeta } from './core';
import type { RiskParams } from './params';
import { combineRisk, riskDistribution, type FormRisk, type RiskDistribution } from './risk';
import type { Scenario } from './scenario';
import type { SurveyView } from './survey-view';

export interface FormDistribution extends RiskDistribution {
	form: SiteForm;
}

export interface DistributionResult {
	/** the core's meta: the same run */
	meta: ResultMeta;
	/** the PPC survey's losses for the scenario's employee band, resampled (null: no table for the band) */
	survey: SurveyView | null;
	forms: FormDistribution[];
}

export function distributionOf(
	data: DataSet,
	s: Scenario,
	params: RiskParams,
	core: ExpectedResults,
	draws: DrawSource = new DrawSource(data, s, params)
): DistributionResult {
	const { base, survey } = draws.shared;
	const forms = core.forms.map((f, i) => {
		const freq = core.posture.frequency[i]!;
		const { rng, rates } = formStream(s, params, freq);
		return { form: f.form, ...riskDistribution(params, s, f.form, f.cost, freq, rates, rng, base, survey) };
	});
	return { meta: core.meta, survey, forms };
}

/** The risk of one form, core and distribution together. */
export function formRiskOf(core: ExpectedResults, dist: DistributionResult, form: SiteForm): FormRisk {
	const e = core.forms.find((f) => f.form === form)!;
	const d = dist.forms.find((f) => f.form === form)!;
	return combineRisk(e.risk, d);
}
