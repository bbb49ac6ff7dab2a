/**
 * Text renderings of the results for the CLI: CSV (one row per form and year, machine-readable, whole yen) and
 * Markdown (a summary a person can paste into a memo). Rounding to whole yen happens here, at presentation.
 *
 * Languages. Every code the Markdown shows (forms, verdicts, answers, the recommendation's basis, card-rule
 * statuses, plans, loss items) goes through the one label table in labels.ts and is written in Japanese and
 * English ("ja / en"); ids appear only beside a name, in parentheses (requirement ids, for cross-reference).
 * The report's own headings and phrases are messages too (report-words.ts, from messages/results/{ja,en}.json);
 * this file only lays them out side by side and formats the numbers.
 *
 * CSV choice: the columns a program reads stay as they were — `form` keeps the form id, the headers are
 * snake_case English identifiers, amounts are plain whole yen with no separators — and human-readable
 * columns are appended at the end, so existing readers that go by position or by header keep working:
 * `total_cost_is_lower_bound` (true when unknown items are left out of the total: the total is "X円以上"),
 * `form_label_ja` and `form_label_en`. Fields are quoted per RFC 4180 where needed (the English labels contain
 * commas). A number that is not finite is never printed: the cell is left empty (the engine's property tests
 * keep this from happening).
 */
import type { DataSet } from '../data/files';
import { MONTH_ITEMS, YEN_ITEMS } from '../model/constants';
import type { Analysis, Results, Scenario } from '../model';
import { yen as formatYen } from '../format';
import { REPORT_WORDS as W, reportItemCount, reportMandatoryItemsNotMet } from './report-words';
import { contradictionText, leverText, messageText, reasonText, ruleText, warningText } from './words';
import {
	ANSWER_LABELS,
	ASV_LABELS,
	BASIS_LABELS,
	COVERAGE_LABELS,
	EXCLUSION_KIND_LABELS,
	FIX_KIND_LABELS,
	FIX_NOTES,
	STOP_GAP_LABELS,
	fieldName,
	FORM_LABELS,
	LOSS_ITEM_LABELS,
	MODE_LABELS,
	NON_RETENTION_LABELS,
	planLabel,
	PLATFORM_PCI_LABELS,
	requirementList,
	requirementName,
	SAQ_LABELS,
	TERMS,
	VENDOR_MISSING_LABELS,
	VERDICT_LABELS,
	type Label
} from './labels';

const both = (l: Label) => `${l.ja} / ${l.en}`;
/** rows the sensitivity table shows (its heading says "top 8") */
const SENSITIVITY_ROWS = 8;
/** "3 件 / 3 items" */
const itemCount = (count: number) => both(reportItemCount(count));
/** "満たしていない必須要件 / mandatory item(s) not met" */
const mandatoryItemsNotMet = (count: number) => both(reportMandatoryItemsNotMet(count));
/** a table's heading row and its alignment row */
const tableHead = (columns: (Label | string)[], align: string) => [
	`| ${columns.map((c) => (typeof c === 'string' ? c : both(c))).join(' | ')} |`,
	align
];
const formName = (form: string | null) => (form ? both(FORM_LABELS[form as keyof typeof FORM_LABELS]) : '—');

const yen = (x: number) => (Number.isFinite(x) ? Math.round(x).toString() : '');
const jpy = (x: number) => (Number.isFinite(x) ? formatYen(x, 'ja') : '—');
const enYen = (x: number) => (Number.isFinite(x) ? formatYen(x, 'en') : '—');
/** a total that leaves out unknown items: "≥ 1,234円" (explained under the table) */
const atLeast = (x: number, lowerBound: boolean) => `${lowerBound ? '≥ ' : ''}${jpy(x)}`;
const pct = (p: number) => (Number.isFinite(p) ? `${(p * 100).toPrecision(2)}%` : '—');

