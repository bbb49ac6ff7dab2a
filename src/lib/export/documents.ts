/**
 * Documents rendered from the engine's results and data/: the security requirements specification for a vendor
 * (Japanese, for a request for quotation) and the IPA vulnerability-response readiness checklist. Markdown or
 * plain text; the model returns only ids and states (vendor-spec.ts, vuln-readiness.ts).
 */
import type { DataSet } from '../data/files';
import type { VendorSpec, VulnReadiness } from '../model';

export type DocumentFormat = 'md' | 'txt';

/** Sections as a Markdown or plain-text document: a title, paragraphs, and headed lists. */
function render(
	format: DocumentFormat,
	title: string,
	intro: string[],
	sections: { heading: string; lines: string[] }[]
): string {
	const md = format === 'md';
	return [
		md ? `# ${title}` : title,
		'',
		...intro.flatMap((p) => [p, '']),
		...sections.flatMap((s) => [
			md ? `## ${s.heading}` : `■ ${s.heading}`,
			...(md ? [''] : []),
			...s.lines.map((l) => (md ? `- ${l}` : l)),
			''
		])
	].join('\n');
}

const OUTLINE_TITLE = 'IPA「EC加盟店サイトセキュリティガイドライン 骨子（案）」';
const TO_ADD = {
	contract: '契約書（構築契約・運用保守契約）にこの要件を盛り込むこと（未記載）',
	monitoring: '委託先の実施状況を選定時と運用中に定期的に確認する取り決めを設けること（未設定）'
};

export function vendorSpecDocument(data: DataSet, spec: VendorSpec, format: DocumentFormat): string {
	const byId = new Map(data['guideline-requirements.json'].requirements.map((r) => [r.id, r]));
	return render(
		format,
		'セキュリティ要件仕様書（外部委託分）',
		[
			`本仕様書は、${OUTLINE_TITLE}（2022年10月17日）の要件のうち、当社が外部委託で対応する項目を示す。受託者は各項目を満たし、実施状況を定期的に報告すること。`
		],
		spec.items.map((item) => {
			const r = byId.get(item.id)!;
			const refs = r.vendorSpec?.sources ?? [r.source];
			return {
				heading: `${r.phase === 'build' ? '構築時' : '運用時'}要件${r.no}`,
				lines: [
					`要件：${r.text.ja}`,
					`契約上の確認事項：${r.vendorSpec?.ja ?? '（骨子に契約文例なし。要件の内容を満たすこと）'}`,
					`出典：${refs.map((x) => `${OUTLINE_TITLE}${x.section}`).join('／')}`,
					...item.toAdd.map((k) => `追加が必要：${TO_ADD[k]}`)
				]
			};
		})
	);
}

export function vulnReadinessDocument(data: DataSet, v: VulnReadiness, format: DocumentFormat): string {
	const list = data['guideline-requirements.json'].vulnResponseChecklist;
	return render(
		format,
		`脆弱性対応の準備状況（IPA「ウェブサイト運営者のための脆弱性対応ガイド」付録チェックリスト）：${v.ticked}／${v.total}項目`,
		[],
		list.stages.map((s) => {
			const done = new Set(v.stages.find((x) => x.id === s.id)?.done ?? []);
			return {
				heading: `${s.no}. ${s.name.ja}`,
				lines: s.items.map(
					(i) =>
						`${done.has(i.id) ? '[x]' : '[ ]'} ${s.no}.(${i.no}) ${i.ja}${i.siVendorCanAssist ? '（SI事業者の支援可）' : ''}`
				)
			};
		})
	);
}
