/**
 * The calculator as a person uses it, in real Chromium on the built site: the default result in the HTML before
 * any script runs (equal to the CLI's for the same seed), the guided steps in both languages, a change that moves
 * every view, bad input kept at its field with the last result marked stale, axe on every step at 1280 and 360 px,
 * no console errors and no request to another origin.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { revision, settled } from './engine-state';
import { axeViolations, guardPage } from './guards';

/** The CLI's risk-adjusted total per form for a scenario (JSON output). */
function cliTotals(scenario: unknown): Record<string, number> {
	const dir = mkdtempSync(join(tmpdir(), 'ec-tco-e2e-'));
	const file = join(dir, 'scenario.json');
	writeFileSync(file, JSON.stringify(scenario));
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'evaluate', file], {
		encoding: 'utf8'
	});
	if (r.status !== 0) throw new Error(r.stderr);
	const out = JSON.parse(r.stdout) as {
		results: { forms: { form: string; riskAdjusted: { total: number } }[] };
	};
	return Object.fromEntries(out.results.forms.map((f) => [f.form, Math.round(f.riskAdjusted.total)]));
}

/** The risk-adjusted totals the numbers table shows (whole yen). */
async function pageTotals(page: Page): Promise<Record<string, number>> {
	const rows = page.getByTestId('numbers-table').locator('tbody tr');
	const out: Record<string, number> = {};
	for (const row of await rows.all()) {
		const form = (await row.getAttribute('data-form'))!;
		const text = await row.getByTestId('risk-adjusted').innerText();
		out[form] = Number(text.replace(/[^\d]/g, ''));
	}
	return out;
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the prerendered page shows the default recommendation, equal to the CLI’s', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByTestId('recommended-form')).toHaveText('SaaS型ECプラットフォーム');
		await expect(page.getByTestId('recommended-total')).toContainText('万円');
		expect(await pageTotals(page)).toEqual(cliTotals({}));
	});
});

test('from / to a recommendation with defaults, then a change every view follows (ja)', async ({
	page,
	baseURL
}) => {
	const guard = await guardPage(page, baseURL!);
	await page.goto('/');
	await page.locator('body[data-hydrated]').waitFor();
	await settled(page, 2);
	// the worker's answer for the defaults is the prerendered one (same engine, same seed)
	expect(await pageTotals(page)).toEqual(cliTotals({}));
	const before = await pageTotals(page);
	const takeaway = await page.locator('figure figcaption').first().innerText();

	const revenue = page.getByLabel('EC売上高（年間）');
	const r = await revision(page);
	await revenue.fill('３億');
	await expect(page.getByText('= 3億円')).toBeVisible();
	await settled(page, r);
	const after = await pageTotals(page);
	expect(after.saas).toBeGreaterThan(before.saas!);
	expect(after).toEqual(cliTotals({ business: { annualRevenue: 300_000_000 } }));
	await expect(page.locator('figure figcaption').first()).not.toHaveText(takeaway);
	await expect(page.getByTestId('status')).toHaveAttribute('data-stale', 'false');
	expect(guard.problems).toEqual([]);
});

test('bad input shows the message at the field and keeps the last result, marked stale (ja, then en)', async ({
	page,
	baseURL
}) => {
	const guard = await guardPage(page, baseURL!);
	for (const [path, label, message] of [
		['/', 'EC売上高（年間）', '数値として読み取れません'],
		['/en', 'Annual EC revenue', 'This is not a number']
	] as const) {
		await page.goto(path);
		await page.locator('body[data-hydrated]').waitFor();
		await settled(page, 2);
		const totals = await pageTotals(page);
		const field = page.getByLabel(label);
		await field.fill('abc');
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByTestId('status')).toHaveAttribute('data-stale', 'true');
		await expect(page.getByTestId('recommendation')).toHaveAttribute('aria-busy', 'true');
		// the stale marking keeps every text readable
		expect(await axeViolations(page)).toEqual([]);
		expect(await pageTotals(page)).toEqual(totals);
		await expect(page.locator('body')).not.toContainText('NaN');
		// out of range says which range
		await field.fill('-5');
		await expect(page.getByRole('alert')).toContainText(path === '/' ? '0円以上' : '¥0 or more');
		await field.fill('30,000,000');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await settled(page);
		await expect(page.getByTestId('status')).toHaveAttribute('data-stale', 'false');
		// what was entered is kept across a reload
		await field.fill('5000万');
		await settled(page);
		await page.reload();
		await page.locator('body[data-hydrated]').waitFor();
		await expect(page.getByLabel(label)).toHaveValue('5000万');
		await page
			.getByRole('button', { name: path === '/' ? 'すべて既定値に戻す' : 'Reset everything' })
			.click();
		await settled(page);
	}
	expect(guard.problems).toEqual([]);
});

