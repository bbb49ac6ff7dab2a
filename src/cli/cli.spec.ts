import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';

const dir = mkdtempSync(join(tmpdir(), 'ec-tco-cli-'));
/** The real CLI in a child process (exit code, streams, no stack trace). */
const cli = (...args: string[]) => {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
};
/** The same entry point in process (faster; the same code path after argv). */
const run = (...args: string[]) => {
	let out = '';
	let err = '';
	const code = main(args, { out: (t) => void (out += t), err: (t) => void (err += t) });
	return { code, out, err };
};
const file = (name: string, content: string) => {
	const p = join(dir, name);
	writeFileSync(p, content);
	return p;
};
const SMALL = JSON.stringify({ simulation: { trials: 1000 } });
/** A bad-input run: exit 2, a message, and nothing a user should not see. */
const rejects = (r: { code: number | null; out: string; err: string }) => {
	expect(r.code, r.err).toBe(2);
	expect(r.out).toBe('');
	expect(r.err).toMatch(/^シナリオに不正な値があります \/ the scenario has invalid fields/);
	expect(r.err).not.toMatch(/internal error|at .*\.ts:\d+|RangeError|Infinity|NaN/);
	return r.err;
};

describe('the CLI', () => {
	it('defaults prints the default scenario, and evaluate reads it back (JSON, every form by id)', () => {
		const d = cli('defaults');
		expect(d.code).toBe(0);
		const scenario = JSON.parse(d.out);
		expect(scenario.version).toBe(2);
		const r = cli('evaluate', file('default.json', d.out), '--trials', '2000', '--seed', '7');
		expect(r.code, r.err).toBe(0);
		const out = JSON.parse(r.out);
		expect(out.results.forms.map((f: { form: string }) => f.form)).toEqual([
			'scratch',
			'package',
			'managed',
			'saas',
			'mall'
		]);
		expect(out.results.meta.seed).toBe(7);
		expect(out.results.meta.trials).toBe(2000);
		expect(out.results.meta.dataVersion).toMatch(/^data-[0-9a-f]{16}$/);
		// nothing is assumed about the merchant's security until they answer
		expect(out.results.posture.checklist.answers['build-01']).toBe('unanswered');
		expect(out.results.forms[0].cost.years).toHaveLength(5);
	});

	it('prints CSV (ids kept, label columns appended, quoted) and Markdown (labels, not ids)', () => {
		const p = file('small.json', SMALL);
		const csv = run('evaluate', p, '--format', 'csv');
		expect(csv.code, csv.err).toBe(0);
		const [head, ...rows] = csv.out.trim().split('\n');
		expect(head).toMatch(/^form,year,revenue_yen,/);
		expect(head).toMatch(/,total_cost_is_lower_bound,form_label_ja,form_label_en$/);
		expect(rows).toHaveLength(5 * 5);
		expect(rows[0]).toMatch(/^scratch,1,\d+,/);
		expect(rows[0]).toMatch(/,(true|false),フルスクラッチ（自社構築）,Full-scratch build \(self-built\)$/);
		expect(rows.find((r) => r.startsWith('package,'))).toMatch(/,"EC package, self-hosted"$/);
		expect(csv.out).not.toMatch(/NaN|Infinity/);
		const md = run('evaluate', p, '--format=md');
		expect(md.code, md.err).toBe(0);
		expect(md.out).toMatch(/\| フルスクラッチ（自社構築） \/ Full-scratch build \(self-built\) \|/);
		expect(md.out).toMatch(
			/判定 \/ verdict: \*\*未完了（未回答・分からない必須要件があり判定できない）（\d+ 件 \/ \d+ items） \/ Incomplete/
		);
		expect(md.out).toMatch(
			/\| 構築時要件1（build-01） \/ build requirement 1 \(build-01\) \| 必須 \/ mandatory \| 未回答 \/ Not answered \|/
		);
		expect(md.out).toMatch(
			/リスク調整後総コスト（期間合計）が最小 \/ lowest risk-adjusted total cost over the horizon/
		);
		// raw codes of the results never stand alone in the text
		for (const code of [
			'self-build-allowed',
			'do-not-self-build',
			'not-applicable',
			'risk-adjusted total)',
			'stay-and-fix',
			'(new)'
		])
			expect(md.out, code).not.toContain(code);
		expect(md.out).not.toMatch(/NaN|Infinity|undefined/);
	});

	it('evaluate includes the checklist, card rules, recommendation, break-even and sensitivity', () => {
		const r = run('evaluate', file('analysis.json', SMALL));
		expect(r.code, r.err).toBe(0);
		const out = JSON.parse(r.out);
		expect(out.results.recommendation.recommended).toBeTruthy();
		expect(out.results.recommendation.reasons.length).toBeGreaterThanOrEqual(3);
		// the default checklist is unanswered: no verdict yet, and no self-built form recommended on it
		expect(out.results.checklist.verdict).toBe('incomplete');
		expect(['scratch', 'package']).not.toContain(out.results.recommendation.recommended);
		expect(out.results.cardRules.map((c: { saq: { type: string } }) => c.saq.type)).toContain('A');
		expect(out.results.breakEven).not.toBeNull();
		expect(out.results.sensitivity.length).toBeGreaterThan(5);
	});

	it('exports the vendor specification and the vulnerability-response checklist', () => {
		const p = file(
			'vendor.json',
			JSON.stringify({
				posture: { checklist: { answers: { 'build-01': 'in-house', 'build-02': 'outsourced' } } }
			})
		);
		const spec = run('vendor-spec', p);
		expect(spec.code, spec.err).toBe(0);
		expect(spec.out).toMatch(/^# セキュリティ要件仕様書/);
		expect(spec.out).not.toContain('## 構築時要件1\n');
		expect(run('vendor-spec', p, '--format', 'txt').out).toContain('■ 構築時要件2');
		expect(run('vuln-checklist', p).out).toMatch(/^# 脆弱性対応の準備状況/);
	});

	it('schema prints the JSON Schema with defaults and labels', () => {
		const s = JSON.parse(run('schema').out);
		expect(s.properties.business.properties.annualRevenue.default).toBe(30_000_000);
		expect(s.properties.business.properties.annualRevenue.label.ja).toBe('EC売上高（年間）');
	});

	it('invalid input exits 2 naming each bad field, in Japanese then English, with no stack trace', () => {
		const r = cli(
			'evaluate',
			file('bad.json', JSON.stringify({ business: { cardShare: 120, grossMargin: 'high' } }))
		);
		const err = rejects(r);
		const lines = err.split('\n');
		const ja = lines.filter((l) => l.includes('期待する値')).join('\n');
		const en = lines.filter((l) => l.includes('; given')).join('\n');
		expect(err.indexOf(ja)).toBeLessThan(err.indexOf(en));
		expect(ja).toMatch(/business\.cardShare（カード決済の割合）: 期待する値 100 以下の数値／入力値 120/);
		expect(ja).toMatch(/business\.grossMargin（粗利率）: 期待する値 数値／入力値 "high"/);
		expect(ja).not.toMatch(/expected|given/);
		expect(en).toMatch(/business\.cardShare \(Share of card payments\): expected a number <= 100; given 120/);
		expect(en).toMatch(/business\.grossMargin/);
	});

	it('unreadable files, bad JSON and bad options exit 2 with the path or the option', () => {
		const missing = run('evaluate', join(dir, 'missing.json'));
		expect(missing.code).toBe(2);
		expect(missing.err).toContain(join(dir, 'missing.json'));
		const broken = run('evaluate', file('broken.json', '{ not json'));
		expect(broken.code).toBe(2);
		expect(broken.err).toMatch(/not valid JSON/);
		expect(run('evaluate', file('ok.json', '{}'), '--trials', 'many').err).toMatch(
			/--trials expects a whole number/
		);
		expect(run('frobnicate').code).toBe(2);
	});
});

describe('the CLI on bad input (issue 7): exit 2, a short clear message, never a crash', () => {
	it('a UTF-8 BOM at the start of a scenario file is accepted', () => {
		const r = run('evaluate', file('bom.json', `\uFEFF${SMALL}`), '--format', 'csv');
		expect(r.code, r.err).toBe(0);
		expect(r.out).toMatch(/^form,year/);
	});

	it('a file holding null, a number, a string or a list is rejected ("a JSON object" expected), with or without --trials', () => {
		for (const text of ['null', '5', '"x"', '[]', '[{"business":{}}]', 'true']) {
			for (const extra of [[], ['--trials', '1000', '--seed', '3']]) {
				const err = rejects(run('evaluate', file('not-object.json', text), ...extra));
				expect(err).toMatch(/ファイル全体: 期待する値 JSON オブジェクト（\{ … \}）／入力値 /);
				expect(err).toMatch(/the whole file: expected a JSON object \(\{ … \}\); given /);
			}
		}
	});

	it('a value nested 10,000 levels deep exits 2 naming the field (it crashed with RangeError before)', () => {
		const deep = `{"business":{"annualRevenue":${'['.repeat(10_000)}1${']'.repeat(10_000)}}}`;
		const err = rejects(cli('evaluate', file('deep.json', deep)));
		expect(err).toMatch(/business\.annualRevenue\[0\].*nested too deeply/);
		expect(err.length).toBeLessThan(2_000);
	});

	it('huge and tiny amounts exit 2 with the bound, in both languages; nothing becomes Infinity', () => {
		const err = rejects(
			run(
				'evaluate',
				file(
					'huge.json',
					'{"business":{"annualRevenue":1e300,"averageOrderValue":1e-300},"forms":{"scratch":{"perOrderFee":1e308,"hostingMonthly":1e999}}}'
				)
			)
		);
		expect(err).toContain(
			'business.annualRevenue（EC売上高（年間））: 期待する値 1,000,000,000,000（1兆） 以下の数値'
		);
		expect(err).toContain(
			'business.annualRevenue (Annual EC revenue): expected a number <= 1,000,000,000,000'
		);
		expect(err).toContain(
			'business.averageOrderValue（平均注文単価）: 期待する値 1 以上の数値／入力値 1e-300'
		);
		expect(err).toMatch(/forms\.scratch\.perOrderFee.*以下の数値、または null（不明）/);
		expect(err).toMatch(/forms\.scratch\.hostingMonthly.*given >1\.8e308/);
	});

	it('{"":1}, __proto__, constructor and unknown requirement ids exit 2 with a message naming them', () => {
		expect(rejects(run('evaluate', file('empty-key.json', '{"":1}')))).toMatch(
			/- "": expected a non-empty field name/
		);
		const proto = rejects(
			run('evaluate', file('proto.json', '{"business":{"__proto__":{"annualRevenue":-1}}}'))
		);
		expect(proto).toMatch(/- business\.__proto__: expected a field name other than __proto__/);
		expect(rejects(run('evaluate', file('ctor.json', '{"constructor":{"prototype":{}}}')))).toMatch(
			/- constructor（?/
		);
		const ids = rejects(
			run(
				'evaluate',
				file(
					'ids.json',
					JSON.stringify({
						posture: {
							checklist: {
								answers: { 'build-99': 'in-house' },
								vendor: { 'ops-42': { inContract: true, monitored: true } }
							}
						}
					})
				)
			)
		);
		expect(ids).toMatch(
			/posture\.checklist\.answers\.build-99: 期待する値 IPA骨子の要件 ID（build-01…build-14, ops-01…ops-06）/
		);
		expect(ids).toMatch(
			/posture\.checklist\.vendor\.ops-42: expected a requirement id of the IPA outline \(build-01…build-14, ops-01…ops-06\)/
		);
	});

	it('a 10 MB key and thousands of bad fields give a short message, not megabytes of stderr', () => {
		const key = rejects(run('evaluate', file('big-key.json', `{"${'k'.repeat(10_000_000)}":1}`)));
		expect(key.length).toBeLessThan(3_000);
		const fields = Object.fromEntries(Array.from({ length: 900 }, (_, i) => [`f${i}`, 'v'.repeat(100_000)]));
		const many = rejects(run('evaluate', file('many.json', JSON.stringify({ business: fields }))));
		expect(many.length).toBeLessThan(20_000);
		expect(many).toMatch(/…ほか 880 件/);
		expect(many).toMatch(/…and 880 more/);
	});

	it('another format version exits 2; a version-1 file is converted (notes on stderr) and `migrate` saves it', () => {
		expect(rejects(run('evaluate', file('v9.json', '{"version":9}')))).toMatch(
			/version（シナリオ形式のバージョン）: 期待する値 シナリオ形式のバージョン 2（バージョン 1 のファイルは自動で変換します）／入力値 9/
		);
		const v1 = readFileSync('tests/fixtures/scenario-v1-partial.json', 'utf8');
		const p = file('v1.json', v1.replace('{', '{"simulation":{"trials":1000},'));
		const r = run('evaluate', p, '--format', 'csv');
		expect(r.code, r.err).toBe(0);
		expect(r.err).toMatch(/注記 \/ note: シナリオ形式のバージョン 1 のファイルをバージョン 2 に変換しました/);
		expect(r.err).toMatch(/forms\.package の 150,000円 を使いました/);
		expect(r.err).toMatch(/kept ¥150,000 from forms\.package/);
		const m = run('migrate', p);
		expect(m.code, m.err).toBe(0);
		const doc = JSON.parse(m.out);
		expect(doc.version).toBe(2);
		expect(doc.insurance).toEqual({ premiumAnnual: 150_000, costLimit: 50_000_000, deductible: 0 });
		expect(doc.forms.package.security).toEqual({});
		expect(doc.business).toEqual(JSON.parse(v1).business);
		// the converted file reads back as the same scenario, with no notes
		const again = run('evaluate', file('v2.json', m.out), '--format', 'csv');
		expect(again.code, again.err).toBe(0);
		expect(again.err).toBe('');
		expect(again.out).toBe(r.out);
	});
});
