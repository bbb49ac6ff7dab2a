import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { cumulativeView, exceedanceView, riskBandView, stackedView } from '$lib/charts/fixtures';
import CumulativeChart from './CumulativeChart.svelte';
import ExceedanceChart from './ExceedanceChart.svelte';
import RiskBandChart from './RiskBandChart.svelte';
import StackedCostChart from './StackedCostChart.svelte';

// Server rendering (prerender): the figure, the canvas with its accessible name and the full data table, no chart.
describe('chart components, server-rendered', () => {
	it('renders the stacked cost chart as a named canvas, a caption and a table of exact yen', () => {
		const view = stackedView('ja');
		const { body } = render(StackedCostChart, { props: { view, tableSummary: '数値の表' } });
		expect(body).toContain(`<canvas role="img" aria-label="${view.takeaway}"`);
		expect(body).toMatch(new RegExp(`<figcaption[^>]*>${view.takeaway}</figcaption>`));
		expect(body).toMatch(/<details[^>]*><summary[^>]*>数値の表<\/summary>/);
		// exact amounts, not rounded: 6,420,517.38 → 6,420,517円
		expect(body).toContain('6,420,517円');
		expect(body).toContain('51,918,221円以上');
		expect(body).toContain('（除外）');
		expect(body.match(/<tr/g)).toHaveLength(1 + view.items.length + 1);
	});

	it('renders the risk band table in English', () => {
		const view = riskBandView('en');
		const { body } = render(RiskBandChart, { props: { view, tableSummary: 'Data table' } });
		expect(body).toMatch(/<summary[^>]*>Data table<\/summary>/);
		expect(body).toContain('¥78,300,000');
		expect(body).toContain('P95 (cost + P95 loss)');
	});

	it('renders one row per year and the crossings', () => {
		const view = cumulativeView('ja');
		const { body } = render(CumulativeChart, { props: { view, tableSummary: '数値の表' } });
		expect(body).toContain('5年目');
		expect(body).toContain('100,000,000円');
		expect(body).toContain(view.crossings[0]!.label);
	});

	it('renders every loss with each form’s probability and the tolerance', () => {
		const view = exceedanceView('en');
		const { body } = render(ExceedanceChart, { props: { view, tableSummary: 'Data table' } });
		expect(body).toContain('Tolerance: ¥45,000,000');
		expect(body).toContain('¥300,000,000');
		expect(body).toContain('30%');
		expect(body.match(/<tr/g)).toHaveLength(1 + 8);
	});
});
