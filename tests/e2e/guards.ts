/**
 * Shared guards for end-to-end tests: collect console errors, page errors, failed requests, requests to any
 * other origin and CSP violations while a page is used, so each test can assert there were none.
 */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface Guard {
	problems: string[];
}

export async function guardPage(page: Page, baseURL: string): Promise<Guard> {
	const origin = new URL(baseURL).origin;
	const guard: Guard = { problems: [] };
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	page.on('console', (msg) => {
		if (msg.type() === 'error' || msg.type() === 'warning') {
			guard.problems.push(`console ${msg.type()}: ${msg.text()}`);
		}
	});
	page.on('pageerror', (err) => guard.problems.push(`page error: ${err.message}`));
	page.on('requestfailed', (req) =>
		guard.problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`)
	);
	page.on('response', (res) => {
		if (res.status() >= 400) guard.problems.push(`HTTP ${res.status()}: ${res.url()}`);
	});
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== origin) guard.problems.push(`request to another origin: ${req.url()}`);
	});
	return guard;
}

/** WCAG 2.1 A and AA rules; returns a readable list of violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return result.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
	);
}
