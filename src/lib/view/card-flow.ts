/**
 * Where the card number travels for each payment integration type (data/card-rules.json `integrationTypes`), as data
 * for the diagram in the payment step (CardFlowDiagram.svelte): the five places a card number can be — the shopper's
 * browser, the merchant's page, the merchant's server, the merchant's storage and the payment provider (or the
 * platform) — what each does with the number, the route it takes, and whether the merchant's side keeps it
 * (保持) or not (非保持). The non-retention status and the SAQ outcomes are the ones data/card-rules.json gives;
 * this module only arranges them (a spec checks they agree with the data).
 */

/** The integration type ids of data/card-rules.json (the model's `posture.paymentIntegration`). */
export const INTEGRATIONS = [
	'platform-checkout',
	'redirect',
	'iframe',
	'js-token',
	'direct-post',
	'server-pass-through',
	'stored'
] as const;
export type Integration = (typeof INTEGRATIONS)[number];

export type FlowNodeId = 'browser' | 'page' | 'server' | 'storage' | 'psp';

/**
 * What a place does with the card number:
 * - `entry`: the shopper types it (the browser);
 * - `receives`: the payment provider or platform gets it;
 * - `stores`: kept on the merchant's side (保持);
 * - `passes`: passes through the merchant's equipment (treated as 保持);
 * - `page-entry`: typed into a page the merchant serves, sent from the browser straight to the provider (the merchant
 *   server never sees it, but the page's code can reach it: SAQ A-EP);
 * - `frames`: the merchant's page shows the provider's iframe, which takes the number;
 * - `redirects`: the merchant's page only sends the shopper to the provider's page;
 * - `token`: receives a one-time token from the provider, never the number;
 * - `none`: the number does not come here.
 */
export type FlowRole =
	'entry' | 'receives' | 'stores' | 'passes' | 'page-entry' | 'frames' | 'redirects' | 'token' | 'none';

export interface FlowNode {
	id: FlowNodeId;
	/** one of the merchant's own systems */
	merchant: boolean;
	role: FlowRole;
	/** the card number passes through or is stored here, on the merchant's side (drawn highlighted) */
	touches: boolean;
}

export interface FlowEdge {
	from: FlowNodeId;
	to: FlowNodeId;
	/** `card`: the card number; `token`: a one-time token instead of the number */
	carries: 'card' | 'token';
}

/** The one-line verdict: 非保持 (nothing on the merchant's side), passes through the merchant, or stored there. */
export type FlowVerdict = 'non-retention' | 'passes-through' | 'stored';

export interface CardFlow {
	integration: Integration;
	/** the last node is the payment provider — or the platform for platform checkout */
	receiver: 'psp' | 'platform';
	/** browser, page, server, storage, psp: always all five, in this order */
	nodes: FlowNode[];
	/** the card number's route in order, then any token hop */
	edges: FlowEdge[];
	/** the merchant's side keeps the card number (保持) — not 非保持 */
	retains: boolean;
	verdict: FlowVerdict;
	/** PCI DSS v4.0.1 SAQ outcomes of data/card-rules.json; iframe: A with script controls, A-EP without */
	saq: ('A' | 'A-EP' | 'D')[];
}

const ORDER: FlowNodeId[] = ['browser', 'page', 'server', 'storage', 'psp'];

type Roles = Partial<Record<FlowNodeId, FlowRole>>;

const FLOWS: Record<
	Integration,
	{ roles: Roles; route: FlowNodeId[]; token?: boolean; verdict: FlowVerdict; saq: CardFlow['saq'] }
> = {
	'platform-checkout': { roles: {}, route: ['browser', 'psp'], verdict: 'non-retention', saq: ['A'] },
	redirect: { roles: { page: 'redirects' }, route: ['browser', 'psp'], verdict: 'non-retention', saq: ['A'] },
	iframe: {
		roles: { page: 'frames' },
		route: ['browser', 'psp'],
		verdict: 'non-retention',
		saq: ['A', 'A-EP']
	},
	'js-token': {
		roles: { page: 'page-entry', server: 'token' },
		route: ['browser', 'psp'],
		token: true,
		verdict: 'non-retention',
		saq: ['A-EP']
	},
	'direct-post': {
		roles: { page: 'page-entry' },
		route: ['browser', 'psp'],
		verdict: 'non-retention',
		saq: ['A-EP']
	},
	'server-pass-through': {
		roles: { page: 'passes', server: 'passes' },
		route: ['browser', 'page', 'server', 'psp'],
		verdict: 'passes-through',
		saq: ['D']
	},
	stored: {
		roles: { page: 'passes', server: 'passes', storage: 'stores' },
		route: ['browser', 'page', 'server', 'psp'],
		verdict: 'stored',
		saq: ['D']
	}
};

export function isIntegration(value: unknown): value is Integration {
	return typeof value === 'string' && (INTEGRATIONS as readonly string[]).includes(value);
}

/** The card number's route for an integration type. */
export function flowOf(integration: Integration): CardFlow {
	const flow = FLOWS[integration];
	const nodes: FlowNode[] = ORDER.map((id) => {
		const role: FlowRole =
			id === 'browser' ? 'entry' : id === 'psp' ? 'receives' : (flow.roles[id] ?? 'none');
		const merchant = id === 'page' || id === 'server' || id === 'storage';
		return { id, merchant, role, touches: merchant && (role === 'passes' || role === 'stores') };
	});
	const edges: FlowEdge[] = flow.route
		.slice(1)
		.map((to, i) => ({ from: flow.route[i]!, to, carries: 'card' }));
	if (flow.verdict === 'stored') edges.splice(2, 0, { from: 'server', to: 'storage', carries: 'card' });
	if (flow.token) edges.push({ from: 'page', to: 'server', carries: 'token' });
	return {
		integration,
		receiver: integration === 'platform-checkout' ? 'platform' : 'psp',
		nodes,
		edges,
		retains: flow.verdict !== 'non-retention',
		verdict: flow.verdict,
		saq: [...flow.saq]
	};
}
