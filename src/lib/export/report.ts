/**
 * Text renderings of the results for the CLI: CSV (one row per form and year, machine-readable, whole yen) and
 * Markdown (a summary a person can paste into a memo). Rounding to whole yen happens here, at presentation.
 *
 * Languages. Every code the Markdown shows (forms, verdicts, answers, the recommendation's basis, card-rule
 * statuses, plans, loss items) goes through the one label table in labels.ts and is written in Japanese and
 * English ("ja / en"); ids appear only beside a name, in parentheses (requirement ids, for cross-reference).
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
import { MONTH_ITEMS, YEN_ITEMS } from '../model';
import type { Analysis, Results, Scenario } from '../model';
import { yen as formatYen } from '../format';
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
		`# ec-tco 比較結果 / comparison (${s.horizonYears}年 / years, シード seed ${r.seed}, 試行 ${r.trials} draws)`,
		'',
		'| 形態 / form | 総コスト / total cost | 事故損失の期待値 / expected incident loss | リスク調整後 / risk-adjusted | 期間中に事故が起きる確率 / P(incident in horizon) | 1件あたり期待損失 / expected loss per incident | 1年目 P99.9 / year-1 P99.9 |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
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
			'### 1件あたりの期待損失の内訳（1年目） / expected loss per incident by item (year 1)',
			'',
			`| 項目 / item | ${r.forms.map((f) => formName(f.form)).join(' | ')} |`,
			`| --- |${r.forms.map(() => ' ---: |').join('')}`
		);
		for (const item of [...YEN_ITEMS, ...MONTH_ITEMS]) {
			lines.push(
				`| ${both(LOSS_ITEM_LABELS[item])} | ${r.forms.map((f) => jpy(f.risk.perIncident.items[item])).join(' | ')} |`
			);
		}
	}

	const rec = r.recommendation;
	lines.push('', '## 推奨 / recommendation', '');
	if (rec.recommended) {
		lines.push(`**${formName(rec.recommended)}**（${both(BASIS_LABELS[rec.basis])}）`, '');
		for (const reason of rec.reasons) {
			const t = reasonText(data, reason);
			lines.push(`- ${t.ja}`, `  ${t.en}`);
		}
	} else lines.push('推奨できる形態がありません / no form can be recommended.');
	if (rec.runnerUp) lines.push(`- 次点 / runner-up: ${formName(rec.runnerUp)}`);
	for (const e of rec.excluded) {
		const which = e.requirements?.length ? `（${list(e.requirements)}）` : '';
		lines.push(
			`- 除外 / excluded: ${formName(e.form)} — ${both(EXCLUSION_KIND_LABELS[e.kind])}${which}`,
			`  ${both(ruleText(data, e.rule))}（${e.source.section}）`
		);
	}
	for (const w of rec.warnings) lines.push(`- 注意 / caution: ${both(warningText(data, w, r.cardRules))}`);
	if (r.breakEven && rec.recommended && rec.runnerUp) {
		const be = r.breakEven;
		const at = (x: number | null) => (x === null ? '—' : jpy(x));
		lines.push(
			'',
			'### 損益分岐 / break-even',
			'',
			`- 次点（${formName(rec.runnerUp)}）が逆転する年間EC売上 / revenue at which the runner-up wins: 下側 below ${at(be.revenue.below)}, 上側 above ${at(be.revenue.above)}（現在 current ${jpy(be.revenue.current)}）`,
			`- 推奨形態の漏えい発生率が何倍になれば逆転するか / breach-rate factor for the runner-up to win: ${be.rate.recommendedFactor === null ? both(TERMS.never) : `${be.rate.recommendedFactor.toFixed(1)}倍 / times（年 a year ${pct(be.rate.recommendedRate ?? 0)}）`}`
		);
	}
	if (r.sensitivity) {
		lines.push(
			'',
			'### 感度分析 / sensitivity (top 8)',
			'',
			'| 前提 / assumption | 低 / low | 高 / high | 推奨（低・高） / recommended (low, high) | 変化する値 / switch at |',
			'| --- | ---: | ---: | --- | --- |'
		);
		for (const row of r.sensitivity.slice(0, 8)) {
			const sw = row.switches.map((x) => `${x.value.toPrecision(3)} → ${formName(x.to)}`).join('; ') || '—';
			lines.push(
				`| ${both(leverText(data, row.id))} | ${row.low.toPrecision(3)} | ${row.high.toPrecision(3)} | ${formName(row.recommendedAtLow)}, ${formName(row.recommendedAtHigh)} | ${sw} |`
			);
		}
	}

	const c = r.checklist;
	const verdict = VERDICT_LABELS[c.verdict];
	const count =
		c.verdict === 'incomplete'
			? `（${c.mandatoryToConfirm.length} 件 / ${c.mandatoryToConfirm.length} items）`
			: '';
	lines.push(
		'',
		`## チェックリスト / checklist: ${both(MODE_LABELS[c.mode])}`,
		'',
		`- 判定 / verdict: **${verdict.ja}${count} / ${verdict.en}**`,
		`  ${c.rule.text.ja} / ${c.rule.text.en}`
	);
	if (c.mandatoryUnmet.length)
		lines.push(`- 満たしていない必須要件 / mandatory not met: ${list(c.mandatoryUnmet)}`);
	if (c.toConfirm.length) lines.push(`- 要確認（未回答・分からない） / to confirm: ${list(c.toConfirm)}`);
	if (c.vendorConditionsMissing.length)
		lines.push(`- 委託の条件が未整備 / outsourcing conditions missing: ${list(c.vendorConditionsMissing)}`);
	lines.push(
		'',
		'| 要件 / requirement | 必須 / mandatory | 回答 / answer | 充足 / coverage | 委託の条件 / outsourcing conditions |',
		'| --- | --- | --- | --- | --- |'
	);
	for (const q of c.requirements) {
		const missing = q.vendorMissing.map((m) => VENDOR_MISSING_LABELS[m]);
		lines.push(
			`| ${req(q.id)} | ${q.mandatory ? '必須 / mandatory' : '推奨 / recommended'} | ${both(ANSWER_LABELS[q.answer])} | ${both(COVERAGE_LABELS[q.coverage])} | ${missing.length ? `${missing.map((m) => m.ja).join('、')} / ${missing.map((m) => m.en).join(', ')}` : '—'} |`
		);
	}

	lines.push(
		'',
		'## カード決済のルール / card rules',
		'',
		'| 形態 / form | SAQ | ASV スキャン / ASV scan | 非保持化 / non-retention | プラットフォームの PCI DSS / platform PCI DSS |',
		'| --- | --- | --- | --- | --- |'
	);
	for (const k of r.cardRules) {
		lines.push(
			`| ${formName(k.form)} | ${both(SAQ_LABELS[k.saq.type])} | ${both(ASV_LABELS[k.asvScan])} | ${both(NON_RETENTION_LABELS[k.nonRetention.met ? 'met' : 'not-met'])} | ${k.platformPci ? both(PLATFORM_PCI_LABELS[k.platformPci.status]) : '—'} |`
		);
	}

	if (r.stayOrMigrate) {
		const m = r.stayOrMigrate;
		const amount = (x: number | null, lowerBound = false) =>
			x === null
				? both(TERMS.unknownCost)
				: lowerBound
					? `${jpy(x)}${TERMS.lowerBound.ja} / ${enYen(x)} ${TERMS.lowerBound.en}`
					: jpy(x);
		lines.push(
			'',
			'## 継続か移行か / stay or migrate (IPA骨子 第二部 第3章 / IPA outline, part 2 ch. 3)',
			'',
			`- 現在の形態 / current form: ${formName(m.current)}`
		);
		for (const g of m.stopGaps) {
			const cost =
				g.annual === null
					? both(TERMS.unknownCost)
					: g.annual.low === g.annual.high
						? `年 ${jpy(g.annual.low)} / a year`
						: `年 ${jpy(g.annual.low)}〜${jpy(g.annual.high)} / a year`;
			lines.push(`- 応急処置 / stop-gap: ${both(STOP_GAP_LABELS[g.id])} — ${cost}（${req(g.requirement)}）`);
		}
		// one-off fixes one by one (each has its price); recurring items and quotes grouped, their note once
		for (const x of m.missing.filter((i) => i.fix === 'one-off')) {
			lines.push(
				`- 満たしていない必須要件 / mandatory item not met: ${req(x.id)} — ${both(FIX_KIND_LABELS[x.fix])}: ${x.fixCost === null ? both(TERMS.unknownCost) : jpy(x.fixCost)}`,
				`  ${both(FIX_NOTES[x.fix])}`
			);
		}
		for (const kind of ['recurring', 'quote'] as const) {
			const items = m.missing.filter((i) => i.fix === kind);
			if (!items.length) continue;
			lines.push(
				`- 満たしていない必須要件 / mandatory items not met: ${list(items.map((i) => i.id))} — ${both(FIX_KIND_LABELS[kind])}`,
				`  ${both(FIX_NOTES[kind])}`
			);
		}
		if (m.cannotFix.length) lines.push(`- 対策できない必須要件 / cannot be fixed: ${list(m.cannotFix)}`);
		lines.push(`- 対策完了までの期間 / months until fixed: ${m.remediationMonths}か月 / months`);
		if (m.current) {
			lines.push(
				`- ${both(planLabel('stay-as-is'))}: ${amount(m.stayAsIs)}`,
				`- ${both(planLabel('stay-and-fix'))}: ${m.cannotFix.length ? both(TERMS.notAnOption) : amount(m.stayAndFix, m.stayAndFixLowerBound)}`
			);
		}
		for (const x of m.migrate) {
			lines.push(
				`- ${both(planLabel(x.form))}: ${amount(x.riskAdjusted, x.lowerBound)}（初期 / one-off ${jpy(x.oneOff)}）`
			);
		}
		lines.push(`- 最も低い / cheapest: ${m.cheapest === null ? '—' : both(planLabel(m.cheapest))}`);
	}
	if (r.contradictions.length) {
		lines.push('', '## 矛盾する回答 / contradictory answers', '');
		for (const x of r.contradictions) {
			const fields = x.fields.map(fieldName);
			lines.push(
				`- ${both(contradictionText(x))}（${fields.map((f) => f.ja).join('、')} / ${fields.map((f) => f.en).join(', ')}）`
			);
		}
	}
	const notes = [
		...r.messages.map((m) => `- ${both(messageText(m))}`),
		...r.forms.flatMap((f) =>
			f.cost.messages.map((m) => {
				const t = messageText(m);
				return `- ${FORM_LABELS[f.form].ja}: ${t.ja} / ${FORM_LABELS[f.form].en}: ${t.en}`;
			})
		)
	];
	if (notes.length) lines.push('', '## 注記 / notes', '', ...notes);
	return lines.join('\n') + '\n';
}
