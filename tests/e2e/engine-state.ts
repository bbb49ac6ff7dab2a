/**
 * Waiting on the calculator's engine from a test: the status line carries `data-running` (a request is running)
 * and `data-revision` (how many phase results have arrived).
 */
import { expect, type Page } from '@playwright/test';

export const revision = async (page: Page) =>
	Number(await page.getByTestId('status').getAttribute('data-revision'));

/** Waits until the engine has answered the current input in every phase (after revision `after`, when given). */
export async function settled(page: Page, after = -1) {
	const status = page.getByTestId('status');
	await expect(status).toHaveAttribute('data-running', 'false', { timeout: 30_000 });
	if (after >= 0) {
		await expect
			.poll(async () => Number(await status.getAttribute('data-revision')), { timeout: 30_000 })
			.toBeGreaterThan(after);
		await expect(status).toHaveAttribute('data-running', 'false', { timeout: 30_000 });
	}
}
