import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CardFlowDiagram from '$lib/components/calculator/CardFlowDiagram.svelte';
import { flowOf, INTEGRATIONS, isIntegration, type FlowNodeId, type Integration } from './card-flow';

const cardRules = JSON.parse(readFileSync('data/card-rules.json', 'utf8')) as {
	integrationTypes: {
		id: string;
		saq: { outcomes: { result: string }[] };
		nonRetention: { value: boolean };
	}[];
};

/** The card number's route as a list of places. */
const route = (integration: Integration) =>
	flowOf(integration)
		.edges.filter((e) => e.carries === 'card')
		.map((e) => `${e.from}>${e.to}`);
const touched = (integration: Integration): FlowNodeId[] =>
	flowOf(integration)
		.nodes.filter((n) => n.touches)
		.map((n) => n.id);

describe('flowOf: where the card number travels', () => {
	it('covers exactly the integration types of data/card-rules.json', () => {
		expect([...INTEGRATIONS]).toEqual(cardRules.integrationTypes.map((t) => t.id));
		expect(isIntegration('iframe')).toBe(true);
		expect(isIntegration('paypal')).toBe(false);
	});

	it('agrees with the data on 非保持 and the SAQ outcomes', () => {
		for (const t of cardRules.integrationTypes) {
			const flow = flowOf(t.id as Integration);
			expect(flow.retains, t.id).toBe(!t.nonRetention.value);
			expect([...new Set(flow.saq)].sort(), t.id).toEqual(
				[...new Set(t.saq.outcomes.map((o) => o.result))].sort()
			);
		}
	});

	it('always shows the five places, in order, the merchant’s three in the middle', () => {
		for (const i of INTEGRATIONS) {
			const nodes = flowOf(i).nodes;
			expect(nodes.map((n) => n.id)).toEqual(['browser', 'page', 'server', 'storage', 'psp']);
			expect(nodes.filter((n) => n.merchant).map((n) => n.id)).toEqual(['page', 'server', 'storage']);
			expect(nodes[0]!.role).toBe('entry');
			expect(nodes[4]!.role).toBe('receives');
		}
	});

	it('non-retention types: straight from the browser to the provider, no merchant system touched', () => {
		for (const i of ['platform-checkout', 'redirect', 'iframe', 'js-token', 'direct-post'] as const) {
			expect(route(i), i).toEqual(['browser>psp']);
			expect(touched(i), i).toEqual([]);
			expect(flowOf(i).verdict).toBe('non-retention');
		}
		expect(flowOf('platform-checkout').receiver).toBe('platform');
		expect(flowOf('redirect').receiver).toBe('psp');
		const role = (i: Integration, id: FlowNodeId) => flowOf(i).nodes.find((n) => n.id === id)!.role;
		expect(role('platform-checkout', 'page')).toBe('none');
		expect(role('redirect', 'page')).toBe('redirects');
		expect(role('iframe', 'page')).toBe('frames');
		expect(role('js-token', 'page')).toBe('page-entry');
		expect(role('js-token', 'server')).toBe('token');
		expect(role('direct-post', 'page')).toBe('page-entry');
		expect(role('direct-post', 'server')).toBe('none');
		// only the JS token sends a token to the merchant's server
		expect(flowOf('js-token').edges.filter((e) => e.carries === 'token')).toEqual([
			{ from: 'page', to: 'server', carries: 'token' }
		]);
		expect(flowOf('direct-post').edges.some((e) => e.carries === 'token')).toBe(false);
	});

	it('own server: the number passes the merchant’s page and server; stored: and stays in its storage', () => {
		expect(route('server-pass-through')).toEqual(['browser>page', 'page>server', 'server>psp']);
		expect(touched('server-pass-through')).toEqual(['page', 'server']);
		expect(flowOf('server-pass-through').verdict).toBe('passes-through');
		expect(route('stored')).toEqual(['browser>page', 'page>server', 'server>storage', 'server>psp']);
		expect(touched('stored')).toEqual(['page', 'server', 'storage']);
		expect(flowOf('stored').verdict).toBe('stored');
	});
});

describe('CardFlowDiagram, server-rendered', () => {
	it('is a named picture with the 非保持 caption as text (ja)', () => {
		const { body } = render(CardFlowDiagram, {
			props: { integration: 'js-token', locale: 'ja', name: 'JavaScript型トークン決済' }
		});
		expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"/);
		const id = /aria-labelledby="([^"]+)"/.exec(body)![1]!;
		expect(body).toContain(`<title id="${id}">カード番号の通り道：JavaScript型トークン決済</title>`);
		expect(body).toMatch(
			/<figcaption[^>]*>[\s\S]*非保持：カード番号は加盟店の機器を通らず[\s\S]*<\/figcaption>/
		);
		expect(body).toContain('SAQ）：A-EP');
		expect(body).toContain('経路：購入者のブラウザ → 決済代行会社');
		expect(body).toContain('data-retains="false"');
		expect(body).toContain('トークンだけを受け取る');
		expect(body).not.toContain('要注意');
		// strict CSP: no inline handlers, no style attributes, no url() references
		expect(body).not.toMatch(/\son[a-z]+=|\sstyle=|url\(/);
	});

	it('marks the merchant’s systems the number passes or stays on (en)', () => {
		const { body } = render(CardFlowDiagram, { props: { integration: 'stored', locale: 'en' } });
		expect(body).toContain('Where the card number travels</title>');
		expect(body).toContain("Not non-retention: the card number is stored on the merchant's side.");
		expect(body).toContain(
			"side. Route: Shopper's browser → Merchant's web page → Merchant's server → Payment provider (PSP)</desc>"
		);
		expect(body).toContain('data-retains="true"');
		expect(body.match(/>in scope</g)).toHaveLength(3);
		expect(body).toContain('SAQ): D');
	});

	it('says A or A-EP for an iframe, and names the platform for platform checkout', () => {
		expect(render(CardFlowDiagram, { props: { integration: 'iframe', locale: 'ja' } }).body).toContain(
			'A-EP'
		);
		expect(
			render(CardFlowDiagram, { props: { integration: 'platform-checkout', locale: 'en' } }).body
		).toContain("Route: Shopper's browser → Platform (and its PSP)");
	});
});
