/**
 * Text renderings of the results for the CLI: CSV (one row per form and year, machine-readable, whole yen) and
 * Markdown (a summary a person can paste into a memo). Rounding to whole yen happens here, at presentation.
 */
import type { Analysis } from '../lib/model/analyse';
import type { Results } from '../lib/model/evaluate';
import type { Scenario } from '../lib/model/scenario';

const FORM_NAMES: Record<string, string> = {
	scratch: 'フルスクラッチ / Full scratch',
	package: 'パッケージ（自社運用） / Package, self-hosted',
	managed: 'パッケージ＋保守付きホスティング / Package, managed host',
	saas: 'SaaS',
	mall: 'モール / Mall'
};

const yen = (x: number) => Math.round(x).toString();
const jpy = (x: number) => `${Math.round(x).toLocaleString('ja-JP')}円`;
const pct = (p: number) => `${(p * 100).toPrecision(2)}%`;

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
		'p_loss_exceeds_gross_profit'
	];
	const rows = r.forms.flatMap((f) =>
		f.cost.years.map((y, i) =>
			[
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
				f.risk.annual[i]!.probabilityLossExceedsGrossProfit.toExponential(3)
			].join(',')
		)
	);
	return [head.join(','), ...rows].join('\n') + '\n';
}

export function toMarkdown(r: Analysis, s: Scenario): string {
	const lines = [
		`# ec-tco 比較結果 / comparison (${s.horizonYears}年 / years, seed ${r.seed}, ${r.trials} draws)`,
		'',
		'| 形態 / form | 総コスト / total cost | 事故損失の期待値 / expected incident loss | リスク調整後 / risk-adjusted | 期間中に事故が起きる確率 / P(incident in horizon) | 1件あたり期待損失 / expected loss per incident | 1年目 P99.9 / year-1 P99.9 |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const f of r.forms) {
		lines.push(
			`| ${FORM_NAMES[f.form]} | ${jpy(f.cost.total)} | ${jpy(f.risk.horizon.expected)} | ${jpy(f.riskAdjusted.total)} | ${pct(f.risk.probabilityOfIncident.horizon)} | ${jpy(f.risk.perIncident.expected)} | ${jpy(f.risk.year1.p999)} |`
		);
	}
	const rec = r.recommendation;
	lines.push('', '## 推奨 / recommendation', '');
	if (rec.recommended) {
		lines.push(`**${FORM_NAMES[rec.recommended]}**（${rec.basis}）`, '');
		for (const reason of rec.reasons) lines.push(`- ${reason.ja}`, `  ${reason.en}`);
	} else lines.push('推奨できる形態がありません / no form can be recommended.');
	for (const e of rec.excluded)
		lines.push(`- 除外 / excluded: ${FORM_NAMES[e.form]} — ${e.rule.ja}（${e.source.section}）`);
	for (const w of rec.warnings) lines.push(`- 注意 / caution: ${w.ja} / ${w.en}`);
	if (r.breakEven && rec.recommended && rec.runnerUp) {
		const be = r.breakEven;
		const at = (x: number | null) => (x === null ? '—' : jpy(x));
		lines.push(
			'',
			'### 損益分岐 / break-even',
			'',
			`- 次点（${FORM_NAMES[rec.runnerUp]}）が逆転する年間EC売上 / revenue at which the runner-up wins: 下側 below ${at(be.revenue.below)}, 上側 above ${at(be.revenue.above)}（現在 current ${jpy(be.revenue.current)}）`,
			`- 推奨形態の漏えい発生率が何倍になれば逆転するか / breach-rate factor for the runner-up to win: ${be.rate.recommendedFactor === null ? '逆転しない / never' : `${be.rate.recommendedFactor.toFixed(1)}倍（年${pct(be.rate.recommendedRate ?? 0)}）`}`
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
			const sw = row.switches.map((x) => `${x.value.toPrecision(3)} → ${x.to ?? '—'}`).join('; ') || '—';
			lines.push(
				`| ${row.label.ja} | ${row.low.toPrecision(3)} | ${row.high.toPrecision(3)} | ${row.recommendedAtLow ?? '—'}, ${row.recommendedAtHigh ?? '—'} | ${sw} |`
			);
		}
	}
	const c = r.checklist;
	lines.push(
		'',
		`## チェックリスト / checklist (${c.mode})`,
		'',
		`- 判定 / verdict: ${c.verdict} — ${c.rule.text.ja}`
	);
	if (c.mandatoryUnmet.length)
		lines.push(`- 未対応の必須要件 / mandatory unmet: ${c.mandatoryUnmet.join(', ')}`);
	if (c.toConfirm.length) lines.push(`- 要確認 / to confirm: ${c.toConfirm.join(', ')}`);
	lines.push(
		'',
		'## カード決済のルール / card rules',
		'',
		'| 形態 / form | SAQ | ASV | 非保持化 / non-retention |',
		'| --- | --- | --- | --- |'
	);
	for (const k of r.cardRules)
		lines.push(
			`| ${FORM_NAMES[k.form]} | ${k.saq.type} | ${k.asvScan} | ${k.nonRetention.met ? '○' : '×'} |`
		);
	if (r.stayOrMigrate) {
		const m = r.stayOrMigrate;
		lines.push('', '## 継続か移行か / stay or migrate (第二部 第3章)', '');
		for (const g of m.stopGaps)
			lines.push(`- 応急処置 / stop-gap: ${g.label.ja} 年${jpy(g.annual.low)}〜${jpy(g.annual.high)}`);
		for (const x of m.missing)
			lines.push(
				`- 未実装 / missing: ${x.id} — ${x.fixCost === null ? '費用不明 / cost unknown' : jpy(x.fixCost)}`
			);
		lines.push(
			`- 現状のまま / as is: ${jpy(m.stayAsIs)}`,
			`- 対策して継続 / stay and fix: ${jpy(m.stayAndFix)}`
		);
		for (const x of m.migrate)
			lines.push(
				`- 移行 / migrate to ${FORM_NAMES[x.form]}: ${jpy(x.riskAdjusted)}（初期 one-off ${jpy(x.oneOff)}）`
			);
		lines.push(
			`- 最も低い / cheapest: ${m.cheapest === 'stay-and-fix' ? '対策して継続 / stay and fix' : FORM_NAMES[m.cheapest]}`
		);
	}
	if (r.contradictions.length) {
		lines.push('', '## 矛盾する回答 / contradictory answers', '');
		for (const x of r.contradictions) lines.push(`- ${x.ja} / ${x.en} (${x.fields.join(', ')})`);
	}
	const notes = r.forms.flatMap((f) => f.cost.messages.map((m) => `- ${f.form}: ${m.ja} / ${m.en}`));
	if (notes.length) lines.push('', '## 注記 / notes', '', ...notes);
	return lines.join('\n') + '\n';
}
