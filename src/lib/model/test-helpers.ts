/** Shared fixtures for the model's tests: the shipped data set, its parameters and the default scenario. */
import { loadDataSet } from '../data/load';
import { defaultScenario } from './defaults';
import { mergeOver } from './parse';
import { readRiskParams } from './params';
import { Scenario } from './scenario';

export const data = loadDataSet();
export const params = readRiskParams(data);
export const baseScenario = defaultScenario(data);

/** The default scenario with a partial override, validated. */
export function scenarioWith(patch: Record<string, unknown>): Scenario {
	return Scenario.parse(mergeOver(structuredClone(baseScenario), patch));
}
