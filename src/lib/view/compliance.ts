/**
 * Compliance in words: the checklist's verdict and gaps (mandatory requirements unmet, what to confirm with the
 * vendor, vendor conditions missing, IPA incident patterns still open, ECOM themes), the card rules per form
 * (PCI DSS SAQ, ASV scan, merchant level per brand, 非保持化, EMV 3-D Secure, the Installment Sales Act measures
 * and the EC merchant security checklist items, texts by id from data/card-rules.json), and the vendor
 * specification as a ready Markdown document (documents.ts, with the requirements still to confirm appended so a
 * vendor can answer them in the same reply).
 */
import type { SiteForm } from '../model';
import {
	ASV_LABELS,
	MODE_LABELS,
	NON_RETENTION_LABELS,
	PLATFORM_PCI_LABELS,
	SAQ_LABELS,
	VENDOR_MISSING_LABELS,
	VERDICT_LABELS,
	requirementList,
	requirementName
} from '../export/labels';
import { requirementNumbers } from '../export/labels';
import { vendorSpecDocument } from '../export/documents';
import { asOfDate, integer, list } from '../format';
import { m, type Locale } from '../i18n';
import { formName, shortName, type TextSource } from './texts';
import type { DashboardInput } from './dashboard';

export type VerdictTone = 'ok' | 'caution' | 'bad' | 'pending';

export interface CardRuleRowView {
	form: SiteForm;
	name: string;
	saq: string;
	saqType: string;
	asv: string;
	nonRetention: string;
	nonRetentionMet: boolean;
	emv3ds: string;
	platformPci: string | null;
}

export interface ComplianceView {
	locale: Locale;
	checklistTitle: string;
	verdict: { code: string; text: string; rule: string; tone: VerdictTone };
	mandatoryUnmet: string[];
	toConfirm: string[];
	vendorConditionsMissing: string[];
	openPatterns: string[];
	themes: { text: string; unmet: string | null; complete: boolean }[];
	cardRules: CardRuleRowView[];
	/** merchant level per brand (the same for every form: it depends on transactions) */
	levels: string[];
	/** Installment Sales Act measures that apply, each marked with the forms it applies to when not all */
	measures: string[];
	checklistItems: string[];
	vendorSpec: {
		fileName: string;
		markdown: string;
		outsourced: string;
		confirm: string;
		/** requirements the document covers (outsourced + to confirm) */
		count: number;
	};
}

const TONE: Record<string, VerdictTone> = {
	incomplete: 'pending',
	'self-build-allowed': 'ok',
	continue: 'ok',
	'self-build-with-conditions': 'caution',
	urgent: 'caution',
	'do-not-self-build': 'bad',
	'migrate-or-stop': 'bad'
};

/** Items that apply to some forms: each once, with the forms when not every form has it. */
function union(
	locale: Locale,
	forms: readonly SiteForm[],
	byForm: readonly { form: SiteForm; ids: string[] }[],
	text: (id: string) => string
): string[] {
	const order: string[] = [];
	const where = new Map<string, SiteForm[]>();
	for (const f of byForm)
		for (const id of f.ids) {
			if (!where.has(id)) {
				where.set(id, []);
				order.push(id);
			}
			where.get(id)!.push(f.form);
		}
	return order.map((id) => {
		const fs = where.get(id)!;
		return fs.length === forms.length
			? text(id)
			: m.complianceOnlyFor(
					{
						item: text(id),
						forms: list(
							fs.map((f) => shortName(f, locale)),
							locale
						)
					},
					{ locale }
				);
	});
}

/** The vendor specification (documents.ts, Japanese) with the requirements still to confirm appended. */
export function vendorSpecMarkdown(input: DashboardInput, texts: TextSource): string {
	const ja = { locale: 'ja' as const };
	const data = texts.data;
	const spec = vendorSpecDocument(data, input.expected.vendorSpec, 'md');
	const byId = new Map(data['guideline-requirements.json'].requirements.map((r) => [r.id, r]));
	const confirm = input.expected.checklist.toConfirm.flatMap((id) => {
		const r = byId.get(id);
		return r ? [r] : [];
	});
	if (confirm.length === 0) return spec;
	return [
		spec.trimEnd(),
		'',
		`## ${m.complianceDocConfirmHeading({}, ja)}`,
		'',
		m.complianceDocConfirmLead({}, ja),
		'',
		...confirm.map(
			(r) =>
				`- ${m.complianceDocConfirmItem({ requirement: requirementNumbers(r.phase, [r.no]).ja, text: r.text.ja }, ja)}`
		),
		''
	].join('\n');
}

