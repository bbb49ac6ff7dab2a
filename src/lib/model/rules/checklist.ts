/**
 * The IPA outline's two checklists (第二部 第2章 for a new site, 第3章 for a running site) evaluated on the
 * scenario's answers, with the outline's decision rules quoted from data/guideline-requirements.json:
 * - every row must be answered (「全てのチェックが埋まっていることを必ず確認」): a mandatory requirement left
 *   分からない or 未回答 makes the verdict `incomplete`, and self-built forms cannot be recommended until it is
 *   answered (they stay in the comparison, carrying the risk of the unmet requirements);
 * - new site: a mandatory requirement neither in house nor outsourced (対応困難) → do not build it yourself
 *   (scratch and package are excluded; the managed host stays only if its service covers every such
 *   requirement); outsourced requirements must be written into the contract and checked (2.(2) 後段, 2.(3), 3.):
 *   without both, the verdict is `self-build-with-conditions` and the risk model counts them as partly met;
 * - running site: any mandatory requirement that cannot be fixed → consider migrating or stopping
 *   (`migrate-or-stop`); any not implemented → `urgent` (stop-gaps and stay-or-migrate follow); all
 *   implemented → `continue`.
 * The same answers drive the risk posture (frequency.ts) and the costs charged (tco.ts): one source of truth.
 */
import type { Text } from '../../data/figure';
import type { DataSet } from '../../data/files';
import type { SiteForm } from '../../data/forms';
import { coverageOf, TO_CONFIRM, type ChecklistAnswer, type Coverage, type Scenario } from '../scenario';

export interface RuleRef {
	id: string;
	text: Text;
	source: { id: string; section: string; asOf: string };
}

export interface RequirementStatus {
	id: string;
	no: number;
	phase: 'build' | 'operation';
	mandatory: boolean;
	answer: ChecklistAnswer;
	coverage: Coverage;
	/** met in full (coverage `met`) */
	met: boolean;
	/** 分からない or 未回答 */
	toConfirm: boolean;
	/** for an outsourced requirement: the outline's conditions not yet in place */
	vendorMissing: ('contract' | 'monitoring')[];
}

export interface Exclusion {
	form: SiteForm;
	requirements: string[];
	rule: RuleRef;
	/** `pending`: excluded only until the checklist is answered */
	kind: 'rule' | 'pending';
}

export const NEW_SITE_VERDICTS = [
	'incomplete',
	'self-build-allowed',
	'self-build-with-conditions',
	'do-not-self-build'
] as const;
export const RUNNING_SITE_VERDICTS = ['incomplete', 'continue', 'urgent', 'migrate-or-stop'] as const;
export type ChecklistVerdict = (typeof NEW_SITE_VERDICTS)[number] | (typeof RUNNING_SITE_VERDICTS)[number];

export interface ChecklistResult {
	mode: 'new' | 'running';
	requirements: RequirementStatus[];
	/** mandatory requirements not met in full (conditional ones included) */
	mandatoryUnmet: string[];
	recommendedUnmet: string[];
	/** every requirement answered 分からない or 未回答 */
	toConfirm: string[];
	/** mandatory requirements answered 分からない or 未回答: the checklist is incomplete while any remain */
	mandatoryToConfirm: string[];
	/** outsourced requirements missing the contract clause or the monitoring */
	vendorConditionsMissing: string[];
	/** running site: mandatory requirements answered 対策できない */
	notFixable: string[];
	verdict: ChecklistVerdict;
	rule: RuleRef;
	exclusions: Exclusion[];
	openPatterns: { id: string; name: Text; unmetRequirements: string[] }[];
	themes: { id: string; no: number; name: Text; requirements: { id: string; met: boolean }[] }[];
}

const VENDOR_BREACH = 'vendor-breach';

function rule(data: DataSet, mode: 'newSite' | 'runningSite', id: string): RuleRef {
	const r = data['guideline-requirements.json'].checklistRules[mode].rules.find((x) => x.id === id);
	if (!r) throw new Error(`checklist rule ${mode}.${id} is missing from data/guideline-requirements.json`);
	return { id: r.id, text: r.text, source: r.source };
}

/** The self-built forms a set of unmet mandatory requirements rules out (the managed host if its service does not cover them). */
function selfBuiltExclusions(
	data: DataSet,
	requirements: string[],
	applied: RuleRef,
	kind: Exclusion['kind']
): Exclusion[] {
	const covered = data['guideline-requirements.json'].managedServiceNote.coversRequirements;
	const leftForManaged = requirements.filter((id) => !covered.includes(id));
	return [
		{ form: 'scratch', requirements, rule: applied, kind },
		{ form: 'package', requirements, rule: applied, kind },
		...(leftForManaged.length > 0
			? [{ form: 'managed' as const, requirements: leftForManaged, rule: applied, kind }]
			: [])
	];
}

