/**
 * Card rules per site form, from data/card-rules.json: the PCI DSS v4.0.1 SAQ type by the decision order
 * (storage and card numbers reaching the server first; iframes meet SAQ A only with the 2025 script controls),
 * whether quarterly ASV scans apply, the merchant level per brand and what it submits, Japan's Installment Sales
 * Act duties (non-retention; EMV 3-D Secure mandatory since the end of March 2025; the JCA measures that apply),
 * the scope costs (most prices are unknown and are listed, never invented), and, for SaaS and mall presets, the
 * platform's PCI DSS evidence. SaaS and mall use the platform's checkout; the own-site forms use the scenario's
 * integration. Transaction counts per brand, when not given, are bounded by all card orders (flagged estimated).
 * The result holds ids and states, never copies of the texts: the rule, measure, checklist-item, scope-cost and
 * note texts stay in data/card-rules.json, looked up by id where they are shown.
 */
import type { DataSet } from '../../data/files';
import { PLATFORM_FORMS, type SiteForm } from '../../data/forms';
import type { Scenario } from '../scenario';

export type SaqType = 'A' | 'A-EP' | 'D';

export interface BrandLevel {
	brand: string;
	level: string;
	transactions: number;
	estimated: boolean;
	report: string;
	asvScan: string;
}

/** Notes on the SAQ result: ids of data/card-rules.json notes, or the 2025 iframe criterion. */
export type CardRuleNote = { code: 'data-note'; id: string } | { code: 'iframe-without-script-controls' };

export interface CardRulesResult {
	form: SiteForm;
	integration: string;
	/** the SAQ and the decision-order rule (saqDecisionOrder[id]) that gave it */
	saq: { type: SaqType; rule: string };
	asvScan: 'required' | 'verify' | 'not-applicable';
	levels: BrandLevel[];
	/** integration type's non-retention (integrationTypes[id].nonRetention holds the explanation) */
	nonRetention: { met: boolean; fullPciDssRequired: boolean };
	emv3ds: { required: true; deadline: string };
	/** japan.guidelineMeasures ids that apply */
	measures: { id: string; appliesWhen: string }[];
	/** the EC merchant security checklist items (japan.securityChecklist.items ids) that apply */
	checklistItems: { id: string; no: number | null; rule: string }[];
	/** scopeCosts ids that apply, with the indices of their figures that have a price and those that do not */
	scopeCosts: {
		id: string;
		known: { figure: number; value: number; unit: string }[];
		unknown: number[];
	}[];
	platformPci?: {
		platform: string;
		status: 'compliant' | 'non-compliant' | 'unknown';
		action: 'ok' | 'exclude' | 'warn';
	};
	notes: CardRuleNote[];
}

const JS_TOKEN_NOTE = 'jp-vs-pci-divergence';

const VARIANT: Record<Scenario['posture']['iframeScriptControls'], string> = {
	none: 'script-controls-none',
	'csp-sri-monitoring': 'script-controls-csp-sri-monitoring',
	'tpsp-confirmation': 'script-controls-tpsp-confirmation'
};

function compare(x: number, op: string, y: number): boolean {
	return op === '>' ? x > y : op === '>=' ? x >= y : op === '<' ? x < y : op === '<=' ? x <= y : false;
}

/** Conditions of data/card-rules.json japan.conditions that hold for this scenario and integration. */
export function activeConditions(s: Scenario, integration: string): Set<string> {
	const c = new Set(['always']);
	if (s.business.shopperAccounts) c.add('has-customer-login');
	if (s.posture.cards.recentFraud) c.add('recent-fraud');
	if (s.posture.cards.highRiskGoods) c.add('high-risk-goods');
	if (integration === 'stored' || integration === 'server-pass-through') c.add('retains-card-data');
	return c;
}

