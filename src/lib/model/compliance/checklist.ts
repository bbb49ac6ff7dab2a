/**
 * The IPA outline's two checklists (第二部 第2章 for a new site, 第3章 for a running site) evaluated on the
 * scenario's answers, with the outline's decision rules quoted from data/guideline-requirements.json:
 * - new site: every mandatory requirement covered in house or by a vendor → building it yourself is allowed;
 *   any mandatory requirement neither → do not build it yourself (scratch and package are excluded; the managed
 *   host stays only if its service covers every such requirement);
 * - running site: every mandatory requirement implemented → continue; any missing → urgent (stop-gap measures
 *   and the stay-or-migrate comparison follow from this verdict).
 * 不明 and unanswered requirements count as unmet and are listed as "to confirm", never silently as met.
 * The same answers drive the risk posture (frequency.ts), so there is one source of truth.
 */
import type { Text } from '../../data/figure';
import type { DataSet } from '../../data/files';
import type { SiteForm } from '../../data/forms';
import { answerMeets, type ChecklistAnswer, type Scenario } from '../scenario';

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
	answer: ChecklistAnswer | null;
	met: boolean;
	/** 不明 or unanswered */
	toConfirm: boolean;
}

export interface Exclusion {
	form: SiteForm;
	requirements: string[];
	rule: RuleRef;
}

export interface ChecklistResult {
	mode: 'new' | 'running';
	requirements: RequirementStatus[];
	mandatoryUnmet: string[];
	recommendedUnmet: string[];
	toConfirm: string[];
	verdict: 'self-build-allowed' | 'do-not-self-build' | 'continue' | 'urgent';
	rule: RuleRef;
	exclusions: Exclusion[];
	openPatterns: { id: string; name: Text; unmetRequirements: string[] }[];
	themes: { id: string; no: number; name: Text; requirements: { id: string; met: boolean }[] }[];
}

function rule(data: DataSet, mode: 'newSite' | 'runningSite', id: string): RuleRef {
	const r = data['guideline-requirements.json'].checklistRules[mode].rules.find((x) => x.id === id);
	if (!r) throw new Error(`checklist rule ${mode}.${id} is missing from data/guideline-requirements.json`);
	return { id: r.id, text: r.text, source: r.source };
}

export function evaluateChecklist(data: DataSet, s: Scenario): ChecklistResult {
	const g = data['guideline-requirements.json'];
	const { mode, answers } = s.posture.checklist;
	const requirements: RequirementStatus[] = g.requirements.map((r) => {
		const answer = (answers[r.id] as ChecklistAnswer | undefined) ?? null;
		return {
			id: r.id,
			no: r.no,
			phase: r.phase,
			mandatory: r.class === 'mandatory',
			answer,
			met: answerMeets(answer ?? undefined),
			toConfirm: answer === null || answer === 'unknown'
		};
	});
	const mandatoryUnmet = requirements.filter((r) => r.mandatory && !r.met).map((r) => r.id);
	const recommendedUnmet = requirements.filter((r) => !r.mandatory && !r.met).map((r) => r.id);
	const toConfirm = requirements.filter((r) => r.toConfirm).map((r) => r.id);

	const exclusions: Exclusion[] = [];
	let verdict: ChecklistResult['verdict'];
	let applied: RuleRef;
	if (mode === 'new') {
		if (mandatoryUnmet.length === 0) {
			verdict = 'self-build-allowed';
			// all in house: the outline's plain rule; some outsourced: the rule that lets a vendor fill the gaps
			const allInHouse = requirements.every((r) => !r.mandatory || r.answer === 'in-house');
			applied = rule(data, 'newSite', allInHouse ? 'self-only-if-all' : 'outsource-gaps');
		} else {
			verdict = 'do-not-self-build';
			applied = rule(data, 'newSite', 'do-not-self-build');
			exclusions.push({ form: 'scratch', requirements: mandatoryUnmet, rule: applied });
			exclusions.push({ form: 'package', requirements: mandatoryUnmet, rule: applied });
			const covered = g.managedServiceNote.coversRequirements;
			const leftForManaged = mandatoryUnmet.filter((id) => !covered.includes(id));
			if (leftForManaged.length > 0)
				exclusions.push({ form: 'managed', requirements: leftForManaged, rule: applied });
		}
	} else {
		verdict = mandatoryUnmet.length === 0 ? 'continue' : 'urgent';
		applied = rule(
			data,
			'runningSite',
			verdict === 'continue' ? 'continue-if-all-mandatory' : 'fix-gaps-urgently'
		);
	}

	const unmet = new Set(requirements.filter((r) => !r.met).map((r) => r.id));
	const openPatterns = g.incidentPatterns
		.map((p) => ({
			id: p.id,
			name: p.name,
			unmetRequirements: g.requirements
				.filter((r) => r.defendsAgainst.incidentPatterns.includes(p.id) && unmet.has(r.id))
				.map((r) => r.id)
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
		verdict,
		rule: applied,
		exclusions,
		openPatterns,
		themes
	};
}
