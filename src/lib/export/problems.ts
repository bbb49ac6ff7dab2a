/**
 * Input problems and migration notes in words: the model reports them as data (src/lib/model/problems.ts); this
 * module words each kind in one language through the Paraglide messages of messages/input/ (ja is the source, en
 * complete), with numbers through src/lib/format. Field labels come from the scenario schema (fieldLabel),
 * requirement labels from the data the problem carries (phase and number of data/'s requirement).
 */
import { decimal, integer, yen, type Locale } from '../format';
import { m } from '../paraglide/messages.js';
import type { DataSet } from '../data/files';
import { LIMITS, TOP_LEVEL } from '../model/constants';
import { fieldLabelOf as fieldLabel } from './field-labels';
import type { Expectation, Given, IdRun, MigrationNote, ProblemSubject, ScenarioProblem } from '../model';

const opts = (locale: Locale) => ({ locale });

/** 1000000000000 → "1,000,000,000,000"; non-integers keep up to six significant digits. */
function numberText(n: number, locale: Locale): string {
	if (!Number.isFinite(n)) return String(n);
	if (Number.isInteger(n)) return integer(n, locale);
	return decimal(Number(n.toPrecision(6)), locale, 20);
}

/** The Japanese reading of a round number (1兆, 10億, 5万), added beside large bounds in Japanese. */
function japaneseReading(n: number, unit = ''): string {
	for (const [name, size] of [
		['兆', 1e12],
		['億', 1e8],
		['万', 1e4]
	] as const) {
		if (Math.abs(n) >= size && Number.isInteger(n / size)) return `（${n / size}${name}${unit}）`;
	}
	return '';
}

/** A bound as a reader reads it: ja 1,000,000,000,000（1兆）, en 1,000,000,000,000. */
function boundText(n: number, locale: Locale): string {
	return numberText(n, locale) + (locale === 'ja' ? japaneseReading(n) : '');
}

/** An amount in yen: ja 1,000,000,000,000円（1兆円）, en ¥1,000,000,000,000. */
function yenText(n: number, locale: Locale, reading = false): string {
	return yen(n, locale) + (reading && locale === 'ja' ? japaneseReading(n, '円') : '');
}

const counted = (n: number, locale: Locale) => ({ count: n, shown: integer(n, locale) });

/** build-01…build-14, ops-01, ops-02 */
export function idRunsText(runs: readonly IdRun[]): string {
	return runs.map((r) => (r.first === r.last ? r.first : `${r.first}…${r.last}`)).join(', ');
}

/** 構築時要件1 / build requirement 1. */
function requirementText(phase: 'build' | 'operation', no: number, locale: Locale): string {
	return phase === 'build'
		? m.problemRequirementBuild({ no }, opts(locale))
		: m.problemRequirementOperation({ no }, opts(locale));
}

/** 構築時要件1 / build requirement 1, from data/ (the id itself when data/ has no such requirement). */
export function requirementLabel(data: DataSet, id: string): { ja: string; en: string } {
	const r = data['guideline-requirements.json'].requirements.find((x) => x.id === id);
	if (!r) return { ja: id, en: id };
	const phase = r.phase === 'build' ? 'build' : 'operation';
	return { ja: requirementText(phase, r.no, 'ja'), en: requirementText(phase, r.no, 'en') };
}

/** The name of what a problem is about: the field's label, or the requirement (› its vendor condition). */
export function subjectText(subject: ProblemSubject, locale: Locale): string | undefined {
	if (subject.kind === 'field') {
		// an override of a risk-model figure (assumptions.<parameter id>.<field>) takes the record's label
		const assumption = /^assumptions\.[^.]+\.([A-Za-z]+)$/.exec(subject.field);
		return fieldLabel(assumption ? `assumptions.*.${assumption[1]}` : subject.field)?.[locale];
	}
	const requirement = requirementText(subject.phase, subject.no, locale);
	if (!subject.condition) return requirement;
	const condition = fieldLabel(`posture.checklist.vendor.${subject.id}.${subject.condition}`)?.[locale];
	return condition ? m.problemRequirementCondition({ requirement, condition }, opts(locale)) : requirement;
}

