/**
 * Older scenario files, converted to the current format so nothing a user saved is lost. Each step takes a file of
 * version n to n + 1 and says, in both languages, what it moved; parse.ts runs the steps before merging over the
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
import type { Bilingual } from '../data/errors';
import { SITE_FORMS, type SiteForm } from '../data/forms';
import { MAX_YEN, SCENARIO_VERSION } from './scenario';

export interface MigrationProblem {
	/** the field as written in the user's file */
	path: string;
	/** the field it moves to */
	movedTo: string;
	expected: Bilingual;
	value: unknown;
}

export interface Migrated {
	doc: Record<string, unknown>;
	/** the version the file was written in */
	from: number;
	notes: Bilingual[];
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

/** build-01…build-14, ops-01…ops-06: runs of consecutive ids written as ranges. */
export function idRanges(ids: readonly string[]): string {
	const runs: string[][] = [];
	for (const id of ids) {
		const last = runs[runs.length - 1];
		const prev = last?.[last.length - 1];
		const [p1, n1] = prev?.split(/-(?=\d+$)/) ?? [];
		const [p2, n2] = id.split(/-(?=\d+$)/);
		if (last && p1 === p2 && Number(n2) === Number(n1) + 1) last.push(id);
		else runs.push([id]);
	}
	return runs.map((r) => (r.length > 2 ? `${r[0]}…${r[r.length - 1]}` : r.join(', '))).join(', ');
}

const yenText = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}円`;

function v1ToV2(doc: Record<string, unknown>, requirementIds: readonly string[]): Omit<Migrated, 'from'> {
	const notes: Bilingual[] = [];
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
							expected: {
								ja: `0 以上 ${yenText(MAX_YEN)}（1兆円）以下の数値（バージョン 2 では insurance.${now} に移動）`,
								en: `a number from 0 to ${yenText(MAX_YEN)} (moved to insurance.${now} in version 2)`
							},
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
				notes.push({
					ja: `forms.${form}: バージョン 1 では指定したプラン（${f.preset}）をそのまま使っていたため、planSelection を "as-given" にしました。売上に合うプランを選ばせるには "cheapest-of-platform" にしてください。`,
					en: `forms.${form}: version 1 used the plan you named (${f.preset}) as given, so planSelection is set to "as-given"; set it to "cheapest-of-platform" to let the plan follow your revenue.`
				});
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
			const list = others.map((c) => `forms.${c.form}: ${yenText(c.value as number)}`).join(', ');
			notes.push({
				ja: `insurance.${now}: バージョン 2 ではサイバー保険は全形態で一つです。forms.${chosen.form} の ${yenText(chosen.value as number)} を使いました（異なる値: ${list}）。`,
				en: `insurance.${now}: in version 2 cyber insurance is one option for every form; kept ${yenText(chosen.value as number)} from forms.${chosen.form} (other values: ${list}).`
			});
		}
	}
	if (Object.keys(found).length > 0) {
		out.insurance = insurance;
		notes.push({
			ja: 'サイバー保険の項目を insurance にまとめました。バージョン 2 では、保険は運用時要件6（ops-06）を満たすと回答した場合に有効になります。',
			en: 'The cyber-insurance fields are now the `insurance` block. In version 2 insurance is in force when operation requirement 6 (ops-06) is answered as met.'
		});
	}
	const checklist =
		isPlainObject(doc.posture) && isPlainObject(doc.posture.checklist) ? doc.posture.checklist : undefined;
	const answers = checklist && isPlainObject(checklist.answers) ? checklist.answers : {};
	const unanswered = requirementIds.filter((id) => !Object.hasOwn(answers, id));
	if (unanswered.length > 0) {
		notes.push({
			ja: `バージョン 1 では回答のない要件を「外部委託で対応」として扱っていましたが、バージョン 2 では「未回答」のままです（${unanswered.length} 件: ${idRanges(unanswered)}）。回答してください。`,
			en: `Version 1 treated requirements without an answer as "outsourced"; version 2 leaves them unanswered (${unanswered.length}: ${idRanges(unanswered)}). Please answer them.`
		});
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
	current.notes.unshift({
		ja: `シナリオ形式のバージョン ${from} のファイルをバージョン ${SCENARIO_VERSION} に変換しました（新しい形式で保存するには npm run -s cli -- migrate）。`,
		en: `Converted a scenario file of format version ${from} to version ${SCENARIO_VERSION} (to save it in the new format: npm run -s cli -- migrate).`
	});
	return { from, ...current };
}
