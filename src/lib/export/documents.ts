/**
 * Documents rendered from the engine's results and data/: the security requirements specification for a vendor
 * (Japanese, for a request for quotation) and the IPA vulnerability-response readiness checklist. Markdown or
 * plain text; the model returns only ids and states (vendor-spec.ts, vuln-readiness.ts).
 * Their wording is in messages/results/{ja,en}.json (doc…); the documents are rendered in Japanese.
 */
import type { DataSet } from '../data/files';
import type { VendorSpec, VulnReadiness } from '../model';
import { m } from '../i18n';
import { requirementNumbers } from './labels';

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

/** The documents are in Japanese (for a Japanese vendor and the IPA checklist); their words are messages (doc…). */
const locale = 'ja';
const outline = () => m.docOutline({}, { locale });
const TO_ADD = {
	contract: () => m.docToAddContract({}, { locale }),
	monitoring: () => m.docToAddMonitoring({}, { locale })
};

export function vendorSpecDocument(data: DataSet, spec: VendorSpec, format: DocumentFormat): string {
	const byId = new Map(data['guideline-requirements.json'].requirements.map((r) => [r.id, r]));
	return render(
		format,
		m.docVendorSpecTitle({}, { locale }),
		[m.docVendorSpecIntro({ outline: outline() }, { locale })],
		spec.items.map((item) => {
			const r = byId.get(item.id)!;
			const refs = r.vendorSpec?.sources ?? [r.source];
			return {
				heading: requirementNumbers(r.phase, [r.no])[locale],
				lines: [
					m.docRequirement({ text: r.text[locale] }, { locale }),
					m.docContractTerms(
						{ terms: r.vendorSpec?.ja ?? m.docNoContractExample({}, { locale }) },
						{ locale }
					),
					m.docSources(
						{
							sources: refs
								.map((x) => m.docSourceRef({ outline: outline(), section: x.section }, { locale }))
								.join('／')
						},
						{ locale }
					),
					...item.toAdd.map((k) => m.docToAdd({ item: TO_ADD[k]() }, { locale }))
				]
			};
		})
	);
}

export function vulnReadinessDocument(data: DataSet, v: VulnReadiness, format: DocumentFormat): string {
	const list = data['guideline-requirements.json'].vulnResponseChecklist;
	return render(
		format,
		m.docVulnTitle({ ticked: `${v.ticked}`, total: `${v.total}` }, { locale }),
		[],
		list.stages.map((s) => {
			const done = new Set(v.stages.find((x) => x.id === s.id)?.done ?? []);
			return {
				heading: `${s.no}. ${s.name[locale]}`,
				lines: s.items.map(
					(i) =>
						`${done.has(i.id) ? '[x]' : '[ ]'} ${s.no}.(${i.no}) ${i[locale]}${i.siVendorCanAssist ? m.docVulnVendorCanAssist({}, { locale }) : ''}`
				)
			};
		})
	);
}
