/**
 * The security requirements specification for a vendor (the outline's 構築契約 / 保守契約 items), as data:
 * exactly the requirements the merchant marked 外部委託 (outsourced), each with the outline's conditions still to
 * put in place (written into the contract, the vendor's work checked: 第二部 第2章 2.(2) 後段, 2.(3), 3.). The
 * document itself (Japanese, Markdown or plain text) is rendered from data by src/lib/export/documents.ts.
 */
import type { DataSet } from '../../data/files';
import type { Scenario } from '../scenario';

export interface VendorSpecItem {
	/** requirement id of data/guideline-requirements.json */
	id: string;
	/** the outline's conditions still to put in place for this item */
	toAdd: ('contract' | 'monitoring')[];
}

export interface VendorSpec {
	requirements: string[];
	items: VendorSpecItem[];
}

export function vendorSpecification(data: DataSet, s: Scenario): VendorSpec {
	const { answers, vendor } = s.posture.checklist;
	const items = data['guideline-requirements.json'].requirements
		.filter((r) => answers[r.id] === 'outsourced')
		.map((r) => ({
			id: r.id,
			toAdd: [
				...(vendor[r.id]?.inContract ? [] : ['contract' as const]),
				...(vendor[r.id]?.monitored ? [] : ['monitoring' as const])
			]
		}));
	return { requirements: items.map((i) => i.id), items };
}