export function buildCompliance(input: DashboardInput, texts: TextSource, locale: Locale): ComplianceView {
	const o = { locale };
	const data = texts.data;
	const e = input.expected;
	const c = e.checklist;
	const names = (ids: readonly string[]) => ids.map((id) => requirementName(data, id)[locale]);
	const compact = (ids: readonly string[]) => requirementList(data, ids)[locale];

	const cardData = data['card-rules.json'];
	const measureText = new Map(cardData.japan.guidelineMeasures.map((x) => [x.id, x.text]));
	const checklistItem = new Map(cardData.japan.securityChecklist.items.map((x) => [x.id, x]));
	const brandName = new Map<string, { ja: string; en: string }>(
		cardData.merchantLevels.brands.map((b) => [b.id, b.name])
	);
	const forms = e.cardRules.map((k) => k.form);

	const cardRules: CardRuleRowView[] = e.cardRules.map((k) => ({
		form: k.form,
		name: formName(k.form, locale),
		saq: SAQ_LABELS[k.saq.type][locale],
		saqType: k.saq.type,
		asv: ASV_LABELS[k.asvScan][locale],
		nonRetention: NON_RETENTION_LABELS[k.nonRetention.met ? 'met' : 'not-met'][locale],
		nonRetentionMet: k.nonRetention.met,
		emv3ds: m.complianceEmvRequired(
			{ deadline: m.reasonMonthEnd({ month: asOfDate(k.emv3ds.deadline.slice(0, 7), locale) }, o) },
			o
		),
		platformPci: k.platformPci ? PLATFORM_PCI_LABELS[k.platformPci.status][locale] : null
	}));

	const levels = (e.cardRules[0]?.levels ?? []).map((l) => {
		const params = {
			brand: brandName.get(l.brand)?.[locale] ?? l.brand,
			level: l.level,
			transactions: integer(l.transactions, locale)
		};
		return l.estimated ? m.complianceBrandLevelEstimated(params, o) : m.complianceBrandLevel(params, o);
	});

	const outsourced = e.vendorSpec.items.length;
	const markdown = vendorSpecMarkdown(input, texts);

	return {
		locale,
		checklistTitle: m.complianceChecklistTitle({ mode: MODE_LABELS[c.mode][locale] }, o),
		verdict: {
			code: c.verdict,
			text: m.complianceVerdict({ verdict: VERDICT_LABELS[c.verdict][locale] }, o),
			rule: c.rule.text[locale],
			tone: TONE[c.verdict] ?? 'pending'
		},
		// a long list in one compact line (構築時要件1〜14・運用時要件1〜4), a short one item by item
		mandatoryUnmet: c.mandatoryUnmet.length > 3 ? [compact(c.mandatoryUnmet)] : names(c.mandatoryUnmet),
		toConfirm: c.toConfirm.length > 3 ? [compact(c.toConfirm)] : names(c.toConfirm),
		vendorConditionsMissing: c.requirements
			.filter((q) => q.vendorMissing.length > 0)
			.map((q) =>
				m.complianceVendorMissingItem(
					{
						requirement: requirementName(data, q.id)[locale],
						missing: list(
							q.vendorMissing.map((v) => VENDOR_MISSING_LABELS[v][locale]),
							locale
						)
					},
					o
				)
			),
		openPatterns: c.openPatterns.map((p) =>
			m.complianceOpenPatternItem({ name: p.name[locale], requirements: compact(p.unmetRequirements) }, o)
		),
		themes: c.themes.map((t) => {
			const unmet = t.requirements.filter((r) => !r.met).map((r) => r.id);
			return {
				text: m.complianceThemeItem(
					{
						no: t.no,
						name: t.name[locale],
						met: t.requirements.length - unmet.length,
						total: t.requirements.length
					},
					o
				),
				unmet: unmet.length ? m.complianceThemeUnmet({ requirements: compact(unmet) }, o) : null,
				complete: unmet.length === 0
			};
		}),
		cardRules,
		levels,
		measures: union(
			locale,
			forms,
			e.cardRules.map((k) => ({ form: k.form, ids: k.measures.map((x) => x.id) })),
			(id) => measureText.get(id)?.[locale] ?? id
		),
		checklistItems: union(
			locale,
			forms,
			e.cardRules.map((k) => ({ form: k.form, ids: k.checklistItems.map((x) => x.id) })),
			(id) => {
				const item = checklistItem.get(id);
				return item
					? item.no === undefined
						? item.title[locale]
						: m.complianceChecklistItem({ no: item.no, title: item.title[locale] }, o)
					: id;
			}
		),
		vendorSpec: {
			fileName: m.complianceSpecFile({}, o),
			markdown,
			outsourced: m.complianceSpecOutsourced({ count: outsourced }, o),
			confirm: m.complianceSpecConfirm({ count: c.toConfirm.length }, o),
			count: outsourced + c.toConfirm.length
		}
	};
}