for (const width of [1280, 360]) {
	test(`every step and the dashboard pass axe at ${width} px, in both languages, by keyboard`, async ({
		page,
		baseURL
	}) => {
		await page.setViewportSize({ width, height: 900 });
		const guard = await guardPage(page, baseURL!);
		for (const path of ['/', '/en']) {
			await page.goto(path);
			await page.locator('body[data-hydrated]').waitFor();
			await settled(page, 2);
			for (const step of ['business', 'features', 'checklist', 'payment', 'plans']) {
				const button = page.locator(`button[data-step="${step}"]`);
				await button.focus();
				await page.keyboard.press('Enter');
				await expect(button).toHaveAttribute('aria-current', 'step');
				await expect(page.locator(`[data-panel="${step}"]`)).toBeVisible();
				expect(await axeViolations(page), `${path} ${step} at ${width}px`).toEqual([]);
			}
		}
		expect(guard.problems).toEqual([]);
	});
}

test('answering the checklist moves the verdict and lets the self-built forms compete', async ({
	page,
	baseURL
}) => {
	const guard = await guardPage(page, baseURL!);
	await page.goto('/');
	await page.locator('body[data-hydrated]').waitFor();
	await settled(page, 2);
	await page.locator('button[data-step="checklist"]').click();
	await expect(page.locator('[data-requirement]')).toHaveCount(20);
	await expect(page.getByRole('status').filter({ hasText: '判定' })).toContainText('未完了');
	const select = page.locator('[data-requirement="build-01"] select');
	const r = await revision(page);
	await select.selectOption('outsourced');
	await settled(page, r);
	// outsourcing asks for the contract and monitoring conditions
	await expect(page.locator('[data-requirement="build-01"] input[type="checkbox"]')).toHaveCount(2);
	await page.locator('[data-requirement="build-01"] input[type="checkbox"]').first().check();
	await settled(page);
	await expect(page.getByTestId('status')).toHaveAttribute('data-stale', 'false');
	const pendingBefore = await page
		.getByTestId('recommendation')
		.getByText('チェックリストの回答待ち')
		.count();
	expect(pendingBefore).toBeGreaterThan(0);
	for (const requirement of await page.locator('[data-requirement]').all()) {
		await requirement.locator('select').selectOption('in-house');
	}
	await settled(page);
	await expect(page.getByRole('status').filter({ hasText: '判定' })).not.toContainText('未完了');
	await expect(page.getByTestId('recommendation').getByText('チェックリストの回答待ち')).toHaveCount(0);
	expect(guard.problems).toEqual([]);
});

test('an unknown cost in the list jumps to its field', async ({ page }) => {
	await page.goto('/en');
	await page.locator('body[data-hydrated]').waitFor();
	await settled(page, 2);
	const first = page.getByTestId('missing-quotes').getByRole('button').first();
	const name = await first.innerText();
	await first.click();
	await expect(page.getByLabel(name).first()).toBeFocused();
});

test('the tolerance line can be set, and the plans step shows each plan’s fees with sources and 税込/税抜', async ({
	page,
	baseURL
}) => {
	const guard = await guardPage(page, baseURL!);
	await page.goto('/');
	await page.locator('body[data-hydrated]').waitFor();
	await settled(page, 2);
	const tail = page.getByTestId('tail-table');
	const before = await tail.innerText();
	await page.getByLabel('許容できる1年の損失（円）').fill('10万');
	await expect(tail).not.toHaveText(before);
	await expect(page.locator('figure figcaption').filter({ hasText: '許容額（10万円）' })).toHaveCount(1);
	await page.getByLabel('許容できる1年の損失（円）').fill('abc');
	await expect(page.getByRole('alert')).toContainText('数値として読み取れません');

	await page.locator('button[data-step="plans"]').click();
	const fees = page.getByRole('region', { name: /Shopify/ });
	await expect(fees.locator('tbody tr').first()).toBeVisible();
	await expect(page.getByText(/税込|税抜|税込か税抜か/).first()).toBeVisible();
	expect(guard.problems).toEqual([]);
});

test('large type for a projector is kept across a reload', async ({ page }) => {
	await page.goto('/en');
	await page.locator('body[data-hydrated]').waitFor();
	const toggle = page.getByRole('button', { name: 'Large type (for a projector)' });
	await toggle.click();
	await expect(page.locator('html')).toHaveClass(/large-type/);
	await page.reload();
	await page.locator('body[data-hydrated]').waitFor();
	await expect(page.locator('html')).toHaveClass(/large-type/);
	await expect(page.getByRole('button', { name: 'Large type (for a projector)' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});
