/**
 * Problems with an input, as data: what was expected (`Expectation`), what was given (`Given`), which field or
 * requirement it is about (`ProblemSubject`), and the notes a migration leaves (`MigrationNote`). Nothing here is
 * worded: src/lib/export/problems.ts turns each kind into a sentence in Japanese or English (Paraglide messages in
 * messages/input/), so the CLI, the worker's `invalid` reply and the pages all say the same thing.
 */
import type { z } from 'zod';
import type { SiteForm } from '../data/forms';
import type { AssumptionField } from './scenario';

/** The JSON types a field may take, as the messages name them (`int`: a whole number). */
export type JsonTypeName = 'number' | 'int' | 'string' | 'boolean' | 'object' | 'array' | 'null';

/** A run of consecutive requirement ids (build-01…build-14); `first === last` for a single id. */
export interface IdRun {
	first: string;
	last: string;
}

/** zod's names of string formats (`regex`, `email`, …). */
export type StringFormat = z.core.$ZodIssueInvalidStringFormat['format'];

/** The two conditions of an outsourced requirement (posture.checklist.vendor.<id>.<condition>). */
export type VendorCondition = 'inContract' | 'monitored';

/** What a field expected. */
export type Expectation =
	/** a value of this type (`nullable`: or null, meaning unknown) */
	| { kind: 'type'; type: JsonTypeName; nullable?: boolean }
	/** a type the messages have no name for (zod's own name for it) */
	| { kind: 'other-type'; name: string; nullable?: boolean }
	/**
	 * a bound: on a number (`integer`: the field takes whole numbers only), or on the length of a string or list
	 * (`size`); `inclusive` false for > and <
	 */
	| {
			kind: 'min' | 'max';
			value: number;
			inclusive: boolean;
			integer: boolean;
			size?: 'string' | 'array';
			nullable?: boolean;
	  }
	/** one of these values (shown as written; a single value is that value) */
	| { kind: 'one-of'; values: string[] }
	/** a checklist answer allowed for the checklist's mode */
	| { kind: 'answer'; mode: 'new' | 'running'; values: string[] }
	/** a requirement id of the IPA outline (the ids of data/, as runs) */
	| { kind: 'requirement-id'; ranges: IdRun[] }
	/** a plan id of data/platforms.json for this platform form, or null */
	| { kind: 'plan-id'; form: 'saas' | 'mall'; plans: string[] }
	/** a parameter id of data/risk-model.json (an override under `assumptions`), one of `ids` */
	| { kind: 'assumption-id'; ids: string[] }
	/** a field this figure takes (`value` for a point; `low`, `mostLikely`, `high` for a range) */
	| { kind: 'assumption-field'; fields: AssumptionField[] }
	/** a field the schema does not have */
	| { kind: 'no-such-field' }
	/** a field of an older version, now at `to` (a file that says it is of that version is converted) */
	| { kind: 'moved-field'; to: string; version: number; from: number }
	/** a migrated amount out of range: `min` to `max` yen, moved to `to` in `version` */
	| { kind: 'moved-amount'; min: number; max: number; to: string; version: number }
	/** structure limits: nesting depth, list items, object fields, field-name length */
	| { kind: 'depth' | 'items' | 'keys' | 'key-length'; limit: number }
	| { kind: 'empty-key' }
	/** a field name that is not accepted (__proto__, constructor, prototype) */
	| { kind: 'reserved-key'; key: string }
	/** the whole input must be a JSON object */
	| { kind: 'json-object' }
	/** the scenario format version `current` (files of the `migratable` versions are converted) */
	| { kind: 'version'; current: number; migratable: number[] }
	/** text of a format (`pattern` for a regular expression) */
	| { kind: 'format'; format: StringFormat; pattern?: string }
	| { kind: 'multiple-of'; divisor: number }
	/** a valid record key (what the key itself expected, when known) */
	| { kind: 'key'; inner?: Expectation }
	/** one of the alternatives, each a list of conditions that all hold */
	| { kind: 'union'; alternatives: Expectation[][] }
	/** a valid value, with nothing more specific to say */
	| { kind: 'valid' };

export type ExpectationKind = Expectation['kind'];

/** What was given, language-neutral. */
export type Given =
	/** the value as short JSON-like text (at most LIMITS.shownValue characters; see showValue) */
	| { kind: 'value'; text: string }
	/** no value (the field was missing) */
	| { kind: 'nothing' }
	/** a value nested too deeply to show */
	| { kind: 'deep' }
	/** a container or name too large to show: its size */
	| { kind: 'count'; n: number; unit: 'items' | 'fields' | 'key-characters' };

/** What a problem is about, for its label: a schema field (label from the schema) or a checklist requirement. */
export type ProblemSubject =
	| { kind: 'field'; field: string }
	| {
			kind: 'requirement';
			id: string;
			phase: 'build' | 'operation';
			no: number;
			/** the vendor condition at posture.checklist.vendor.<id>.<condition> */
			condition?: VendorCondition;
	  };

export interface ScenarioProblem {
	/** where, as written in the input: a dotted path (`business.annualRevenue`, `a.b[0]`, quoted odd keys), `old ← new` for a moved field, or TOP_LEVEL */
	path: string;
	/** what the problem is about, when the schema or data/ names it */
	subject?: ProblemSubject;
	expected: Expectation;
	given: Given;
}

/** What a migration did that the user should know. */
export type MigrationNote =
	/** the file was converted from version `from` to `to` */
	| { code: 'converted'; from: number; to: number }
	/** forms.<form>: version 1 used the named plan as given, so planSelection is "as-given" */
	| { code: 'plan-as-given'; form: 'saas' | 'mall'; plan: string }
	/** the forms gave different insurance values; `value` (yen) from `form` was kept */
	| {
			code: 'insurance-kept';
			field: string;
			form: SiteForm;
			value: number;
			others: { form: SiteForm; value: number }[];
	  }
	/** the insurance fields are now one `insurance` block, in force when ops-06 is met */
	| { code: 'insurance-merged' }
	/** requirements without an answer are now unanswered, not outsourced */
	| { code: 'unanswered'; count: number; ids: IdRun[] };

export type MigrationNoteCode = MigrationNote['code'];
