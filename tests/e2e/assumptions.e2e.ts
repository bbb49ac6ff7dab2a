/**
 * 詳細設定 (issue 9, item 3): every figure of the risk model listed with its value, unit and source, editable for
 * the scenario with a reset; a changed figure moves the recommendation card and is named under the results; a
 * value out of the figure's range stays at its field with the last result kept, marked stale.
 */
import { expect, test, type Page } from '@playwright/test';
import { revision, settled } from './engine-state';
import { axeViolations, guardPage } from './guards';

/** The recommendation card's figures: the recommended total and every other number on the card. */
async function cardNumbers(page: Page): Promise<string> {
	const text = await page.getByTestId('recommendation').innerText();
	return (text.match(/[\d,.]+/g) ?? []).join(' ');
}

async function openPanel(page: Page) {
	const panel = page.getByTestId('assumptions-panel');
	await panel.locator(':scope > summary').click();
	await expect(panel).toHaveAttribute('open', '');
	return panel;
}

test('changing an assumption moves the recommendation card and names the change (ja)', async ({
	page,
	baseURL
}) => {
	const guard = await guardPage(page, baseURL!);
	await page.goto('/');
	await page.locator('body[data-hydrated]').waitFor();
	await settled(page, 2);
	await expect(page.getByTestId('overridden-note')).toHaveCount(0);
	const before = await cardNumbers(page);

	const panel = await openPanel(page);
	// every parameter is listed with its provenance
	const saasRate = panel.locator('[data-assumption="base-rate-saas"]');
	await expect(saasRate).toContainText('SaaSの自サイト事故の年間発生率');
	await expect(saasRate).toContainText('仮定');
	await expect(saasRate).not.toHaveAttribute('data-overridden', 'true');

	const high = saasRate.locator('#field-assumptions-base-rate-saas-high');
	const r = await revision(page);
	await high.fill('0.5');
	await settled(page, r);
	await expect(page.getByTestId('status')).toHaveAttribute('data-stale', 'false');
	await expect(saasRate).toHaveAttribute('data-overridden', 'true');
	await expect(panel.getByTestId('assumptions-changed-count')).toContainText('1');
	expect(await cardNumbers(page)).not.toEqual(before);
	const note = page.getByTestId('overridden-note').first();
	await expect(note).toContainText('前提を変更した項目');
	await expect(note).toContainText('SaaSの自サイト事故の年間発生率');
	expect(await axeViolations(page)).toEqual([]);

	// reset: the same result as before the change, and no note
	const r2 = await revision(page);
	await saasRate.getByRole('button', { name: /データの値に戻す/ }).click();
	await settled(page, r2);
	expect(await cardNumbers(page)).toEqual(before);
	await expect(page.getByTestId('overridden-note')).toHaveCount(0);
	await expect(saasRate).not.toHaveAttribute('data-overridden', 'true');
	expect(guard.problems).toEqual([]);
});

test('an assumption out of range shows the field message and keeps the last result, marked stale (ja, then en)', async ({
	page,
	baseURL
}) => {
	const guard = await guardPage(page, baseURL!);
	for (const [path, message, note] of [
		['/', '100%以下で入力してください', '前提を変更した項目'],
		['/en', 'Enter 100% or less', 'Assumptions changed']
	] as const) {
		await page.goto(path);
		await page.locator('body[data-hydrated]').waitFor();
		await settled(page, 2);
		const before = await cardNumbers(page);
		const panel = await openPanel(page);
		const leak = panel.locator('[data-assumption="card-leak-share"]');
		const field = leak.locator('#field-assumptions-card-leak-share-value');
		await field.fill('150');
		await expect(leak.getByRole('alert')).toContainText(message);
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByTestId('status')).toHaveAttribute('data-stale', 'true');
		await expect(page.getByTestId('recommendation')).toHaveAttribute('aria-busy', 'true');
		expect(await cardNumbers(page)).toEqual(before);
		await expect(page.getByTestId('overridden-note')).toHaveCount(0);
		await expect(page.locator('body')).not.toContainText('NaN');
		// a good value clears the message, reruns and is named under the result
		const r = await revision(page);
		await field.fill('50');
		await expect(leak.getByRole('alert')).toHaveCount(0);
		await settled(page, r);
		await expect(page.getByTestId('status')).toHaveAttribute('data-stale', 'false');
		await expect(page.getByTestId('overridden-note').first()).toContainText(note);
		// back to the data value for the next language
		await leak.getByRole('button', { name: path === '/' ? /データの値に戻す/ : /to the data value/ }).click();
		await settled(page);
	}
	expect(guard.problems).toEqual([]);
});