function typeText(e: Extract<Expectation, { kind: 'type' }>['type'], locale: Locale): string {
	const o = opts(locale);
	switch (e) {
		case 'number':
			return m.expectedTypeNumber({}, o);
		case 'int':
			return m.expectedTypeInt({}, o);
		case 'string':
			return m.expectedTypeString({}, o);
		case 'boolean':
			return m.expectedTypeBoolean({}, o);
		case 'object':
			return m.expectedTypeObject({}, o);
		case 'array':
			return m.expectedTypeArray({}, o);
		case 'null':
			return m.expectedTypeNull({}, o);
	}
}

function boundExpectation(e: Extract<Expectation, { kind: 'min' | 'max' }>, locale: Locale): string {
	const o = opts(locale);
	if (e.size === 'string') {
		return e.kind === 'min'
			? m.expectedMinCharacters(counted(e.value, locale), o)
			: m.expectedMaxCharacters(counted(e.value, locale), o);
	}
	if (e.size === 'array') {
		return e.kind === 'min'
			? m.expectedMinItems(counted(e.value, locale), o)
			: m.expectedMaxItems(counted(e.value, locale), o);
	}
	const inputs = { type: typeText(e.integer ? 'int' : 'number', locale), bound: boundText(e.value, locale) };
	if (e.kind === 'min') return e.inclusive ? m.expectedAtLeast(inputs, o) : m.expectedMoreThan(inputs, o);
	return e.inclusive ? m.expectedAtMost(inputs, o) : m.expectedLessThan(inputs, o);
}

/** What was expected, in one language. */
export function expectationText(e: Expectation, locale: Locale): string {
	const o = opts(locale);
	const orNull = (text: string, nullable?: boolean) =>
		nullable ? m.expectedOrNull({ expected: text }, o) : text;
	switch (e.kind) {
		case 'type':
			return orNull(typeText(e.type, locale), e.nullable);
		case 'other-type':
			return orNull(m.expectedTypeOther({ name: e.name }, o), e.nullable);
		case 'min':
		case 'max':
			return orNull(boundExpectation(e, locale), e.nullable);
		case 'one-of':
			return e.values.length === 1 ? e.values[0]! : m.expectedOneOf({ values: e.values.join(', ') }, o);
		case 'answer':
			return e.mode === 'new'
				? m.expectedAnswerNew({ values: e.values.join(', ') }, o)
				: m.expectedAnswerRunning({ values: e.values.join(', ') }, o);
		case 'requirement-id':
			return m.expectedRequirementId({ ids: idRunsText(e.ranges) }, o);
		case 'plan-id':
			return e.form === 'saas'
				? m.expectedPlanIdSaas({ plans: e.plans.join(', ') }, o)
				: m.expectedPlanIdMall({ plans: e.plans.join(', ') }, o);
		case 'assumption-id':
			return m.expectedAssumptionId({ ids: e.ids.join(', ') }, o);
		case 'assumption-field':
			return m.expectedAssumptionField({ fields: e.fields.join(', ') }, o);
		case 'no-such-field':
			return m.expectedNoSuchField({}, o);
		case 'moved-field':
			return m.expectedMovedField({ version: e.version, to: e.to, from: e.from }, o);
		case 'moved-amount':
			return m.expectedMovedAmount(
				{ min: numberText(e.min, locale), max: yenText(e.max, locale, true), to: e.to, version: e.version },
				o
			);
		case 'depth':
			return m.expectedDepth({ limit: integer(e.limit, locale) }, o);
		case 'items':
			return m.expectedItems({ limit: integer(e.limit, locale) }, o);
		case 'keys':
			return m.expectedKeys({ limit: integer(e.limit, locale) }, o);
		case 'key-length':
			return m.expectedKeyLength({ limit: integer(e.limit, locale) }, o);
		case 'empty-key':
			return m.expectedNonEmptyKey({}, o);
		case 'reserved-key':
			return m.expectedReservedKey({ key: e.key }, o);
		case 'json-object':
			return m.expectedJsonObject({}, o);
		case 'version':
			return m.expectedVersion(
				{ current: e.current, migratable: e.migratable.join(locale === 'ja' ? '・' : ', ') },
				o
			);
		case 'format':
			return e.pattern !== undefined
				? m.expectedFormatPattern({ pattern: e.pattern }, o)
				: m.expectedFormat({ format: e.format }, o);
		case 'multiple-of':
			return m.expectedMultipleOf({ divisor: numberText(e.divisor, locale) }, o);
		case 'key':
			return e.inner
				? m.expectedValidKeyOf({ inner: expectationText(e.inner, locale) }, o)
				: m.expectedValidKey({}, o);
		case 'union': {
			const within = locale === 'ja' ? '、' : ' and ';
			const alternatives = e.alternatives
				.map((list) => list.map((x) => expectationText(x, locale)).join(within))
				.join(' | ');
			return m.expectedUnion({ alternatives }, o);
		}
		case 'valid':
			return m.expectedValid({}, o);
	}
}

