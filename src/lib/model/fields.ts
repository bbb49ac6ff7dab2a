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

/**
 * The schema node of a dotted field path (`business.annualRevenue`, `forms.saas.fees.monthly`); a record's entries
 * by any key (`posture.checklist.vendor.build-01.inContract`).
 */
export function fieldNode(path: string): JsonSchemaNode | undefined {
	let node: JsonSchemaNode | undefined = scenarioJsonSchema();
	for (const key of path.split('.')) {
		const props: Record<string, JsonSchemaNode> | undefined =
			node?.properties ?? node?.anyOf?.find((n) => n.properties)?.properties;
		const entries: JsonSchemaNode | boolean | undefined = node?.additionalProperties;
		node = props
			? Object.hasOwn(props, key)
				? props[key]
				: undefined
			: typeof entries === 'object'
				? entries
				: undefined;
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

/**
 * Every labelled node of the scenario (fields and the objects that group them) by dotted path, with `*` for the
 * key of a record keyed by requirement id (`posture.checklist.vendor.*.inContract`). Written to
 * src/lib/data/generated/field-labels.json by scripts/field-labels.ts, so the export layer words field names in the
 * browser without the schema (zod).
 */
export function fieldLabelTable(): Record<string, { ja: string; en: string }> {
	const out: Record<string, { ja: string; en: string }> = {};
	const walk = (node: JsonSchemaNode | undefined, path: string[]) => {
		if (!node) return;
		if (node.label && path.length > 0) out[path.join('.')] = node.label;
		const props = node.properties ?? node.anyOf?.find((n) => n.properties)?.properties;
		for (const [key, child] of Object.entries(props ?? {})) walk(child, [...path, key]);
		if (typeof node.additionalProperties === 'object') walk(node.additionalProperties, [...path, '*']);
	};
	walk(scenarioJsonSchema(), []);
	return out;
}
