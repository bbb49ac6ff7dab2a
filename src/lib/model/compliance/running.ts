/**
 * A running site with gaps (IPA outline 第二部 第3章 2.): stop-gap measures now (WAF and cyber insurance, with
 * their cost), the missing items with what fixing them costs where a price is known, and a side-by-side of
 * "stay and fix" against "migrate to SaaS / mall" in risk-adjusted total cost over the horizon. Staying treats
 * the current site's initial build as sunk (not counted again) and counts the known fix costs in year 1 with the
 * gaps closed; migrating counts the target's initial set-up as the one-off migration cost.
 */
import type { Text } from '../../data/figure';
import type { DataSet } from '../../data/files';
import { PLATFORM_FORMS, type SiteForm } from '../../data/forms';
import { evaluate } from '../evaluate';
import type { RiskParams } from '../params';
import type { Scenario } from '../scenario';
import { toBase } from '../units';
import type { ChecklistResult } from './checklist';

export interface StopGap {
	id: 'waf' | 'cyber-insurance';
	requirement: string;
	label: Text;
	/** yen a year: low and high where the source gives a range */
	annual: { low: number; high: number };
	source: { id: string; section: string };
}

export interface StayOrMigrate {
	current: SiteForm;
	stopGaps: StopGap[];
	missing: { id: string; fixCost: number | null; note: Text }[];
	stayAsIs: number;
	stayAndFix: number;
	migrate: { form: SiteForm; riskAdjusted: number; oneOff: number }[];
	cheapest: 'stay-and-fix' | SiteForm;
}

/**
 * For a running site, the current form's initial build is already paid: counted as sunk (zero) wherever the
 * current form is costed, so staying is compared fairly with moving.
 */
export function withSunkBuild(s: Scenario): Scenario {
	const current = s.posture.currentForm;
	if (s.posture.checklist.mode !== 'running' || !current || PLATFORM_FORMS.includes(current)) return s;
	return {
		...s,
		forms: { ...s.forms, [current]: { ...s.forms[current], initialBuild: 0, initialSecurity: 0 } }
	};
}

export function stayOrMigrate(
	data: DataSet,
	s: Scenario,
	params: RiskParams,
	checklist: ChecklistResult
): StayOrMigrate | null {
	const current = s.posture.currentForm;
	if (
		checklist.mode !== 'running' ||
		checklist.verdict !== 'urgent' ||
		!current ||
		PLATFORM_FORMS.includes(current)
	)
		return null;
	const sc = data['security-costs.json'];
	const stopGaps: StopGap[] = [];
	const waf = sc.outlineItems.find((i) => i.id === 'waf')!.figure;
	if (waf.low !== undefined && waf.high !== undefined && waf.source) {
		stopGaps.push({
			id: 'waf',
			requirement: 'ops-05',
			label: waf.label,
			annual: { low: toBase(waf.low, waf.unit) * 12, high: toBase(waf.high, waf.unit) * 12 },
			source: { id: waf.source.id, section: waf.source.section }
		});
	}
	const premium = sc.marketPrices
		.find((c) => c.id === 'insurance')
		?.items.find((i) => i.id === 'sompo-retail-500m')?.figures;
	const [p1, p2] = [premium?.[0], premium?.[1]];
	if (p1 && p2 && typeof p1.value === 'number' && typeof p2.value === 'number' && p1.source) {
		stopGaps.push({
			id: 'cyber-insurance',
			requirement: 'ops-06',
			label: { ja: 'サイバー保険（年間保険料）', en: 'Cyber insurance (annual premium)' },
			annual: { low: p1.value, high: p2.value },
			source: { id: p1.source.id, section: p1.source.section }
		});
	}
	const form = s.forms[current as 'scratch' | 'package' | 'managed'];
	const diagnosis = form.security.diagnosisPerRound;
	const missing = checklist.mandatoryUnmet.map((id) => ({
		id,
		fixCost: id === 'ops-03' || id === 'build-01' ? diagnosis : null,
		note:
			id === 'ops-03' || id === 'build-01'
				? {
						ja: '脆弱性診断1回分の費用（シナリオの値）。',
						en: 'One vulnerability assessment (the scenario’s price).'
					}
				: {
						ja: '修正費用は骨子に示されていない。委託先の見積りを入れる。',
						en: 'The outline gives no fix cost: get a quote from the vendor.'
					}
	}));
	const known = missing.reduce((a, m) => a + (m.fixCost ?? 0), 0);
	const only = (f: SiteForm[], patch: (x: Scenario) => Scenario = (x) => x) => {
		const forms = { ...s.forms };
		for (const k of Object.keys(forms) as SiteForm[])
			forms[k] = { ...forms[k], enabled: f.includes(k) } as never;
		return evaluate(data, patch({ ...s, forms }), params);
	};
	const sunk = withSunkBuild;
	const total = (r: ReturnType<typeof evaluate>, f: SiteForm) =>
		r.forms.find((x) => x.form === f)!.riskAdjusted.total;
	const stayAsIs = total(only([current], sunk), current);
	const fixed = (x: Scenario): Scenario => {
		const answers = { ...x.posture.checklist.answers };
		for (const id of checklist.mandatoryUnmet) answers[id] = 'implemented';
		const y = sunk(x);
		return {
			...y,
			posture: { ...y.posture, checklist: { ...y.posture.checklist, answers } },
			forms: { ...y.forms, [current]: { ...y.forms[current], initialSecurity: known } }
		};
	};
	const stayAndFix = total(only([current], fixed), current);
	const targets = PLATFORM_FORMS.filter((f) => s.forms[f].enabled);
	const migrated = targets.length ? only(targets) : null;
	const migrate = targets.map((f) => {
		const r = migrated!.forms.find((x) => x.form === f)!;
		return { form: f, riskAdjusted: r.riskAdjusted.total, oneOff: r.cost.years[0]!.initial };
	});
	const best = [...migrate].sort((a, b) => a.riskAdjusted - b.riskAdjusted)[0];
	return {
		current,
		stopGaps,
		missing,
		stayAsIs,
		stayAndFix,
		migrate,
		cheapest: best && best.riskAdjusted < stayAndFix ? best.form : 'stay-and-fix'
	};
}
