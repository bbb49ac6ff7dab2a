import { describe, expect, it } from 'vitest';
import { data } from '../test-helpers';
import { vulnReadinessDocument } from '../../export/documents';
import { vulnReadiness } from './vuln-readiness';

describe('IPA 脆弱性対応ガイド 付録 checklist (running-site appendix)', () => {
	it('has the guide’s 6 stages and counts what is ticked per stage', () => {
		const first = data['guideline-requirements.json'].vulnResponseChecklist.stages[0]!.items.map((i) => i.id);
		const r = vulnReadiness(data, [first[0]!, 'no-such-item']);
		expect(r.stages).toHaveLength(6);
		expect(r.total).toBe(
			data['guideline-requirements.json'].vulnResponseChecklist.stages.reduce((n, s) => n + s.items.length, 0)
		);
		expect(r.ticked).toBe(1);
		expect(r.stages[0]!.done).toEqual([first[0]]);
		expect(r.unknownTicks).toEqual(['no-such-item']);
	});

	it('exports Markdown and plain text in Japanese with ticks', () => {
		const r = vulnReadiness(data, ['receive-notice-1']);
		const markdown = vulnReadinessDocument(data, r, 'md');
		expect(markdown).toMatch(/^# 脆弱性対応の準備状況/);
		expect(markdown).toContain('- [x] 1.(1) 脆弱性関連情報の適切な担当者への受け渡し');
		expect(vulnReadinessDocument(data, r, 'txt')).toContain('[ ] 1.(2)');
	});
});
