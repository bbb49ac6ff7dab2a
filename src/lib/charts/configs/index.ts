/** The chart config builders: pure functions, view data → Chart.js configuration (type-only chart.js imports). */
export { stackedCostConfig } from './stacked-cost';
export { riskBandConfig } from './risk-band';
export { cumulativeConfig, crossingMarks } from './cumulative';
export { exceedanceConfig } from './exceedance';
export type {
	AnyChartConfig,
	CumulativeConfig,
	ExceedanceConfig,
	RiskBandConfig,
	StackedCostConfig
} from './common';