function levels(data: DataSet, s: Scenario): BrandLevel[] {
	const cardOrders = (s.business.annualRevenue / s.business.averageOrderValue) * (s.business.cardShare / 100);
	const given = s.posture.cards as Record<string, number | null | boolean>;
	return data['card-rules.json'].merchantLevels.brands.map((b) => {
		const stated = given[b.id];
		const transactions = typeof stated === 'number' ? stated : Math.round(cardOrders);
		const hit =
			b.levels.find((l) => {
				if (l.match === 'otherwise') return false;
				const tests = l.thresholds.map((t) => compare(transactions, t.comparator, t.figure.value as number));
				return l.match === 'any' ? tests.some(Boolean) : tests.every(Boolean);
			}) ??
			b.levels.find((l) => l.match === 'otherwise') ??
			b.levels[b.levels.length - 1]!;
		return {
			brand: b.id,
			level: hit.level,
			transactions,
			estimated: typeof stated !== 'number',
			report: hit.deliverables.report,
			asvScan: hit.deliverables.asvScan
		};
	});
}

export function evaluateCardRules(data: DataSet, s: Scenario, form: SiteForm): CardRulesResult {
	const c = data['card-rules.json'];
	const platform = PLATFORM_FORMS.includes(form);
	const integration = platform ? 'platform-checkout' : s.posture.paymentIntegration;
	const variant = integration === 'iframe' ? VARIANT[s.posture.iframeScriptControls] : undefined;
	const type = c.integrationTypes.find((t) => t.id === integration)!;
	const rule = c.saqDecisionOrder.find(
		(r) =>
			!r.additive &&
			r.integrationTypeIds.includes(integration) &&
			(!r.variantIds || (variant !== undefined && r.variantIds.includes(variant)))
	);
	const saqType = rule?.result;
	if (!rule || (saqType !== 'A' && saqType !== 'A-EP' && saqType !== 'D')) {
		throw new Error(`no SAQ rule for integration ${integration}`);
	}
	const conditions = activeConditions(s, integration);
	const notes: CardRuleNote[] = [];
	if (integration === 'js-token' && c.notes.some((n) => n.id === JS_TOKEN_NOTE))
		notes.push({ code: 'data-note', id: JS_TOKEN_NOTE });
	if (integration === 'iframe' && variant === 'script-controls-none')
		notes.push({ code: 'iframe-without-script-controls' });
	let platformPci: CardRulesResult['platformPci'];
	if (platform) {
		const preset = s.forms[form as 'saas' | 'mall'].preset;
		const plan = data['platforms.json'].plans.find((p) => p.id === preset);
		const p = data['platforms.json'].platforms.find((x) => x.id === plan?.platform);
		if (p) {
			const status = p.pciDss.status;
			platformPci = {
				platform: p.id,
				status,
				action: status === 'compliant' ? 'ok' : status === 'non-compliant' ? 'exclude' : 'warn'
			};
		}
	}
	const scopeCosts = c.scopeCosts
		.filter((sc) => {
			const bySaq = !sc.appliesTo.saqs || sc.appliesTo.saqs.includes(saqType);
			const byIntegration =
				!sc.appliesTo.integrationTypeIds || sc.appliesTo.integrationTypeIds.includes(integration);
			const byCondition = !sc.conditionId || conditions.has(sc.conditionId);
			return (
				(sc.appliesTo.saqs || sc.appliesTo.integrationTypeIds || sc.conditionId) &&
				bySaq &&
				byIntegration &&
				byCondition
			);
		})
		.map((sc) => ({
			id: sc.id,
			known: sc.figures.flatMap((f, i) =>
				typeof f.value === 'number' ? [{ figure: i, value: f.value, unit: f.unit }] : []
			),
			unknown: sc.figures.flatMap((f, i) => (f.value === 'unknown' ? [i] : []))
		}));
	return {
		form,
		integration,
		saq: { type: saqType, rule: rule.id },
		asvScan: type.saq.asvScan,
		levels: levels(data, s),
		nonRetention: { met: type.nonRetention.value, fullPciDssRequired: !type.nonRetention.value },
		emv3ds: { required: true, deadline: c.japan.emv3ds.deadline.date },
		measures: c.japan.guidelineMeasures
			.filter((m) => conditions.has(m.appliesWhen))
			.map((m) => ({ id: m.id, appliesWhen: m.appliesWhen })),
		checklistItems: c.japan.securityChecklist.items
			.filter((i) => conditions.has(i.appliesWhen))
			.map((i) => ({ id: i.id, no: i.no ?? null, rule: i.rule })),
		scopeCosts,
		...(platformPci ? { platformPci } : {}),
		notes
	};
}