/** RFC 4180: quote a field holding a comma, a quote or a line break. */
const csvField = (v: string | number | boolean) => {
	const text = String(v);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(r: Results): string {
	const head = [
		'form',
		'year',
		'revenue_yen',
		'initial_yen',
		'platform_fees_yen',
		'hosting_maintenance_yen',
		'payment_fees_yen',
		'sales_linked_fees_yen',
		'security_ops_yen',
		'card_compliance_yen',
		'insurance_yen',
		'total_cost_yen',
		'expected_incident_loss_yen',
		'risk_adjusted_yen',
		'p_loss_exceeds_gross_profit',
		'total_cost_is_lower_bound',
		'form_label_ja',
		'form_label_en'
	];
	const rows = r.forms.flatMap((f) =>
		f.cost.years.map((y, i) => {
			const p = f.risk.annual[i]!.probabilityLossExceedsGrossProfit;
			return [
				f.form,
				y.year,
				yen(y.revenue),
				yen(y.initial),
				yen(y.platformFees),
				yen(y.hostingMaintenance),
				yen(y.paymentFees),
				yen(y.salesLinkedFees),
				yen(y.securityOps),
				yen(y.cardCompliance),
				yen(y.insurance),
				yen(y.total),
				yen(f.risk.expectedAnnualLoss.byYear[i]!),
				yen(f.riskAdjusted.byYear[i]!),
				Number.isFinite(p) ? p.toExponential(3) : '',
				f.cost.lowerBound,
				FORM_LABELS[f.form].ja,
				FORM_LABELS[f.form].en
			]
				.map(csvField)
				.join(',');
		})
	);
	return [head.join(','), ...rows].join('\n') + '\n';
}

export function toMarkdown(r: Analysis, s: Scenario, data: DataSet): string {
	const req = (id: string) => both(requirementName(data, id));
	const list = (ids: readonly string[]) => both(requirementList(data, ids));
	const lines = [
		`# ${both(W.title)} (${s.horizonYears}${W.yearsUnit.ja} / ${W.yearsUnit.en}, ${W.seed.ja} ${W.seed.en} ${r.meta.seed}, ${W.draws.ja} ${r.meta.trials} ${W.draws.en})`,
		'',
		...tableHead(
			[
				W.colForm,
				W.colTotalCost,
				W.colExpectedLoss,
				W.colRiskAdjusted,
				W.colIncidentProbability,
				W.colLossPerIncident,
				W.colYear1P999
			],
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
		)
	];
	for (const f of r.forms) {
		const lb = f.cost.lowerBound;
		lines.push(
			`| ${formName(f.form)} | ${atLeast(f.cost.total, lb)} | ${jpy(f.risk.horizon.expected)} | ${atLeast(f.riskAdjusted.total, lb)} | ${pct(f.risk.probabilityOfIncident.horizon)} | ${jpy(f.risk.perIncident.expected)} | ${jpy(f.risk.year1.p999)} |`
		);
	}
	const lowerBounds = r.forms.filter((f) => f.cost.lowerBound);
	if (lowerBounds.length) {
		lines.push('', `≥ ${TERMS.lowerBoundNote.ja} / ${TERMS.lowerBoundNote.en}:`);
		for (const f of lowerBounds) {
			const items = f.cost.unknownItems.map(fieldName);
			lines.push(
				`- ${formName(f.form)}: ${items.map((i) => i.ja).join('、')} / ${items.map((i) => i.en).join(', ')}`
			);
		}
	}

	if (r.forms.length) {
		lines.push(
			'',
			`### ${both(W.lossBreakdown)}`,
			'',
			...tableHead(
				[W.colItem, ...r.forms.map((f) => formName(f.form))],
				`| --- |${r.forms.map(() => ' ---: |').join('')}`
			)
		);
		for (const item of [...YEN_ITEMS, ...MONTH_ITEMS]) {
			lines.push(
				`| ${both(LOSS_ITEM_LABELS[item])} | ${r.forms.map((f) => jpy(f.risk.perIncident.items[item])).join(' | ')} |`
			);
		}
	}

	const rec = r.recommendation;
	lines.push('', `## ${both(W.recommendation)}`, '');
	if (rec.recommended) {
		lines.push(`**${formName(rec.recommended)}**（${both(BASIS_LABELS[rec.basis])}）`, '');
		for (const reason of rec.reasons) {
			const t = reasonText(data, reason);
			lines.push(`- ${t.ja}`, `  ${t.en}`);
		}
	} else lines.push(both(W.noRecommendation));
	if (rec.runnerUp) lines.push(`- ${both(W.runnerUp)}: ${formName(rec.runnerUp)}`);
	for (const e of rec.excluded) {
		const which = e.requirements?.length ? `（${list(e.requirements)}）` : '';
		lines.push(
			`- ${both(W.excluded)}: ${formName(e.form)} — ${both(EXCLUSION_KIND_LABELS[e.kind])}${which}`,
			`  ${both(ruleText(data, e.rule))}（${e.source.section}）`
		);
	}
	for (const w of rec.warnings)
		lines.push(`- ${both(W.caution)}: ${both(warningText(data, w, r.cardRules))}`);
	if (r.breakEven && rec.recommended && rec.runnerUp) {
		const be = r.breakEven;
		const at = (x: number | null) => (x === null ? '—' : jpy(x));
		lines.push(
			'',
			`### ${both(W.breakEven)}`,
			'',
			`- ${W.runnerUp.ja}（${formName(rec.runnerUp)}）${W.breakEvenRevenue.ja} / ${W.breakEvenRevenue.en}: ${W.below.ja} ${W.below.en} ${at(be.revenue.below)}, ${W.above.ja} ${W.above.en} ${at(be.revenue.above)}（${W.current.ja} ${W.current.en} ${jpy(be.revenue.current)}）`,
			`- ${both(W.breakEvenRate)}: ${be.rate.recommendedFactor === null ? both(TERMS.never) : `${be.rate.recommendedFactor.toFixed(1)}${W.times.ja} / ${W.times.en}（${W.perYear.ja} ${W.perYear.en} ${pct(be.rate.recommendedRate ?? 0)}）`}`
		);
	}
	if (r.sensitivity) {
		lines.push(
			'',
			`### ${both(W.sensitivity)}`,
			'',
			...tableHead(
				[W.colAssumption, W.colLow, W.colHigh, W.colRecommendedLowHigh, W.colSwitchAt],
				'| --- | ---: | ---: | --- | --- |'
			)
		);
		for (const row of r.sensitivity.slice(0, SENSITIVITY_ROWS)) {
			const sw = row.switches.map((x) => `${x.value.toPrecision(3)} → ${formName(x.to)}`).join('; ') || '—';
			lines.push(
				`| ${both(leverText(data, row.id))} | ${row.low.toPrecision(3)} | ${row.high.toPrecision(3)} | ${formName(row.recommendedAtLow)}, ${formName(row.recommendedAtHigh)} | ${sw} |`
			);
		}
	}

	const c = r.checklist;
	const verdict = VERDICT_LABELS[c.verdict];
	const count = c.verdict === 'incomplete' ? `（${itemCount(c.mandatoryToConfirm.length)}）` : '';
	lines.push(
		'',
		`## ${both(W.checklist)}: ${both(MODE_LABELS[c.mode])}`,
		'',
		`- ${both(W.verdict)}: **${verdict.ja}${count} / ${verdict.en}**`,
		`  ${c.rule.text.ja} / ${c.rule.text.en}`
	);
	if (c.mandatoryUnmet.length) lines.push(`- ${both(W.mandatoryNotMet)}: ${list(c.mandatoryUnmet)}`);
	if (c.toConfirm.length) lines.push(`- ${both(W.toConfirm)}: ${list(c.toConfirm)}`);
	if (c.vendorConditionsMissing.length)
		lines.push(`- ${both(W.vendorConditionsMissing)}: ${list(c.vendorConditionsMissing)}`);
	lines.push(
		'',
		...tableHead(
			[W.colRequirement, W.colMandatory, W.colAnswer, W.colCoverage, W.colVendorConditions],
			'| --- | --- | --- | --- | --- |'
		)
	);
	for (const q of c.requirements) {
		const missing = q.vendorMissing.map((v) => VENDOR_MISSING_LABELS[v]);
		lines.push(
			`| ${req(q.id)} | ${both(q.mandatory ? W.colMandatory : W.recommended)} | ${both(ANSWER_LABELS[q.answer])} | ${both(COVERAGE_LABELS[q.coverage])} | ${missing.length ? `${missing.map((v) => v.ja).join('、')} / ${missing.map((v) => v.en).join(', ')}` : '—'} |`
		);
	}

	lines.push(
		'',
		`## ${both(W.cardRules)}`,
		'',
		...tableHead(
			[W.colForm, 'SAQ', W.colAsvScan, W.colNonRetention, W.colPlatformPci],
			'| --- | --- | --- | --- | --- |'
		)
	);
	for (const k of r.cardRules) {
		lines.push(
			`| ${formName(k.form)} | ${both(SAQ_LABELS[k.saq.type])} | ${both(ASV_LABELS[k.asvScan])} | ${both(NON_RETENTION_LABELS[k.nonRetention.met ? 'met' : 'not-met'])} | ${k.platformPci ? both(PLATFORM_PCI_LABELS[k.platformPci.status]) : '—'} |`
		);
	}

	if (r.stayOrMigrate) {
		const sm = r.stayOrMigrate;
		const amount = (x: number | null, lowerBound = false) =>
			x === null
				? both(TERMS.unknownCost)
				: lowerBound
					? `${jpy(x)}${TERMS.lowerBound.ja} / ${enYen(x)} ${TERMS.lowerBound.en}`
					: jpy(x);
		lines.push(
			'',
			`## ${both(W.stayOrMigrate)} (${both(W.stayOrMigrateSource)})`,
			'',
			`- ${both(W.currentForm)}: ${formName(sm.current)}`
		);
		for (const g of sm.stopGaps) {
			const cost =
				g.annual === null
					? both(TERMS.unknownCost)
					: g.annual.low === g.annual.high
						? `${W.perYear.ja} ${jpy(g.annual.low)} / ${W.perYear.en}`
						: `${W.perYear.ja} ${jpy(g.annual.low)}〜${jpy(g.annual.high)} / ${W.perYear.en}`;
			lines.push(`- ${both(W.stopGap)}: ${both(STOP_GAP_LABELS[g.id])} — ${cost}（${req(g.requirement)}）`);
		}
		// one-off fixes one by one (each has its price); recurring items and quotes grouped, their note once
		for (const x of sm.missing.filter((i) => i.fix === 'one-off')) {
			lines.push(
				`- ${mandatoryItemsNotMet(1)}: ${req(x.id)} — ${both(FIX_KIND_LABELS[x.fix])}: ${x.fixCost === null ? both(TERMS.unknownCost) : jpy(x.fixCost)}`,
				`  ${both(FIX_NOTES[x.fix])}`
			);
		}
		for (const kind of ['recurring', 'quote'] as const) {
			const items = sm.missing.filter((i) => i.fix === kind);
			if (!items.length) continue;
			lines.push(
				`- ${mandatoryItemsNotMet(items.length)}: ${list(items.map((i) => i.id))} — ${both(FIX_KIND_LABELS[kind])}`,
				`  ${both(FIX_NOTES[kind])}`
			);
		}
		if (sm.cannotFix.length) lines.push(`- ${both(W.cannotFix)}: ${list(sm.cannotFix)}`);
		lines.push(
			`- ${both(W.monthsUntilFixed)}: ${sm.remediationMonths}${W.monthsUnit.ja} / ${W.monthsUnit.en}`
		);
		if (sm.current) {
			lines.push(
				`- ${both(planLabel('stay-as-is'))}: ${amount(sm.stayAsIs)}`,
				`- ${both(planLabel('stay-and-fix'))}: ${sm.cannotFix.length ? both(TERMS.notAnOption) : amount(sm.stayAndFix, sm.stayAndFixLowerBound)}`
			);
		}
		for (const x of sm.migrate) {
			lines.push(
				`- ${both(planLabel(x.form))}: ${amount(x.riskAdjusted, x.lowerBound)}（${both(W.oneOff)} ${jpy(x.oneOff)}）`
			);
		}
		lines.push(`- ${both(W.cheapest)}: ${sm.cheapest === null ? '—' : both(planLabel(sm.cheapest))}`);
	}
	if (r.contradictions.length) {
		lines.push('', `## ${both(W.contradictions)}`, '');
		for (const x of r.contradictions) {
			const fields = x.fields.map(fieldName);
			lines.push(
				`- ${both(contradictionText(x))}（${fields.map((f) => f.ja).join('、')} / ${fields.map((f) => f.en).join(', ')}）`
			);
		}
	}
	const notes = [
		...r.messages.map((msg) => `- ${both(messageText(msg))}`),
		...r.forms.flatMap((f) =>
			f.cost.messages.map((msg) => {
				const t = messageText(msg);
				return `- ${FORM_LABELS[f.form].ja}: ${t.ja} / ${FORM_LABELS[f.form].en}: ${t.en}`;
			})
		)
	];
	if (notes.length) lines.push('', `## ${both(W.notes)}`, '', ...notes);
	return lines.join('\n') + '\n';
}
