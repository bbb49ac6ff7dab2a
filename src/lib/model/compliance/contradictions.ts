/**
 * Answers that cannot all be true at once, reported with the fields they involve (they do not stop the
 * evaluation: the user sees them and decides which answer to correct).
 */
import type { Scenario } from '../scenario';

export interface Contradiction {
	code: string;
	fields: string[];
	ja: string;
	en: string;
}

const RETAINS = ['stored', 'server-pass-through'];
const MET = ['in-house', 'outsourced', 'implemented'];

export function findContradictions(s: Scenario): Contradiction[] {
	const out: Contradiction[] = [];
	const p = s.posture;
	if ((p.currentForm === 'mall' || p.currentForm === 'saas') && RETAINS.includes(p.paymentIntegration)) {
		out.push({
			code: 'platform-with-own-card-data',
			fields: ['posture.currentForm', 'posture.paymentIntegration'],
			ja: `現在の形態が${p.currentForm === 'mall' ? 'モール' : 'SaaS'}なのに、決済の接続方式が「カード番号が自社サーバーを通過・保存される」になっています。`,
			en: `The current form is ${p.currentForm === 'mall' ? 'a mall' : 'SaaS'}, yet the payment integration says card numbers pass through or are stored on your own server.`
		});
	}
	if (p.paymentIntegration === 'platform-checkout') {
		out.push({
			code: 'own-site-platform-checkout',
			fields: ['posture.paymentIntegration'],
			ja: '決済の接続方式は自社サイト（スクラッチ・パッケージ）の方式です。「プラットフォームの決済」は SaaS・モールにだけ当てはまります。',
			en: 'The payment integration describes your own site (scratch, package); "platform checkout" only applies to SaaS and malls.'
		});
	}
	const build09 = p.checklist.answers['build-09'];
	if (build09 && MET.includes(build09) && RETAINS.includes(p.paymentIntegration)) {
		out.push({
			code: 'non-retention-answered-but-retains',
			fields: ['posture.checklist.answers.build-09', 'posture.paymentIntegration'],
			ja: '構築時要件9（カード情報の非保持化）を対応済みとしていますが、決済の接続方式ではカード番号が自社サーバーを通過・保存されます。',
			en: 'Build requirement 9 (card data non-retention) is answered as covered, but the payment integration passes or stores card numbers on your server.'
		});
	}
	if (p.iframeScriptControls !== 'none' && p.paymentIntegration !== 'iframe') {
		out.push({
			code: 'script-controls-without-iframe',
			fields: ['posture.iframeScriptControls', 'posture.paymentIntegration'],
			ja: 'iframe のスクリプト管理が設定されていますが、決済の接続方式は iframe ではありません。',
			en: 'iframe script controls are set, but the payment integration is not an iframe.'
		});
	}
	const ops06 = p.checklist.answers['ops-06'];
	const insured = (['scratch', 'package', 'managed'] as const).some(
		(f) => s.forms[f].enabled && s.forms[f].security.insuranceAnnual > 0
	);
	if (
		ops06 &&
		MET.includes(ops06) &&
		!insured &&
		(['scratch', 'package', 'managed'] as const).some((f) => s.forms[f].enabled)
	) {
		out.push({
			code: 'insurance-answered-without-premium',
			fields: ['posture.checklist.answers.ops-06', 'forms.*.security.insuranceAnnual'],
			ja: '運用時要件6（サイバー保険）を対応済みとしていますが、自社運用の形態に保険料が入っていません。',
			en: 'Operation requirement 6 (cyber insurance) is answered as covered, but no own-run form has a premium.'
		});
	}
	if (p.checklist.mode === 'running' && p.currentForm === null) {
		out.push({
			code: 'running-without-current-form',
			fields: ['posture.checklist.mode', 'posture.currentForm'],
			ja: '運営中サイトのチェックリストですが、現在の運営形態が選ばれていません（継続か移行かの比較に必要です）。',
			en: 'The running-site checklist is chosen, but the current site form is not (the stay-or-migrate comparison needs it).'
		});
	}
	return out;
}
