/**
 * The default scenario, built from data/scenario-defaults.json: each listed field takes its figure (or the
 * sourced figure it references), converted to the field's unit. Fields with no figure are settings, not facts:
 * which forms are compared, the posture, the payment integration, simulation precision, and the items left
 * unknown (null) until a user enters a quote.
 *
 * The checklist starts with every requirement 未回答 (unanswered): nothing is assumed about a merchant's
 * security before they answer. Unanswered requirements count as unmet, so the self-built forms are judged as
 * not yet meeting the guideline (and cannot be recommended) until the checklist is filled in; the result says
 * how many items are left. Insurance is therefore not in force by default either (ops-06 unanswered).
 */
import type { Figure } from '../data/figure';
import type { DataSet } from '../data/files';
import { resolveFigure } from '../data/resolve';
import type { DefaultPick } from '../data/schemas/scenarioDefaults';
import { fieldUnit } from './fields';
import { convertUnit } from './units';
import { SCENARIO_VERSION, type Scenario } from './scenario';

function pickValue(figure: Figure, pick: DefaultPick | undefined, where: string): number {
	const { value, low, high, mostLikely } = figure;
	const mode = pick ?? (typeof value === 'number' ? 'value' : 'mid');
	const chosen =
		mode === 'value'
			? value
			: mode === 'mid'
				? low !== undefined && high !== undefined
					? (low + high) / 2
					: undefined
				: mode === 'low'
					? low
					: mode === 'high'
						? high
						: mostLikely;
	if (typeof chosen !== 'number') throw new Error(`${where}: the figure has no ${mode}`);
	return chosen;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
	const keys = path.split('.');
	let node = target;
	for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
	node[keys[keys.length - 1]!] = value;
}

const selfRun = (managed: boolean) => ({
	enabled: true,
	cardRate: null,
	perOrderFee: null,
	security: {
		patchingMonthly: null,
		backupLogReviewMonthly: null,
		fileIntegrityMonthly: null,
		managedServiceMonthly: managed ? null : 0,
		pciScopeAnnual: null,
		floorOverride: false
	}
});

const platform = (preset: string) => ({
	enabled: true,
	preset,
	planSelection: 'cheapest-of-platform',
	fees: {},
	security: {}
});

export function defaultScenario(data: DataSet): Scenario {
	const file = data['scenario-defaults.json'];
	const answers = Object.fromEntries(
		data['guideline-requirements.json'].requirements.map((r) => [r.id, 'unanswered'] as const)
	);
	const scenario: Record<string, unknown> = {
		version: SCENARIO_VERSION,
		business: {
			employeeBand: '5-49',
			shopperAccounts: true,
			securityStaff: false,
			customisation: 'standard'
		},
		forms: {
			scratch: selfRun(false),
			package: selfRun(false),
			managed: selfRun(true),
			saas: platform(file.presets.saas),
			mall: platform(file.presets.mall)
		},
		posture: {
			checklist: { mode: 'new', answers, vendor: {} },
			currentForm: null,
			paymentIntegration: 'js-token',
			vulnResponseTicks: [],
			iframeScriptControls: 'none',
			cards: { visa: null, mastercard: null, jcb: null, amex: null, highRiskGoods: false, recentFraud: false }
		},
		insurance: { premiumAnnual: null, sublimits: {} },
		simulation: { trials: 10000, seed: 20221017 },
		assumptions: {}
	};
	const files = data as unknown as Record<string, unknown>;
	for (const d of file.defaults) {
		const where = `data/scenario-defaults.json › ${d.field}`;
		let figure = d.figure;
		if (d.ref) {
			const found = resolveFigure(files, d.ref);
			if ('error' in found) throw new Error(`${where}: ${found.error}`);
			figure = found.figure;
		}
		const value = convertUnit(
			pickValue(figure!, d.pick, where),
			figure!.unit,
			fieldUnit(d.field) ?? figure!.unit,
			where
		);
		setPath(scenario, d.field, value);
	}
	return scenario as unknown as Scenario;
}
