import { describe, expect, it } from 'vitest';
import { cardNoteText } from '../../export/words';
import type { DataSet } from '../../data/files';
import { data, scenarioWith } from '../test-helpers';
import { evaluateCardRules } from './card-rules';

const own = (integration: string, iframeScriptControls = 'none') =>
	evaluateCardRules(
		data,
		scenarioWith({ posture: { paymentIntegration: integration, iframeScriptControls } }),
		'package'
	);

describe('PCI DSS v4.0.1 SAQ by the decision order (card-rules-pci-dss §5.2)', () => {
	it('every branch: stored and pass-through → D, JS token and direct post → A-EP, iframe by script controls, redirect and platform checkout → A', () => {
		expect(own('stored').saq).toMatchObject({ type: 'D', rule: 'stored-pan' });
		expect(own('server-pass-through').saq).toMatchObject({ type: 'D', rule: 'pan-reaches-server' });
		expect(own('js-token').saq).toMatchObject({ type: 'A-EP', rule: 'merchant-builds-card-fields' });
		expect(own('direct-post').saq).toMatchObject({ type: 'A-EP', rule: 'merchant-builds-card-fields' });
		expect(own('iframe', 'none').saq).toMatchObject({ type: 'A-EP', rule: 'iframe-without-script-controls' });
		expect(own('iframe', 'csp-sri-monitoring').saq).toMatchObject({
			type: 'A',
			rule: 'iframe-with-script-controls'
		});
		expect(own('iframe', 'tpsp-confirmation').saq).toMatchObject({
			type: 'A',
			rule: 'iframe-with-script-controls'
		});
		expect(own('redirect').saq).toMatchObject({ type: 'A', rule: 'redirect-or-link' });
		const saas = evaluateCardRules(data, scenarioWith({ posture: { paymentIntegration: 'stored' } }), 'saas');
		expect(saas).toMatchObject({
			integration: 'platform-checkout',
			saq: { type: 'A', rule: 'platform-checkout' }
		});
	});

	it('the 2025 SAQ A script criterion is explained for an iframe without script controls', () => {
		expect(own('iframe', 'none').notes).toEqual([{ code: 'iframe-without-script-controls' }]);
		expect(cardNoteText(data, own('iframe', 'none').notes[0]!).ja).toMatch(/2025/);
		expect(own('iframe', 'csp-sri-monitoring').notes).toEqual([]);
	});

	it('quarterly ASV scans: required for A-EP and D, to verify for redirect and iframe, not for platform checkout', () => {
		expect(own('js-token').asvScan).toBe('required');
		expect(own('stored').asvScan).toBe('required');
		expect(own('redirect').asvScan).toBe('verify');
		expect(evaluateCardRules(data, scenarioWith({}), 'mall').asvScan).toBe('not-applicable');
	});

	it('merchant level per brand from the stated transactions, else bounded by all card orders (estimated)', () => {
		const s = scenarioWith({ posture: { cards: { visa: 7_000_000, jcb: 50_000 } } });
		const lv = Object.fromEntries(evaluateCardRules(data, s, 'scratch').levels.map((l) => [l.brand, l]));
		expect(lv['visa']).toMatchObject({ level: '1', estimated: false, report: 'ROC' });
		expect(lv['jcb']).toMatchObject({ level: '2', estimated: false });
		expect(lv['mastercard']!.estimated).toBe(true);
		expect(lv['mastercard']!.transactions).toBe(
			Math.round((30_000_000 / 6000) * (s.business.cardShare / 100))
		);
		expect(lv['mastercard']!.level).toBe('4');
	});
});

describe('割賦販売法 (card-rules-pci-dss §2, §5.4)', () => {
	it('non-retention for every integration type: only a card number through or stored on the own server breaks it', () => {
		for (const i of ['redirect', 'iframe', 'js-token', 'direct-post'])
			expect(own(i).nonRetention.met, i).toBe(true);
		for (const i of ['server-pass-through', 'stored']) {
			expect(own(i).nonRetention).toMatchObject({ met: false, fullPciDssRequired: true });
		}
		expect(evaluateCardRules(data, scenarioWith({}), 'saas').nonRetention.met).toBe(true);
	});

	it('the mismatch users trip over: a JavaScript token form meets non-retention but is SAQ A-EP, not A', () => {
		const r = own('js-token');
		expect(r.nonRetention.met).toBe(true);
		expect(r.saq.type).toBe('A-EP');
		expect(r.notes.length).toBeGreaterThan(0);
	});

	it('EMV 3-D Secure is required (since the end of March 2025); login-fraud measures apply when shoppers log in', () => {
		const withLogin = own('redirect');
		expect(withLogin.emv3ds).toMatchObject({ required: true, deadline: '2025-03-31' });
		expect(withLogin.measures.map((m) => m.id)).toContain('fraud-login');
		const noLogin = evaluateCardRules(
			data,
			scenarioWith({ business: { shopperAccounts: false } }),
			'package'
		);
		expect(noLogin.measures.map((m) => m.id)).not.toContain('fraud-login');
	});

	it('scope costs follow the SAQ; unknown prices are listed, not invented', () => {
		const d = own('stored').scopeCosts.map((x) => x.id);
		expect(d).toEqual(expect.arrayContaining(['asv-scan', 'full-pci-dss', 'penetration-test']));
		const full = own('stored').scopeCosts.find((x) => x.id === 'full-pci-dss')!;
		expect(full.known).toEqual([]);
		expect(full.unknown.length).toBe(1);
		expect(own('redirect').scopeCosts.map((x) => x.id)).not.toContain('full-pci-dss');
	});
});

describe('SaaS and mall PCI DSS evidence (IPA outline 第二部 第2章 4.)', () => {
	it('a compliant preset passes, an unknown one warns', () => {
		expect(
			evaluateCardRules(data, scenarioWith({ forms: { saas: { preset: 'shopify-basic' } } }), 'saas')
				.platformPci
		).toMatchObject({ status: 'compliant', action: 'ok' });
		expect(
			evaluateCardRules(data, scenarioWith({ forms: { saas: { preset: 'base-standard' } } }), 'saas')
				.platformPci
		).toMatchObject({ status: 'unknown', action: 'warn' });
	});

	it('a preset known to be non-compliant is excluded', () => {
		const altered = structuredClone(data) as DataSet;
		altered['platforms.json'].platforms.find((p) => p.id === 'base')!.pciDss.status = 'non-compliant';
		const r = evaluateCardRules(
			altered,
			scenarioWith({ forms: { saas: { preset: 'base-standard' } } }),
			'saas'
		);
		expect(r.platformPci).toMatchObject({ status: 'non-compliant', action: 'exclude' });
	});
});
