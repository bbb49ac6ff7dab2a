import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'ec-tco-cli-'));
const cli = (...args: string[]) => {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
		encoding: 'utf8'
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
};
const file = (name: string, content: string) => {
	const p = join(dir, name);
	writeFileSync(p, content);
	return p;
};

describe('the CLI', () => {
	it('defaults prints the default scenario, and evaluate reads it back (JSON, every form by id)', () => {
		const d = cli('defaults');
		expect(d.code).toBe(0);
		const scenario = JSON.parse(d.out);
		expect(scenario.version).toBe(1);
		const r = cli('evaluate', file('default.json', d.out), '--trials', '2000', '--seed', '7');
		expect(r.code).toBe(0);
		const out = JSON.parse(r.out);
		expect(out.results.forms.map((f: { form: string }) => f.form)).toEqual([
			'scratch',
			'package',
			'managed',
			'saas',
			'mall'
		]);
		expect(out.results.seed).toBe(7);
		expect(out.results.trials).toBe(2000);
		expect(out.results.posture.checklist.answers['build-01']).toBe('outsourced');
		expect(out.results.forms[0].cost.years).toHaveLength(5);
	});

	it('prints CSV and Markdown', () => {
		const p = file('small.json', JSON.stringify({ simulation: { trials: 1000 } }));
		const csv = cli('evaluate', p, '--format', 'csv');
		expect(csv.code).toBe(0);
		expect(csv.out.split('\n')[0]).toMatch(/^form,year,revenue_yen/);
		expect(csv.out.trim().split('\n')).toHaveLength(1 + 5 * 5);
		const md = cli('evaluate', p, '--format=md');
		expect(md.out).toMatch(/\| フルスクラッチ \/ Full scratch \|/);
	});

	it('evaluate includes the checklist, card rules, recommendation, break-even and sensitivity', () => {
		const out = JSON.parse(
			cli('evaluate', file('analysis.json', JSON.stringify({ simulation: { trials: 1000 } }))).out
		);
		expect(out.results.recommendation.recommended).toBeTruthy();
		expect(out.results.recommendation.reasons.length).toBeGreaterThanOrEqual(3);
		expect(out.results.checklist.verdict).toBe('self-build-allowed');
		expect(out.results.cardRules.map((c: { saq: { type: string } }) => c.saq.type)).toContain('A');
		expect(out.results.breakEven).not.toBeNull();
		expect(out.results.sensitivity.length).toBeGreaterThan(5);
	});

	it('exports the vendor specification and the vulnerability-response checklist', () => {
		const p = file(
			'vendor.json',
			JSON.stringify({ posture: { checklist: { answers: { 'build-01': 'in-house' } } } })
		);
		const spec = cli('vendor-spec', p);
		expect(spec.code).toBe(0);
		expect(spec.out).toMatch(/^# セキュリティ要件仕様書/);
		expect(spec.out).not.toContain('## 構築時要件1\n');
		expect(cli('vendor-spec', p, '--format', 'txt').out).toContain('■ 構築時要件2');
		expect(cli('vuln-checklist', p).out).toMatch(/^# 脆弱性対応の準備状況/);
	});

	it('schema prints the JSON Schema with defaults and labels', () => {
		const s = JSON.parse(cli('schema').out);
		expect(s.properties.business.properties.annualRevenue.default).toBe(30_000_000);
		expect(s.properties.business.properties.annualRevenue.label.ja).toBe('EC売上高（年間）');
	});

	it('invalid input exits 2 naming each bad field, with no stack trace', () => {
		const r = cli(
			'evaluate',
			file('bad.json', JSON.stringify({ business: { cardShare: 120, grossMargin: 'high' } }))
		);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/business\.cardShare/);
		expect(r.err).toMatch(/business\.grossMargin/);
		expect(r.err).toMatch(/given 120/);
		expect(r.err).not.toMatch(/at .*\.ts:\d+/);
	});

	it('unreadable files, bad JSON and bad options exit 2 with the path or the option', () => {
		const missing = cli('evaluate', join(dir, 'missing.json'));
		expect(missing.code).toBe(2);
		expect(missing.err).toContain(join(dir, 'missing.json'));
		const broken = cli('evaluate', file('broken.json', '{ not json'));
		expect(broken.code).toBe(2);
		expect(broken.err).toMatch(/not valid JSON/);
		expect(cli('evaluate', file('ok.json', '{}'), '--trials', 'many').err).toMatch(
			/--trials expects a whole number/
		);
		expect(cli('frobnicate').code).toBe(2);
	});
});
