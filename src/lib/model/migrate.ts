/**
 * Older scenario files, converted to the current format so nothing a user saved is lost. Each step takes a file of
 * version n to n + 1 and says, as typed notes (problems.ts; worded by src/lib/export/problems.ts), what it moved; parse.ts runs the steps before merging over the
 * defaults, and maps a problem found in a moved field back to where the user wrote it.
 *
 * Version 1 → 2: cyber insurance was three fields on every form (forms.{scratch,package,managed}.security.
 * insuranceAnnual / insuranceLimit / insuranceDeductible, and the same on forms.{saas,mall}.security); version 2
 * has one `insurance` block {premiumAnnual, costLimit, deductible} for every form. A file that gives different
 * values on different forms keeps one of them — the first enabled form, in the order scratch, package, managed,
 * saas, mall, with a non-zero value (version 1's defaults set the platforms' premium to 0 meaning "not insured") —
 * and the note lists the others. A platform form that named its plan (`preset`) used that very plan in version 1,
 * so it gets planSelection "as-given". Everything else is kept as it was.
 */
import { SITE_FORMS, type SiteForm } from '../data/forms';
import type { Expectation, IdRun, MigrationNote } from './problems';
import { MAX_YEN, SCENARIO_VERSION } from './scenario';

export interface MigrationProblem {
	/** the field as written in the user's file */
	path: string;
	/** the field it moves to */
	movedTo: string;
	expected: Expectation;
	value: unknown;
}

export interface Migrated {
	doc: Record<string, unknown>;
	/** the version the file was written in */
	from: number;
	notes: MigrationNote[];
	/** new dotted path → the path it came from in the user's file */
	moved: Record<string, string>;
	problems: MigrationProblem[];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Versions this module converts from (each to the next). */
export const MIGRATABLE_VERSIONS: readonly number[] = [1];

const INSURANCE_FIELDS = [
	['insuranceAnnual', 'premiumAnnual'],
	['insuranceLimit', 'costLimit'],
	['insuranceDeductible', 'deductible']
] as const;

/** build-01…build-14, ops-01…ops-06: runs of consecutive ids (runs of one or two ids are listed singly). */
export function idRanges(ids: readonly string[]): IdRun[] {
	const runs: string[][] = [];
	for (const id of ids) {
		const last = runs[runs.length - 1];
		const prev = last?.[last.length - 1];
		const [p1, n1] = prev?.split(/-(?=\d+$)/) ?? [];
		const [p2, n2] = id.split(/-(?=\d+$)/);
		if (last && p1 === p2 && Number(n2) === Number(n1) + 1) last.push(id);
		else runs.push([id]);
	}
	return runs.flatMap((r) =>
		r.length > 2 ? [{ first: r[0]!, last: r[r.length - 1]! }] : r.map((id) => ({ first: id, last: id }))
	);
}

function v1ToV2(doc: Record<string, unknown>, requirementIds: readonly string[]): Omit<Migrated, 'from'> {
	const notes: MigrationNote[] = [];
	const moved: Record<string, string> = {};
	const problems: MigrationProblem[] = [];
	const out: Record<string, unknown> = { ...doc, version: 2 };
	const found: Record<string, { form: SiteForm; value: unknown; enabled: boolean }[]> = {};
	if (isPlainObject(doc.forms)) {
		const forms: Record<string, unknown> = { ...doc.forms };
		for (const form of SITE_FORMS) {
			const f = forms[form];
			if (!isPlainObject(f)) continue;
			const copy: Record<string, unknown> = { ...f };
			if (isPlainObject(f.security)) {
				const security: Record<string, unknown> = { ...f.security };
				for (const [old, now] of INSURANCE_FIELDS) {
					if (!Object.hasOwn(security, old)) continue;
					const value = security[old];
					delete security[old];
					if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_YEN) {
						problems.push({
							path: `forms.${form}.security.${old}`,
							movedTo: `insurance.${now}`,
							expected: { kind: 'moved-amount', min: 0, max: MAX_YEN, to: `insurance.${now}`, version: 2 },
							value
						});
						continue;
					}
					(found[now] ??= []).push({ form, value, enabled: f.enabled !== false });
				}
				copy.security = security;
			}
			if ((form === 'saas' || form === 'mall') && typeof f.preset === 'string' && !('planSelection' in f)) {
				copy.planSelection = 'as-given';
				notes.push({ code: 'plan-as-given', form, plan: f.preset });
			}
			forms[form] = copy;
		}
		out.forms = forms;
	}
	const insurance: Record<string, unknown> = isPlainObject(doc.insurance) ? { ...doc.insurance } : {};
	for (const [old, now] of INSURANCE_FIELDS) {
		const candidates = found[now];
		if (!candidates?.length || Object.hasOwn(insurance, now)) continue;
		const chosen =
			candidates.find((c) => c.enabled && c.value !== 0) ??
			candidates.find((c) => c.value !== 0) ??
			candidates[0]!;
		insurance[now] = chosen.value;
		moved[`insurance.${now}`] = `forms.${chosen.form}.security.${old}`;
		const others = candidates.filter((c) => c.value !== chosen.value);
		if (others.length > 0) {
			notes.push({
				code: 'insurance-kept',
				field: `insurance.${now}`,
				form: chosen.form,
				value: chosen.value as number,
				others: others.map((c) => ({ form: c.form, value: c.value as number }))
			});
		}
	}
	if (Object.keys(found).length > 0) {
		out.insurance = insurance;
		notes.push({ code: 'insurance-merged' });
	}
	const checklist =
		isPlainObject(doc.posture) && isPlainObject(doc.posture.checklist) ? doc.posture.checklist : undefined;
	const answers = checklist && isPlainObject(checklist.answers) ? checklist.answers : {};
	const unanswered = requirementIds.filter((id) => !Object.hasOwn(answers, id));
	if (unanswered.length > 0) {
		notes.push({ code: 'unanswered', count: unanswered.length, ids: idRanges(unanswered) });
	}
	return { doc: out, notes, moved, problems };
}

const STEPS: Record<number, typeof v1ToV2> = { 1: v1ToV2 };

/**
 * The document converted to the current version, or null when its version is neither current nor one this module
 * converts. The input is not modified. The caller has already checked it is a plain object of bounded depth with
 * no reserved keys.
 */
export function migrateScenario(
	doc: Record<string, unknown>,
	requirementIds: readonly string[]
): Migrated | null {
	const from = doc.version;
	if (from === undefined || from === SCENARIO_VERSION) {
		return { doc, from: SCENARIO_VERSION, notes: [], moved: {}, problems: [] };
	}
	if (typeof from !== 'number' || !STEPS[from]) return null;
	let current: Omit<Migrated, 'from'> = { doc, notes: [], moved: {}, problems: [] };
	for (let v = from; v < SCENARIO_VERSION; v++) {
		const step = STEPS[v];
		if (!step) return null;
		const next = step(current.doc, requirementIds);
		current = {
			doc: next.doc,
			notes: [...current.notes, ...next.notes],
			moved: { ...current.moved, ...next.moved },
			problems: [...current.problems, ...next.problems]
		};
	}
	current.notes.unshift({ code: 'converted', from, to: SCENARIO_VERSION });
	return { from, ...current };
}
