import { describe, expect, it } from 'vitest';
import { SITE_FORMS } from '../data/forms';
import { analyse, type Analysis } from '../model/analyse';
import { NEW_SITE_VERDICTS, RUNNING_SITE_VERDICTS } from '../model/rules/checklist';
import {
	CHECKLIST_ANSWERS,
	CHECKLIST_MODES,
	NEW_SITE_ANSWERS,
	PAYMENT_INTEGRATIONS,
	RUNNING_SITE_ANSWERS,
	type Scenario
} from '../model/scenario';
import { MONTH_ITEMS, YEN_ITEMS } from '../model/severity';
import { data, params, scenarioWith } from '../model/test-helpers';
import { LABELS, requirementList, type LabelFamily } from './labels';
import { toCsv, toMarkdown } from './report';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const IDS = data['guideline-requirements.json'].requirements.map((r) => r.id);
const MANDATORY = data['guideline-requirements.json'].requirements.filter((r) => r.class === 'mandatory');
const all = (answer: string) => Object.fromEntries(IDS.map((id) => [id, answer]));
const small = (patch: Record<string, unknown>) =>
	scenarioWith({ ...patch, simulation: { trials: 1000, seed: 7 } });

/** Scenarios that between them reach every verdict, plan, card-rule status and exclusion kind. */
const SCENARIOS: Record<string, Scenario> = {
	'default (unanswered)': small({}),
	'all in house': small({ posture: { checklist: { answers: all('in-house') } } }),
	'all outsourced, no contract, one monitored': small({
		posture: {
			checklist: {
				answers: all('outsourced'),
				vendor: { 'build-01': { inContract: false, monitored: true } }
			}
		}
	}),
	'one mandatory not feasible, discounted': small({
		discountRate: 3,
		posture: { checklist: { answers: { ...all('in-house'), [MANDATORY[0]!.id]: 'not-feasible' } } }
	}),
	'running, all implemented': small({
		posture: { checklist: { mode: 'running', answers: all('implemented') }, currentForm: 'package' }
	}),
	'running, gaps on a package': small({
		posture: {
			checklist: {
				mode: 'running',
				answers: { ...all('implemented'), 'build-01': 'not-implemented', 'ops-03': 'not-implemented' }
			},
			currentForm: 'package'
		}
	}),
	'running, cannot fix, no current form': small({
		posture: {
			checklist: {
				mode: 'running',
				answers: { ...all('implemented'), 'ops-01': 'not-fixable', 'ops-02': 'unknown' }
			},
			currentForm: null
		}
	}),
	...Object.fromEntries(
		PAYMENT_INTEGRATIONS.map((p) => [
			`integration ${p}`,
			small({ posture: { paymentIntegration: p, checklist: { answers: all('in-house') } } })
		])
	)
};

const results: [string, Analysis][] = Object.entries(SCENARIOS).map(([name, s]) => [
	name,
	analyse(data, s, params, { whatIf: false })
]);

/** Every code, by family, that these results contain. */
function codesIn(r: Analysis): Record<LabelFamily, Set<string>> {
	const out = Object.fromEntries(Object.keys(LABELS).map((k) => [k, new Set<string>()])) as Record<
		LabelFamily,
		Set<string>
	>;
	const add = (family: LabelFamily, code: string | null | undefined) => {
		if (code !== null && code !== undefined) out[family].add(code);
	};
	for (const f of r.forms) {
		add('form', f.form);
		for (const item of Object.keys(f.risk.perIncident.items)) add('lossItem', item);
	}
	const rec = r.recommendation;
	add('form', rec.recommended);
	add('form', rec.runnerUp);
	add('basis', rec.basis);
	for (const e of rec.excluded) {
		add('form', e.form);
		add('exclusionKind', e.kind);
	}
	const c = r.checklist;
	add('mode', c.mode);
	add('verdict', c.verdict);
	for (const q of c.requirements) {
		add('answer', q.answer);
		add('coverage', q.coverage);
		for (const v of q.vendorMissing) add('vendorMissing', v);
	}
	for (const k of r.cardRules) {
		add('form', k.form);
		add('saq', k.saq.type);
		add('asvScan', k.asvScan);
		add('nonRetention', k.nonRetention.met ? 'met' : 'not-met');
		add('platformPci', k.platformPci?.status);
	}
	const m = r.stayOrMigrate;
	if (m) {
		add('form', m.current);
		for (const g of m.stopGaps) add('stopGap', g.id);
		for (const x of m.missing) add('fixKind', x.fix);
		for (const x of m.migrate) add('form', x.form);
		if (m.cheapest) add((SITE_FORMS as readonly string[]).includes(m.cheapest) ? 'form' : 'plan', m.cheapest);
	}
	return out;
}

