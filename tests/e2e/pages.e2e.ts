import { expect, test } from '@playwright/test';
import { buildCatalog } from '../../src/lib/data/catalog';
import { loadDataSet } from '../../src/lib/data/load';
import { axeViolations, guardPage } from './guards';

const catalog = buildCatalog(loadDataSet());
const PAGES = [
	{ path: '/', lang: 'ja', heading: 'ECサイトの「つくり方」を、コストとリスクで選ぶ' },
	{ path: '/en', lang: 'en', heading: 'Choose how to build your online shop by cost and risk' },
	{ path: '/sources', lang: 'ja', heading: '出典とデータ' },
	{ path: '/en/sources', lang: 'en', heading: 'Sources and data' }
];

for (const { path, lang, heading } of PAGES) {
	test(`${path} renders in ${lang} with no errors, no foreign requests and no axe WCAG 2.1 AA violations`, async ({
		page,
		baseURL
	}) => {
		const guard = await guardPage(page, baseURL!);
		await page.goto(path);
		await page.locator('body[data-hydrated]').waitFor();
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		expect(await axeViolations(page)).toEqual([]);
		await page.waitForLoadState('networkidle');
		expect(guard.problems).toEqual([]);
	});
}

test('/sources lists every source and every figure of every data file', async ({ page }) => {
	await page.goto('/sources');
	for (const { id } of catalog.sources) {
		await expect(page.locator(`tr[id="src-${id}"]`)).toHaveCount(1);
	}
	for (const file of catalog.files) {
		const section = page.locator(`section[aria-labelledby="file-${file.file}"]`);
		await expect(section.locator('tbody tr')).toHaveCount(file.figures.length);
	}
	expect(catalog.files.reduce((n, f) => n + f.figures.length, 0)).toBeGreaterThan(100);
});

test('the language switch moves between Japanese and English and keeps the page', async ({ page }) => {
	await page.goto('/sources');
	await page.locator('body[data-hydrated]').waitFor();
	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/\/en\/sources$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/\/sources$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('出典とデータ');
});