/** What was given, in one language (a value as written). */
export function givenText(g: Given, locale: Locale): string {
	const o = opts(locale);
	switch (g.kind) {
		case 'value':
			return g.text;
		case 'nothing':
			return m.problemGivenNothing({}, o);
		case 'deep':
			return m.problemGivenDeep({}, o);
		case 'count':
			return g.unit === 'items'
				? m.problemGivenItems(counted(g.n, locale), o)
				: g.unit === 'fields'
					? m.problemGivenFields(counted(g.n, locale), o)
					: m.problemGivenKeyLength(counted(g.n, locale), o);
	}
}

/** One problem as a line: where (and the field's name), what was expected, what was given. */
export function problemText(p: ScenarioProblem, locale: Locale): string {
	const o = opts(locale);
	const where = p.path === TOP_LEVEL ? m.problemWholeFile({}, o) : p.path;
	const label = p.subject ? subjectText(p.subject, locale) : undefined;
	const expected = expectationText(p.expected, locale);
	const given = givenText(p.given, locale);
	return label
		? m.problemLineNamed({ where, label, expected, given }, o)
		: m.problemLine({ where, expected, given }, o);
}

/**
 * The problems as an indented list in one language (every word in that language; ids, paths and given values as
 * written), at most LIMITS.problemsShown of them, then how many more (`more`: problems found beyond the list).
 */
export function formatProblems(problems: readonly ScenarioProblem[], locale: Locale, more = 0): string {
	const shown = problems.slice(0, LIMITS.problemsShown);
	const rest = problems.length - shown.length + more;
	const lines = shown.map((p) => `  - ${problemText(p, locale)}`);
	if (rest > 0) lines.push(`  ${m.problemMore({ shown: integer(rest, locale) }, opts(locale))}`);
	return lines.join('\n');
}

/** A migration note in one language. */
export function noteText(n: MigrationNote, locale: Locale): string {
	const o = opts(locale);
	switch (n.code) {
		case 'converted':
			return m.migrationConverted({ from: n.from, to: n.to }, o);
		case 'plan-as-given':
			return m.migrationPlanAsGiven({ form: n.form, plan: n.plan }, o);
		case 'insurance-kept': {
			const others = n.others
				.map((x) => m.migrationOtherValue({ form: x.form, value: yenText(x.value, locale) }, o))
				.join(', ');
			return m.migrationInsuranceKept(
				{ field: n.field, form: n.form, value: yenText(n.value, locale), others },
				o
			);
		}
		case 'insurance-merged':
			return m.migrationInsuranceMerged({}, o);
		case 'unanswered':
			return m.migrationUnanswered({ shown: integer(n.count, locale), ids: idRunsText(n.ids) }, o);
	}
}
