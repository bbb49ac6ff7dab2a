/**
 * Answers that cannot all be true at once, reported as codes with the fields they involve (they do not stop the
 * evaluation: the user sees them and decides which answer to correct). src/lib/export/ words them.
 */
import type { SiteForm } from '../../data/forms';
import { coverageOf, type ChecklistAnswer, type Scenario } from '../scenario';
import { measurePaid, SECURITY_ITEM_REQUIREMENT } from '../tco';

export type Contradiction = { fields: string[] } & (
	| { code: 'platform-with-own-card-data'; params: { currentForm: 'saas' | 'mall' } }
	| { code: 'own-site-platform-checkout' }
	| { code: 'non-retention-answered-but-retains' }
	| { code: 'script-controls-without-iframe' }
	/** a cost entered for a measure the checklist says is not in place (it is left out of the total) */
	| {
			code: 'measure-priced-but-not-in-place';
			params: { requirement: string; answer: ChecklistAnswer; costField: string; forms: SiteForm[] };
	  }
	| { code: 'vendor-conditions-without-outsourcing'; params: { requirement: string } }
	| { code: 'running-without-current-form' }
);
export type ContradictionCode = Contradiction['code'];

const RETAINS = ['stored', 'server-pass-through'];

export function findContradictions(s: Scenario): Contradiction[] {
	const out: Contradiction[] = [];
	const p = s.posture;
	if ((p.currentForm === 'mall' || p.currentForm === 'saas') && RETAINS.includes(p.paymentIntegration)) {
		out.push({
			code: 'platform-with-own-card-data',
			fields: ['posture.currentForm', 'posture.paymentIntegration'],
			params: { currentForm: p.currentForm }
		});
	}
	if (p.paymentIntegration === 'platform-checkout') {
		out.push({ code: 'own-site-platform-checkout', fields: ['posture.paymentIntegration'] });
	}
	if (coverageOf(p.checklist, 'build-09') !== 'unmet' && RETAINS.includes(p.paymentIntegration)) {
		out.push({
			code: 'non-retention-answered-but-retains',
			fields: ['posture.checklist.answers.build-09', 'posture.paymentIntegration']
		});
	}
	if (p.iframeScriptControls !== 'none' && p.paymentIntegration !== 'iframe') {
		out.push({
			code: 'script-controls-without-iframe',
			fields: ['posture.iframeScriptControls', 'posture.paymentIntegration']
		});
	}
	// A measure priced in a form while the checklist says it is not there: the cost is left out (tco.ts charges
	// only what the answers put in place), and the answer or the price needs correcting.
	const selfRun = (['scratch', 'package', 'managed'] as const).filter(
		(f) => s.forms[f].enabled && (p.checklist.mode === 'new' || p.currentForm === null || p.currentForm === f)
	);
	for (const [item, requirement] of Object.entries(SECURITY_ITEM_REQUIREMENT)) {
		if (measurePaid(s, requirement)) continue;
		const priced = selfRun.filter((f) => {
			const sec = s.forms[f].security;
			return item === 'diagnosis'
				? sec.diagnosisPerRound > 0 && sec.diagnosisRoundsPerYear > 0
				: (sec[item as 'wafMonthly'] ?? 0) > 0;
		});
		if (priced.length === 0) continue;
		const costField = item === 'diagnosis' ? 'diagnosisPerRound' : item;
		out.push({
			code: 'measure-priced-but-not-in-place',
			fields: [
				`posture.checklist.answers.${requirement}`,
				...priced.map((f) => `forms.${f}.security.${costField}`)
			],
			params: {
				requirement,
				answer: (p.checklist.answers[requirement] ?? 'unanswered') as ChecklistAnswer,
				costField,
				forms: [...priced]
			}
		});
	}
	for (const id of Object.keys(p.checklist.vendor)) {
		if (p.checklist.answers[id] === 'outsourced') continue;
		out.push({
			code: 'vendor-conditions-without-outsourcing',
			fields: [`posture.checklist.vendor.${id}`, `posture.checklist.answers.${id}`],
			params: { requirement: id }
		});
	}
	if (p.checklist.mode === 'running' && p.currentForm === null) {
		out.push({
			code: 'running-without-current-form',
			fields: ['posture.checklist.mode', 'posture.currentForm']
		});
	}
	return out;
}
