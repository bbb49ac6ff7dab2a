import { expect, test } from '@playwright/test';
import { buildCatalog, fileSlug } from '../../src/lib/data/catalog';
import { loadDataSet } from '../../src/lib/data/load';
import { axeViolations, guardPage } from './guards';

const catalog = buildCatalog(loadDataSet());
const PAGES = [
	{ path: '/', lang: 'ja', heading: 'ECサイトの運営形態を、総コストと情報漏えいリスクで選ぶ' },
	{ path: '/en', lang: 'en', heading: 'Choose how to run your online shop by total cost and breach risk' },
	{ path: '/sources', lang: 'ja', heading: '出典とデータ' },
	{ path: '/en/sources', lang: 'en', heading: 'Sources and data' },
	// the two largest data files, one per language: the figure table at its biggest
	{
		path: '/sources/survey-ppc-2022',
		lang: 'ja',
		heading: catalog.files.find((f) => f.file === 'survey-ppc-2022.json')!.title.ja
	},
	{
		path: '/en/sources/platforms',
		lang: 'en',
		heading: catalog.files.find((f) => f.file === 'platforms.json')!.title.en
	}
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

test('/sources lists every source and links every data file; each file page lists every figure', async ({
	page
}) => {
	await page.goto('/sources');
	for (const { id } of catalog.sources) {
		await expect(page.locator(`tr[id="src-${id}"]`)).toHaveCount(1);
	}
	await expect(page.locator('li[data-file]')).toHaveCount(catalog.files.length);
	for (const file of catalog.files) {
		await page.goto(`/sources/${fileSlug(file.file)}`);
		await expect(page.locator('tbody tr')).toHaveCount(file.figures.length);
		const first = file.figures.find((f) => f.figure.source)?.figure.source?.id;
		if (first) await expect(page.locator(`a[href$="sources#src-${first}"]`).first()).toBeVisible();
	}
	expect(catalog.files.reduce((n, f) => n + f.figures.length, 0)).toBeGreaterThan(100);
});

const baseRates = catalog.files.find((f) => f.file === 'base-rates.json')!;

test('the language switch moves between Japanese and English and keeps the page', async ({ page }) => {
	await page.goto('/sources/base-rates');
	await page.locator('body[data-hydrated]').waitFor();
	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/\/en\/sources\/base-rates$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	// every message follows the switch (client-side navigation re-renders with the new locale)
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(baseRates.title.en);
	await expect(page.getByRole('navigation').getByRole('link', { name: 'Sources and data' })).toBeVisible();
	await expect(page.getByRole('columnheader', { name: 'As of' })).toBeVisible();
	await expect(page.locator('td.asof').first()).toHaveText(
		/^(?:[A-Z][a-z]+ (?:\d{1,2}, )?)?\d{4}$|^—$|^unknown$/
	);
	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/\/sources\/base-rates$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(baseRates.title.ja);
	await expect(page.locator('td.asof').first()).toHaveText(
		/^\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?$|^—$|^不明$/
	);
	await page.getByRole('link', { name: '出典とデータ' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('出典とデータ');
});

test('counts read naturally in each language (Paraglide plurals, formatted numbers)', async ({ page }) => {
	const figures = catalog.files.reduce((n, f) => n + f.figures.length, 0).toLocaleString('en-US');
	const files = catalog.files.length;
	const sources = catalog.sources.length;
	await page.goto('/sources');
	await expect(page.getByTestId('sources-count')).toHaveText(
		`データファイル${files}件、数値${figures}件、出典${sources}件`
	);
	await page.goto('/en/sources');
	await expect(page.getByTestId('sources-count')).toHaveText(
		`${files} data files, ${figures} figures, ${sources} sources`
	);
});