describe('labels of the codes the CLI prints (issue 7, untranslated output)', () => {
	it('every label has Japanese and English text, and neither is the bare code', () => {
		for (const [family, table] of Object.entries(LABELS)) {
			for (const [code, label] of Object.entries(table as Record<string, { ja: string; en: string }>)) {
				const where = `${family}.${code}`;
				expect(label.ja, where).toMatch(JAPANESE);
				expect(label.en.trim(), where).not.toBe('');
				expect(label.en, where).not.toMatch(JAPANESE);
				expect(label.ja, where).not.toBe(code);
				expect(label.en, where).not.toBe(code);
			}
		}
	});

	it('every code of the model’s own lists has a label', () => {
		const lists: [LabelFamily, readonly string[]][] = [
			['form', SITE_FORMS],
			['mode', CHECKLIST_MODES],
			['answer', [...CHECKLIST_ANSWERS, ...NEW_SITE_ANSWERS, ...RUNNING_SITE_ANSWERS]],
			['verdict', [...NEW_SITE_VERDICTS, ...RUNNING_SITE_VERDICTS]],
			['lossItem', [...YEN_ITEMS, ...MONTH_ITEMS]]
		];
		for (const [family, codes] of lists) {
			const table = LABELS[family] as Record<string, unknown>;
			for (const code of codes) expect(table[code], `${family}.${code}`).toBeDefined();
		}
	});

	it('every code the results actually contain has a label (scenarios reaching each verdict and plan)', () => {
		const seen = Object.fromEntries(Object.keys(LABELS).map((k) => [k, new Set<string>()])) as Record<
			LabelFamily,
			Set<string>
		>;
		for (const [name, r] of results) {
			for (const [family, codes] of Object.entries(codesIn(r)) as [LabelFamily, Set<string>][]) {
				const table = LABELS[family] as Record<string, unknown>;
				for (const code of codes) {
					expect(table[code], `${name}: ${family}.${code}`).toBeDefined();
					seen[family].add(code);
				}
			}
		}
		// the sweep really reaches the codes it is meant to check
		expect([...seen.verdict].sort()).toEqual(
			[
				'continue',
				'do-not-self-build',
				'incomplete',
				'migrate-or-stop',
				'self-build-allowed',
				'self-build-with-conditions',
				'urgent'
			].sort()
		);
		expect(seen.basis.size).toBe(2);
		expect(seen.exclusionKind.size).toBe(2);
		expect(seen.coverage.size).toBe(3);
		expect(seen.vendorMissing.size).toBe(2);
		expect(seen.saq.size).toBeGreaterThanOrEqual(2);
		expect(seen.stopGap.size).toBe(2);
	});

	it('the Markdown shows labels, never the bare codes, and the CSV keeps ids beside label columns', () => {
		const bare = [
			...NEW_SITE_VERDICTS,
			...RUNNING_SITE_VERDICTS,
			'not-applicable',
			'stay-and-fix',
			'in-house',
			'not-feasible',
			'not-implemented',
			'not-fixable'
		].filter((code) => code.includes('-') || code.includes(' '));
		for (const [name, r] of results) {
			const md = toMarkdown(r, SCENARIOS[name]!, data);
			// the model's own sentences (reasons, contradictions, notes) are worded by the model; the rest is ours
			const ours = md
				.split('\n')
				.filter(
					(l) => !/^ {2}|^- (?!判定|除外|満たして|要確認|委託|応急|対策|現状|最も|次点|現在|.*へ移行)/.test(l)
				)
				.join('\n');
			for (const code of bare)
				expect(ours, `${name}: ${code}`).not.toMatch(new RegExp(`(^|[^\\w-])${code}($|[^\\w-])`));
			expect(md, name).not.toContain(`（${r.recommendation.basis}）`);
			expect(md, name).not.toMatch(/NaN|Infinity|undefined|null/);
			const csv = toCsv(r).trim().split('\n');
			expect(csv[0]!.split(',').slice(-3)).toEqual([
				'total_cost_is_lower_bound',
				'form_label_ja',
				'form_label_en'
			]);
			for (const row of csv.slice(1)) expect(SITE_FORMS).toContain(row.split(',')[0]);
		}
	});

	it('requirement lists are compact ranges in both languages', () => {
		expect(
			requirementList(data, ['build-01', 'build-02', 'build-03', 'build-05', 'ops-01', 'ops-02'])
		).toEqual({
			ja: '構築時要件1〜3・5・運用時要件1・2',
			en: 'build requirements 1–3, 5; operation requirements 1, 2'
		});
	});
});
