/**
 * Chart.js with only the parts the dashboard draws (never `chart.js/auto`). Loaded with a dynamic import from
 * Chart.svelte, so chart.js is not in the page's initial JavaScript.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	LogarithmicScale,
	PointElement,
	Tooltip
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	LineController,
	LineElement,
	PointElement,
	CategoryScale,
	LinearScale,
	LogarithmicScale,
	Tooltip,
	Legend
);

export { Chart };
