import viewTexts from '$lib/data/generated/view-texts.json' with { type: 'json' };
import { dataVersion, loadDataSet } from '$lib/data/load';
import { localeFromParam } from '$lib/i18n';
import {
	assumptionCatalogue,
	createEngine,
	fieldCatalogue,
	NEW_SITE_ANSWERS,
	RUNNING_SITE_ANSWERS,
	type Scenario
} from '$lib/model';
import { buildDashboard, type DashboardInput } from '$lib/view/dashboard';
import { formData } from '$lib/view/form-data';
import { textSource } from '$lib/view/texts';
import type { PageServerLoad } from './$types';

let defaults: DashboardInput | undefined;

/** The default scenario through every phase, as the worker answers it (same engine, same seed: same figures). */
function defaultResult(): DashboardInput {
	if (defaults) return defaults;
	const data = loadDataSet();
	const engine = createEngine(data, { dataVersion: dataVersion() });
	const scenario: Scenario = engine.defaults();
	const expected = engine.expected(scenario);
	const distribution = engine.distribution(scenario, expected);
	const steps = engine.whatIf(scenario, expected);
	let step = steps.next();
	while (!step.done) step = steps.next();
	defaults = { scenario, expected, distribution, whatIf: step.value };
	return defaults;
}

// Runs at prerender, once per language: the default scenario's result is in the HTML before any JavaScript runs,
// and the page gets the scenario's fields (labels, units, ranges, defaults, sources), the texts the views word
// results with, and what the input steps list — so the main-thread bundle never imports zod or the data set.
export const load: PageServerLoad = ({ params }) => {
	const data = loadDataSet();
	const locale = localeFromParam(params.lang);
	return {
		catalogue: fieldCatalogue(data),
		assumptions: assumptionCatalogue(data),
		form: formData(data, { new: NEW_SITE_ANSWERS, running: RUNNING_SITE_ANSWERS }),
		texts: viewTexts,
		initial: buildDashboard(defaultResult(), textSource(data), locale)
	};
};
