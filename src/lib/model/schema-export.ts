/**
 * The scenario's JSON Schema (zod's toJSONSchema), with each field's default from the default scenario, for
 * advisors who write scenario files and for the CLI's `schema` command. Written to static/scenario.schema.json
 * at build.
 */
import type { DataSet } from '../data/files';
import { defaultScenario } from './defaults';
import { scenarioJsonSchema } from './fields';

type Node = Record<string, unknown> & { properties?: Record<string, Node>; anyOf?: Node[] };

function withDefaults(node: Node, value: unknown): Node {
	const out: Node = { ...node };
	if (value !== undefined && (typeof value !== 'object' || value === null)) out.default = value;
	const props = out.properties;
	if (props && typeof value === 'object' && value !== null) {
		out.properties = Object.fromEntries(
			Object.entries(props).map(([k, child]) => [
				k,
				withDefaults(child, (value as Record<string, unknown>)[k])
			])
		);
	}
	return out;
}

export function scenarioSchemaWithDefaults(data: DataSet): Record<string, unknown> {
	const schema = structuredClone(scenarioJsonSchema()) as Node;
	return {
		$id: 'https://ec-tco.invalid/scenario.schema.json',
		title: 'ec-tco scenario',
		description:
			'ECサイト運営形態の比較シナリオ / A scenario comparing EC site forms. Money in yen, rates in percent; null means unknown.',
		...withDefaults(schema, defaultScenario(data))
	};
}
