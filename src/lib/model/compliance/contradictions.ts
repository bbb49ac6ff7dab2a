/**
 * Answers that cannot all be true at once, reported with the fields they involve (they do not stop the
 * evaluation: the user sees them and decides which answer to correct).
 */
import { coverageOf, type ChecklistAnswer, type Scenario } from '../scenario';
import { fieldLabel } from '../fields';
import { measurePaid, SECURITY_ITEM_REQUIREMENT } from '../tco';

export interface Contradiction {
	code: string;
	fields: string[];
	ja: string;
	en: string;
}

const RETAINS = ['stored', 'server-pass-through'];
const ANSWER_EN: Record<ChecklistAnswer, string> = {
	'in-house': 'in house',
	outsourced: 'outsourced',
	'not-feasible': 'not feasible',
	implemented: 'implemented',
	'not-implemented': 'not implemented',
	'not-fixable': 'cannot be fixed',
	unknown: 'unknown',
	unanswered: 'unanswered'
};
const ANSWER_JA: Record<ChecklistAnswer, string> = {
	'in-house': '自社で対応',
	outsourced: '外部委託',
	'not-feasible': '対応困難',
	implemented: '実装済み',
	'not-implemented': '未実装',
	'not-fixable': '対策できない',
	unknown: '分からない',
	unanswered: '未回答'
};

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
	if (coverageOf(p.checklist, 'build-09') !== 'unmet' && RETAINS.includes(p.paymentIntegration)) {
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
	// A measure priced in a form while the checklist says it is not there: the cost is left out (tco.ts charges
	// only what the answers put in place), and the answer or the price needs correcting.
	const selfRun = (['scratch', 'package', 'managed'] as const).filter(
		(f) => s.forms[f].enabled && (p.checklist.mode === 'new' || p.currentForm === null || p.currentForm === f)
	);
	for (const [item, requirement] of Object.entries(SECURITY_ITEM_REQUIREMENT)) {
		if (measurePaid(s, requirement)) continue;
		const priced = selfRun.filter((f) => {
			const sec = s.forms[f].security;
			return item === 'diagnosis'
				? sec.diagnosisPerRound > 0 && sec.diagnosisRoundsPerYear > 0
				: (sec[item as 'wafMonthly'] ?? 0) > 0;
		});
		if (priced.length === 0) continue;
		const answer = (p.checklist.answers[requirement] ?? 'unanswered') as ChecklistAnswer;
		const field = item === 'diagnosis' ? 'diagnosisPerRound' : item;
		const label = fieldLabel(`forms.${priced[0]}.security.${field}`) ?? { ja: field, en: field };
		out.push({
			code: 'measure-priced-but-not-in-place',
			fields: [
				`posture.checklist.answers.${requirement}`,
				...priced.map((f) => `forms.${f}.security.${field}`)
			],
			ja: `${requirement} は「${ANSWER_JA[answer]}」ですが、その費用（${label.ja}）が入力されています。回答か費用のどちらかを直してください（この費用は計算に含めていません）。`,
			en: `${requirement} is answered "${ANSWER_EN[answer]}", yet its cost (${label.en}) is entered: correct the answer or the cost (the cost is left out).`
		});
	}
	for (const id of Object.keys(p.checklist.vendor)) {
		if (p.checklist.answers[id] === 'outsourced') continue;
		out.push({
			code: 'vendor-conditions-without-outsourcing',
			fields: [`posture.checklist.vendor.${id}`, `posture.checklist.answers.${id}`],
			ja: `${id} に委託先の契約・確認の状況が入っていますが、回答は「外部委託」ではありません。`,
			en: `${id} has vendor contract and monitoring details, but it is not answered "outsourced".`
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
