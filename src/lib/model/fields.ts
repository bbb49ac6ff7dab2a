/**
 * Field metadata (Japanese and English labels, units) read from the scenario schema, for forms, exports and
 * messages. One walk over the JSON Schema zod generates, so labels are defined once, in scenario.ts.
 */
import { z } from 'zod';
import { Scenario } from './scenario';

interface JsonSchemaNode {
	label?: { ja: string; en: string };
	unit?: string;
	properties?: Record<string, JsonSchemaNode>;
	anyOf?: JsonSchemaNode[];
	additionalProperties?: JsonSchemaNode | boolean;
}

let cached: JsonSchemaNode | undefined;

export function scenarioJsonSchema(): JsonSchemaNode & Record<string, unknown> {
	cached ??= z.toJSONSchema(Scenario, { target: 'draft-2020-12' }) as JsonSchemaNode;
	return cached as JsonSchemaNode & Record<string, unknown>;
}

/** The schema node of a dotted field path (`business.annualRevenue`, `forms.saas.fees.monthly`). */
export function fieldNode(path: string): JsonSchemaNode | undefined {
	let node: JsonSchemaNode | undefined = scenarioJsonSchema();
	for (const key of path.split('.')) {
		const props: Record<string, JsonSchemaNode> | undefined =
			node?.properties ?? node?.anyOf?.find((n) => n.properties)?.properties;
		node = props?.[key];
		if (!node) return undefined;
	}
	return node;
}

export function fieldUnit(path: string): string | undefined {
	const node = fieldNode(path);
	return node?.unit ?? node?.anyOf?.find((n) => n.unit)?.unit;
}

export function fieldLabel(path: string): { ja: string; en: string } | undefined {
	return fieldNode(path)?.label;
}
