/**
 * Card rules per site form, from data/card-rules.json: the PCI DSS v4.0.1 SAQ type by the decision order
 * (storage and card numbers reaching the server first; iframes meet SAQ A only with the 2025 script controls),
 * whether quarterly ASV scans apply, the merchant level per brand and what it submits, Japan's Installment Sales
 * Act duties (non-retention; EMV 3-D Secure mandatory since the end of March 2025; the JCA measures that apply),
 * the scope costs (most prices are unknown and are listed, never invented), and, for SaaS and mall presets, the
 * platform's PCI DSS evidence. SaaS and mall use the platform's checkout; the own-site forms use the scenario's
 * integration. Transaction counts per brand, when not given, are bounded by all card orders (flagged estimated).
 */
import type { Text } from '../../data/figure';
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
	criteria: Text;
}

export interface CardRulesResult {
	form: SiteForm;
	integration: string;
	saq: { type: SaqType; rule: string; condition: Text };
	asvScan: 'required' | 'verify' | 'not-applicable';
	levels: BrandLevel[];
	nonRetention: { met: boolean; explanation: Text; fullPciDssRequired: boolean };
	emv3ds: { required: true; deadline: string; text: Text };
	measures: { id: string; text: Text; appliesWhen: string }[];
	/** the EC merchant security checklist items (declared to the PSP) that apply, with how many measures each needs */
	checklistItems: { id: string; no: number | null; title: Text; rule: string }[];
	scopeCosts: {
		id: string;
		text: Text;
		known: { label: Text; value: number; unit: string }[];
		unknown: Text[];
	}[];
	platformPci?: {
		platform: string;
		status: 'compliant' | 'non-compliant' | 'unknown';
		evidence: Text;
		action: 'ok' | 'exclude' | 'warn';
	};
	notes: Text[];
}

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
			asvScan: hit.deliverables.asvScan,
			criteria: hit.criteria
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
	const notes: Text[] = [];
	if (integration === 'js-token') {
		const note = c.notes.find((n) => n.id === 'jp-vs-pci-divergence');
		if (note) notes.push(note.text);
	}
	if (integration === 'iframe' && variant === 'script-controls-none') {
		notes.push({
			ja: 'iframe 型でも、決済ページのスクリプトを管理・監視していなければ SAQ A ではなく A-EP になる（PCI DSS v4.0.1、2025年の SAQ A 改訂）。',
			en: 'An iframe integration without script management and monitoring on the payment page is SAQ A-EP, not A (PCI DSS v4.0.1, 2025 SAQ A revision).'
		});
	}
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
				evidence: p.pciDss.evidence,
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
			text: sc.appliesTo.text,
			known: sc.figures
				.filter((f) => typeof f.value === 'number')
				.map((f) => ({ label: f.label, value: f.value as number, unit: f.unit })),
			unknown: sc.figures.filter((f) => f.value === 'unknown').map((f) => f.label)
		}));
	return {
		form,
		integration,
		saq: { type: saqType, rule: rule.id, condition: rule.condition },
		asvScan: type.saq.asvScan,
		levels: levels(data, s),
		nonRetention: {
			met: type.nonRetention.value,
			explanation: type.nonRetention.explanation,
			fullPciDssRequired: !type.nonRetention.value
		},
		emv3ds: { required: true, deadline: c.japan.emv3ds.deadline.date, text: c.japan.emv3ds.deadline.text },
		measures: c.japan.guidelineMeasures
			.filter((m) => conditions.has(m.appliesWhen))
			.map((m) => ({ id: m.id, text: m.text, appliesWhen: m.appliesWhen })),
		checklistItems: c.japan.securityChecklist.items
			.filter((i) => conditions.has(i.appliesWhen))
			.map((i) => ({ id: i.id, no: i.no ?? null, title: i.title, rule: i.rule })),
		scopeCosts,
		...(platformPci ? { platformPci } : {}),
		notes
	};
}
