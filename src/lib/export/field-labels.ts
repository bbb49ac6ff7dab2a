/**
 * Field names for a person: the scenario schema's labels (src/lib/model/scenario.ts), read from the table
 * scripts/field-labels.ts generates, so the browser can word field names without the schema. A path under a record
 * keyed by requirement id (`posture.checklist.vendor.build-01.inContract`) takes the record's label (`…vendor.*…`).
 */
import table from '../data/generated/field-labels.json' with { type: 'json' };

const LABELS: Record<string, { ja: string; en: string }> = table;
const REQUIREMENT_ID = /^(build|ops)-\d{2}$/;

/** The label of a dotted field path, or undefined when the schema has none. */
export function fieldLabelOf(path: string): { ja: string; en: string } | undefined {
	return (
		LABELS[path] ??
		LABELS[
			path
				.split('.')
				.map((k) => (REQUIREMENT_ID.test(k) ? '*' : k))
				.join('.')
		]
	);
}