export function evaluateChecklist(data: DataSet, s: Scenario): ChecklistResult {
	const g = data['guideline-requirements.json'];
	const { mode } = s.posture.checklist;
	const requirements: RequirementStatus[] = g.requirements.map((r) => {
		const answer = (s.posture.checklist.answers[r.id] ?? 'unanswered') as ChecklistAnswer;
		const coverage = coverageOf(s.posture.checklist, r.id);
		const vendor = s.posture.checklist.vendor[r.id];
		const vendorMissing: RequirementStatus['vendorMissing'] =
			answer === 'outsourced'
				? [
						...(vendor?.inContract ? [] : ['contract' as const]),
						...(vendor?.monitored ? [] : ['monitoring' as const])
					]
				: [];
		return {
			id: r.id,
			no: r.no,
			phase: r.phase,
			mandatory: r.class === 'mandatory',
			answer,
			coverage,
			met: coverage === 'met',
			toConfirm: TO_CONFIRM.includes(answer),
			vendorMissing
		};
	});
	const ids = (pred: (r: RequirementStatus) => boolean) => requirements.filter(pred).map((r) => r.id);
	const mandatoryUnmet = ids((r) => r.mandatory && !r.met);
	const recommendedUnmet = ids((r) => !r.mandatory && !r.met);
	const toConfirm = ids((r) => r.toConfirm);
	const mandatoryToConfirm = ids((r) => r.mandatory && r.toConfirm);
	const vendorConditionsMissing = ids((r) => r.vendorMissing.length > 0);
	const notFeasible = ids((r) => r.mandatory && r.answer === 'not-feasible');
	const notFixable = ids((r) => r.mandatory && r.answer === 'not-fixable');
	const notImplemented = ids((r) => r.mandatory && r.answer === 'not-implemented');
	const allRowsRule = (m: 'newSite' | 'runningSite') =>
		rule(
			data,
			m,
			mandatoryToConfirm.some((id) => id.startsWith('build-')) ? 'build-all-rows' : 'ops-rows-1-4'
		);

	const exclusions: Exclusion[] = [];
	let verdict: ChecklistVerdict;
	let applied: RuleRef;
	if (mode === 'new') {
		if (notFeasible.length > 0) {
			verdict = 'do-not-self-build';
			applied = rule(data, 'newSite', 'do-not-self-build');
			exclusions.push(...selfBuiltExclusions(data, notFeasible, applied, 'rule'));
		} else if (mandatoryToConfirm.length > 0) {
			verdict = 'incomplete';
			applied = allRowsRule('newSite');
			exclusions.push(...selfBuiltExclusions(data, mandatoryToConfirm, applied, 'pending'));
		} else if (requirements.some((r) => r.mandatory && r.coverage === 'conditional')) {
			verdict = 'self-build-with-conditions';
			applied = rule(data, 'newSite', 'contract-must-include');
		} else {
			verdict = 'self-build-allowed';
			// all in house: the outline's plain rule; some outsourced: the rule that lets a vendor fill the gaps
			const allInHouse = requirements.every((r) => !r.mandatory || r.answer === 'in-house');
			applied = rule(data, 'newSite', allInHouse ? 'self-only-if-all' : 'outsource-gaps');
		}
	} else if (notFixable.length > 0) {
		verdict = 'migrate-or-stop';
		applied = rule(data, 'runningSite', 'consider-migration');
	} else if (notImplemented.length > 0) {
		verdict = 'urgent';
		applied = rule(data, 'runningSite', 'fix-gaps-urgently');
	} else if (mandatoryToConfirm.length > 0) {
		verdict = 'incomplete';
		applied = allRowsRule('runningSite');
	} else {
		verdict = 'continue';
		applied = rule(data, 'runningSite', 'continue-if-all-mandatory');
	}

	const unmet = new Set(requirements.filter((r) => !r.met).map((r) => r.id));
	// WARNING 事例6 (a vendor breached) stays open while any outsourced requirement lacks its contract clause or
	// its monitoring, whichever requirement it is (PPC WARNING 3.(4)).
	const openPatterns = g.incidentPatterns
		.map((p) => ({
			id: p.id,
			name: p.name,
			unmetRequirements: [
				...new Set([
					...g.requirements
						.filter((r) => r.defendsAgainst.incidentPatterns.includes(p.id) && unmet.has(r.id))
						.map((r) => r.id),
					...(p.id === VENDOR_BREACH ? vendorConditionsMissing : [])
				])
			]
		}))
		.filter((p) => p.unmetRequirements.length > 0);
	const themes = g.ecomThemes
		.map((t) => ({
			id: t.id,
			no: t.no,
			name: t.name,
			requirements: requirements
				.filter((r) => g.requirements.find((x) => x.id === r.id)?.ecomTheme === t.id)
				.map((r) => ({ id: r.id, met: r.met }))
		}))
		.filter((t) => t.requirements.length > 0);

	return {
		mode,
		requirements,
		mandatoryUnmet,
		recommendedUnmet,
		toConfirm,
		mandatoryToConfirm,
		vendorConditionsMissing,
		notFixable,
		verdict,
		rule: applied,
		exclusions,
		openPatterns,
		themes
	};
}
