/**
 * The IPA vulnerability-response readiness checklist (ウェブサイト運営者のための脆弱性対応ガイド, 付録: 6 stages)
 * as an appendix for a running site: which items the user ticked, what is left per stage, and an export in
 * Markdown and plain text (Japanese) to hand to the team or the vendor.
 */
import type { Text } from '../../data/figure';
import type { DataSet } from '../../data/files';

export interface VulnReadiness {
	total: number;
	ticked: number;
	stages: {
		id: string;
		no: number;
		name: Text;
		done: string[];
		open: { id: string; ja: string; vendorCanAssist: boolean }[];
	}[];
	unknownTicks: string[];
	markdown: string;
	text: string;
}

export function vulnReadiness(data: DataSet, ticks: readonly string[]): VulnReadiness {
	const list = data['guideline-requirements.json'].vulnResponseChecklist;
	const set = new Set(ticks);
	const known = new Set(list.stages.flatMap((s) => s.items.map((i) => i.id)));
	const stages = list.stages.map((s) => ({
		id: s.id,
		no: s.no,
		name: s.name,
		done: s.items.filter((i) => set.has(i.id)).map((i) => i.id),
		open: s.items
			.filter((i) => !set.has(i.id))
			.map((i) => ({ id: i.id, ja: i.ja, vendorCanAssist: i.siVendorCanAssist }))
	}));
	const total = known.size;
	const ticked = [...set].filter((t) => known.has(t)).length;
	const head = `脆弱性対応の準備状況（IPA「ウェブサイト運営者のための脆弱性対応ガイド」付録チェックリスト）：${ticked}／${total}項目`;
	const line = (s: (typeof list.stages)[number], i: (typeof s.items)[number]) =>
		`${set.has(i.id) ? '[x]' : '[ ]'} ${s.no}.(${i.no}) ${i.ja}${i.siVendorCanAssist ? '（SI事業者の支援可）' : ''}`;
	const markdown = [
		`# ${head}`,
		'',
		...list.stages.flatMap((s) => [
			`## ${s.no}. ${s.name.ja}`,
			'',
			...s.items.map((i) => `- ${line(s, i)}`),
			''
		])
	].join('\n');
	const text = [
		head,
		'',
		...list.stages.flatMap((s) => [`■ ${s.no}. ${s.name.ja}`, ...s.items.map((i) => line(s, i)), ''])
	].join('\n');
	return { total, ticked, stages, unknownTicks: ticks.filter((t) => !known.has(t)), markdown, text };
}
