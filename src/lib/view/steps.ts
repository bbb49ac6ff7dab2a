/**
 * The guided input: five short steps, each a list of scenario fields (dotted paths of the field catalogue). Every
 * step works with its defaults and can be skipped; the checklist step also lists the IPA outline's requirements.
 */
export type StepId = 'business' | 'features' | 'checklist' | 'payment' | 'plans';

export interface Step {
	id: StepId;
	fields: readonly string[];
}

const SELF_RUN = ['scratch', 'package', 'managed'] as const;

export const STEPS: readonly Step[] = [
	{
		id: 'business',
		fields: [
			'business.annualRevenue',
			'business.revenueGrowth',
			'business.grossMargin',
			'business.averageOrderValue',
			'business.cardShare',
			'business.employeeBand',
			'business.customerRecords',
			'business.ecShareOfSales',
			'horizonYears'
		]
	},
	{
		id: 'features',
		fields: ['business.customisation', 'business.shopperAccounts', 'business.securityStaff']
	},
	{
		id: 'checklist',
		fields: ['posture.checklist.mode', 'posture.currentForm', 'posture.checklist.remediationMonths']
	},
	{
		id: 'payment',
		fields: [
			'posture.paymentIntegration',
			'posture.iframeScriptControls',
			'posture.cards.visa',
			'posture.cards.mastercard',
			'posture.cards.jcb',
			'posture.cards.amex',
			'posture.cards.highRiskGoods',
			'posture.cards.recentFraud'
		]
	},
	{
		id: 'plans',
		fields: [
			...SELF_RUN.map((f) => `forms.${f}.enabled`),
			'forms.saas.enabled',
			'forms.saas.preset',
			'forms.saas.planSelection',
			'forms.mall.enabled',
			'forms.mall.preset',
			'forms.mall.planSelection',
			'forms.managed.security.managedServiceMonthly',
			...SELF_RUN.flatMap((f) => [
				`forms.${f}.initialBuild`,
				`forms.${f}.maintenanceMonthly`,
				`forms.${f}.security.patchingMonthly`,
				`forms.${f}.security.backupLogReviewMonthly`,
				`forms.${f}.security.fileIntegrityMonthly`,
				`forms.${f}.security.pciScopeAnnual`
			]),
			'forms.saas.fees.perOrderFee',
			'forms.mall.fees.perOrderFee'
		]
	}
];

/** The step a field is asked in (for "jump to the field" links), or null. */
export function stepOf(path: string): StepId | null {
	if (path.startsWith('posture.checklist.')) return 'checklist';
	return STEPS.find((s) => s.fields.includes(path))?.id ?? null;
}

/** A value inside a nested object by dotted path. */
export function valueAtPath(doc: unknown, path: string): unknown {
	let node = doc;
	for (const key of path.split('.')) {
		if (typeof node !== 'object' || node === null) return undefined;
		node = (node as Record<string, unknown>)[key];
	}
	return node;
}
