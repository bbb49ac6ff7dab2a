/**
 * Compliance in words, from real engine results: the checklist's gaps as the engine found them, the SAQ of each
 * form as the card rules gave it, and a vendor specification that names every outsourced requirement and every
 * requirement still to confirm.
 */
import { describe, expect, it } from 'vitest';
import { dataVersion, loadDataSet } from '$lib/data/load';
import { createEngine } from '$lib/model';
import { vendorSpecDocument } from '$lib/export/documents';
import { SAQ_LABELS } from '$lib/export/labels';
import { buildCompliance } from './compliance';
import type { DashboardInput } from './dashboard';
import { textSource } from './texts';

const data = loadDataSet();
const engine = createEngine(data, { dataVersion: dataVersion() });
const texts = textSource(data);
const KANA = /[\u3040-\u30ff]/;
const requirements = data['guideline-requirements.json'].requirements;

function phases(input: unknown): DashboardInput {
	const parsed = engine.parse(input);
	if (!parsed.ok) throw new Error('invalid');
	const scenario = parsed.scenario;
	return { scenario, expected: engine.expected(scenario), distribution: null, whatIf: null };
}

const FAST = { simulation: { trials: 2000, seed: 5 } };
const mixedAnswers = Object.fromEntries(
	requirements.map((r, i) => [r.id, (['outsourced', 'unknown', 'in-house'] as const)[i % 3]])
);
const mixed = phases({ ...FAST, posture: { checklist: { answers: mixedAnswers } } });
const inHouse = phases({
	...FAST,
	posture: {
		checklist: { answers: Object.fromEntries(requirements.map((r) => [r.id, 'in-house'])) },
		paymentIntegration: 'stored'
	}
});

describe('compliance view', () => {
	it('gives each form the SAQ the card rules gave it', () => {
		for (const input of [mixed, inHouse])
			for (const locale of ['ja', 'en'] as const) {
				const v = buildCompliance(input, texts, locale);
				expect(v.cardRules.map((r) => r.form)).toEqual(input.expected.cardRules.map((k) => k.form));
				for (const row of v.cardRules) {
					const k = input.expected.cardRules.find((x) => x.form === row.form)!;
					expect(row.saqType).toBe(k.saq.type);
					expect(row.saq).toBe(SAQ_LABELS[k.saq.type][locale]);
					expect(row.nonRetentionMet).toBe(k.nonRetention.met);
				}
				if (input === inHouse) expect(v.cardRules.find((r) => r.form === 'scratch')!.saqType).toBe('D');
				expect(v.levels.length).toBe(input.expected.cardRules[0]!.levels.length);
				expect(v.measures.length).toBeGreaterThan(0);
			}
	});

	it('lists the checklist’s gaps as the engine found them', () => {
		const c = mixed.expected.checklist;
		const v = buildCompliance(mixed, texts, 'ja');
		expect(v.verdict.code).toBe(c.verdict);
		expect(v.verdict.tone).toBe('pending');
		// more than three items read as one compact line (構築時要件1〜3・5…), fewer item by item
		const shown = (n: number) => (n > 3 ? 1 : n);
		expect(v.toConfirm.length).toBe(shown(c.toConfirm.length));
		expect(v.toConfirm.length).toBeGreaterThan(0);
		expect(v.mandatoryUnmet.length).toBe(shown(c.mandatoryUnmet.length));
		if (c.mandatoryUnmet.length > 3) expect(v.mandatoryUnmet[0]).toMatch(/構築時要件|運用時要件/);
		expect(v.vendorConditionsMissing.length).toBe(c.vendorConditionsMissing.length);
		expect(v.openPatterns.length).toBe(c.openPatterns.length);
		expect(v.themes.length).toBe(c.themes.length);
		const done = buildCompliance(inHouse, texts, 'ja');
		expect(done.toConfirm).toEqual([]);
		expect(done.verdict.tone).toBe('ok');
	});

	it('writes a vendor specification naming the outsourced requirements and those to confirm', () => {
		const v = buildCompliance(mixed, texts, 'en');
		const md = v.vendorSpec.markdown;
		expect(md.startsWith(vendorSpecDocument(data, mixed.expected.vendorSpec, 'md').trimEnd())).toBe(true);
		const byId = new Map(requirements.map((r) => [r.id, r]));
		for (const id of mixed.expected.checklist.toConfirm) expect(md).toContain(byId.get(id)!.text.ja);
		for (const item of mixed.expected.vendorSpec.items) expect(md).toContain(byId.get(item.id)!.text.ja);
		expect(v.vendorSpec.fileName).toBe('vendor-specification.md');
		expect(buildCompliance(mixed, texts, 'ja').vendorSpec.fileName).toBe('委託先向け仕様書.md');
		expect(v.vendorSpec.count).toBe(
			mixed.expected.vendorSpec.items.length + mixed.expected.checklist.toConfirm.length
		);
		// nothing to confirm: the document is the specification as it is
		const done = buildCompliance(inHouse, texts, 'ja');
		expect(done.vendorSpec.markdown).toBe(vendorSpecDocument(data, inHouse.expected.vendorSpec, 'md'));
	});

	it('words everything in the page’s language (the vendor specification is Japanese)', () => {
		for (const input of [mixed, inHouse]) {
			const en = buildCompliance(input, texts, 'en');
			expect(JSON.stringify({ ...en, vendorSpec: { ...en.vendorSpec, markdown: '' } })).not.toMatch(KANA);
			expect(JSON.stringify(buildCompliance(input, texts, 'ja'))).toMatch(KANA);
		}
	});
});
