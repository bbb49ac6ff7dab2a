/**
 * The IPA vulnerability-response readiness checklist (ウェブサイト運営者のための脆弱性対応ガイド, 付録: 6 stages)
 * as an appendix for a running site, as data: which items the user ticked and what is left per stage (item ids of
 * data/guideline-requirements.json vulnResponseChecklist). src/lib/export/documents.ts renders the document.
 */
import type { DataSet } from '../../data/files';

export interface VulnReadiness {
	total: number;
	ticked: number;
	stages: { id: string; no: number; done: string[]; open: string[] }[];
	unknownTicks: string[];
}

export function vulnReadiness(data: DataSet, ticks: readonly string[]): VulnReadiness {
	const list = data['guideline-requirements.json'].vulnResponseChecklist;
	const set = new Set(ticks);
	const known = new Set(list.stages.flatMap((s) => s.items.map((i) => i.id)));
	return {
		total: known.size,
		ticked: [...set].filter((t) => known.has(t)).length,
		stages: list.stages.map((s) => ({
			id: s.id,
			no: s.no,
			done: s.items.filter((i) => set.has(i.id)).map((i) => i.id),
			open: s.items.filter((i) => !set.has(i.id)).map((i) => i.id)
		})),
		unknownTicks: ticks.filter((t) => !known.has(t))
	};
}
