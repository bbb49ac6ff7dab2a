/**
 * The security requirements specification for a vendor (the outline's 構築契約 / 保守契約 items): the text of
 * exactly the requirements the merchant marked 外部委託 (outsourced), in Japanese, as Markdown and as plain text,
 * ready to attach to a request for quotation. Requirements the outline gives no contract wording for are still
 * listed, with the requirement's own text, so nothing outsourced is dropped. Items not yet written into the
 * contract, or whose vendor work is not yet checked, say what to add (the outline's two conditions, 第二部 第2章
 * 2.(2) 後段, 2.(3), 3.).
 */
import type { DataSet } from '../../data/files';
import type { Scenario } from '../scenario';

export interface VendorSpecItem {
	id: string;
	title: string;
	requirement: string;
	contract: string | null;
	sources: string[];
	/** the outline's conditions still to put in place for this item */
	toAdd: ('contract' | 'monitoring')[];
}

export interface VendorSpec {
	requirements: string[];
	items: VendorSpecItem[];
	markdown: string;
	text: string;
}

export function vendorSpecification(data: DataSet, s: Scenario): VendorSpec {
	const g = data['guideline-requirements.json'];
	const items: VendorSpecItem[] = g.requirements
		.filter((r) => s.posture.checklist.answers[r.id] === 'outsourced')
		.map((r) => {
			const phase = r.phase === 'build' ? '構築時' : '運用時';
			const refs = r.vendorSpec?.sources ?? [r.source];
			return {
				id: r.id,
				title: `${phase}要件${r.no}`,
				requirement: r.text.ja,
				contract: r.vendorSpec?.ja ?? null,
				toAdd: [
					...(s.posture.checklist.vendor[r.id]?.inContract ? [] : ['contract' as const]),
					...(s.posture.checklist.vendor[r.id]?.monitored ? [] : ['monitoring' as const])
				],
				sources: refs.map((x) => `IPA「EC加盟店サイトセキュリティガイドライン 骨子（案）」${x.section}`)
			};
		});
	const TO_ADD = {
		contract: '契約書（構築契約・運用保守契約）にこの要件を盛り込むこと（未記載）',
		monitoring: '委託先の実施状況を選定時と運用中に定期的に確認する取り決めを設けること（未設定）'
	};
	const todo = (i: VendorSpecItem) => i.toAdd.map((k) => TO_ADD[k]);
	const heading = 'セキュリティ要件仕様書（外部委託分）';
	const intro =
		'本仕様書は、IPA「EC加盟店サイトセキュリティガイドライン 骨子（案）」（2022年10月17日）の要件のうち、当社が外部委託で対応する項目を示す。受託者は各項目を満たし、実施状況を定期的に報告すること。';
	const md = [
		`# ${heading}`,
		'',
		intro,
		'',
		...items.flatMap((i) => [
			`## ${i.title}`,
			'',
			`- 要件：${i.requirement}`,
			`- 契約上の確認事項：${i.contract ?? '（骨子に契約文例なし。要件の内容を満たすこと）'}`,
			`- 出典：${i.sources.join('／')}`,
			...todo(i).map((t) => `- 追加が必要：${t}`),
			''
		])
	].join('\n');
	const text = [
		heading,
		'',
		intro,
		'',
		...items.flatMap((i) => [
			`■ ${i.title}`,
			`要件：${i.requirement}`,
			`契約上の確認事項：${i.contract ?? '（骨子に契約文例なし。要件の内容を満たすこと）'}`,
			`出典：${i.sources.join('／')}`,
			...todo(i).map((t) => `追加が必要：${t}`),
			''
		])
	].join('\n');
	return { requirements: items.map((i) => i.id), items, markdown: md, text };
}
