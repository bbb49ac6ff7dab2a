/**
 * UI strings. Japanese is the source language; the English table must have every key (the type enforces it).
 * Data texts (labels, rules) come bilingual from data/ and are not repeated here.
 */
const ja = {
	appName: 'ec-tco',
	appTagline: 'ECサイトの運営形態を、総コストと情報漏えいリスクで比べる',
	skipToContent: '本文へ移動',
	navHome: 'ホーム',
	navSources: '出典とデータ',
	languageSwitch: 'English',
	languageSwitchLabel: '言語を切り替える',
	footerNote:
		'数値はすべて data/ に出典（文書・節・時点）または仮定の根拠とともに収録しています。投資判断の最終責任は利用者にあります。',
	homeTitle: 'ECサイトの「つくり方」を、コストとリスクで選ぶ',
	homeLead:
		'自社でECサイトを構築するか、パッケージを使うか、SaaSやモールに出店するか。ec-tco は5つの運営形態について、構築・運用の総コストに、情報漏えいが起きたときの損失（期待値と最悪側の裾）を加えて比較し、ガイドラインのチェックリストとカード決済のルールを確認したうえで、取締役会で読み上げられる理由とともに推奨を示します。',
	homeWhyTitle: 'なぜ必要か',
	homeWhy: [
		'個人情報保護委員会の調査では、不正アクセスを受けたECサイトのほとんどが自社構築型でした。',
		'IPAのガイドライン骨子は、自社構築のセキュリティ運用費を最低でも月10万円と見積もり、SaaS・モールと総コストで比べてから形態を選ぶよう求めています。',
		'カード決済にはPCI DSS、カード情報の非保持化、EMV 3-Dセキュアといった守るべきルールがあります。'
	],
	homeFormsTitle: '比較する5つの運営形態',
	formScratch: 'フルスクラッチ（自社構築）',
	formPackage: 'ECパッケージ（自社運用）',
	formManaged: 'ECパッケージ＋セキュリティ保守付きホスティング',
	formSaas: 'SaaS型ECプラットフォーム',
	formMall: 'ショッピングモール出店',
	homeStatus:
		'計算エンジン（総コスト・漏えいリスク・チェックリスト・カードのルール・推奨）はコマンドラインで使えます。計算画面は順次公開します。収録している数値と出典は「出典とデータ」で確認できます。',
	homeSourcesLink: '収録データと出典を見る',
	sourcesTitle: '出典とデータ',
	sourcesLead:
		'ec-tco が使うすべての数値を、単位・出典（文書・節・時点）または仮定の根拠とともに一覧にしています。',
	sourcesBibliography: '出典一覧',
	sourcesFiles: 'データファイル（ファイルごとに全数値を掲載）',
	sourcesCount: (files: number, figures: number, sources: number) =>
		`データファイル ${files} 件、数値 ${figures} 件、出典 ${sources} 件`,
	colLabel: '項目',
	colValue: '値',
	colUnit: '単位',
	colSource: '出典・根拠',
	colAsOf: '時点',
	colTitle: '文書',
	colPublisher: '発行者',
	colDate: '発行日',
	colChecked: '一次資料との照合',
	checkedYes: '照合済み',
	checkedNo: '未照合（二次資料経由）',
	assumption: '仮定',
	basedOn: '根拠とした出典',
	unknown: '不明',
	unknownDate: '不明',
	calibration: '較正に使用',
	observations: (n: number) => `${n}件の個別値`,
	path: 'データ上の位置',
	figureCount: (n: number) => `数値${n}件`
};

export type Messages = typeof ja;

const en: Messages = {
	appName: 'ec-tco',
	appTagline: 'Compare ways to run an online shop by total cost and breach risk',
	skipToContent: 'Skip to content',
	navHome: 'Home',
	navSources: 'Sources and data',
	languageSwitch: '日本語',
	languageSwitchLabel: 'Switch language',
	footerNote:
		'Every figure is kept in data/ with its source (document, section, as-of date) or the reason for its assumption. Decisions remain the user’s responsibility.',
	homeTitle: 'Choose how to build your online shop by cost and risk',
	homeLead:
		'Build it yourself, run a package, or open on a SaaS platform or a mall? ec-tco compares five site forms by their total cost of building and running plus the loss a data breach would cause (its expected value and its tail), checks the guideline checklists and the card-payment rules, and recommends a form with reasons a director can read to the board.',
	homeWhyTitle: 'Why it matters',
	homeWhy: [
		'In the Personal Information Protection Commission’s survey, almost every breached EC site was self-built.',
		'The IPA guideline outline puts the security operating cost of a self-built site at 100,000 yen a month at least, and asks merchants to compare total cost with SaaS and malls before choosing.',
		'Card payments come with rules to meet: PCI DSS, non-retention of card data, and EMV 3-D Secure.'
	],
	homeFormsTitle: 'The five site forms compared',
	formScratch: 'Full-scratch build (self-built)',
	formPackage: 'EC package, self-hosted',
	formManaged: 'EC package on a managed security-maintenance host',
	formSaas: 'SaaS EC platform',
	formMall: 'Shopping mall',
	homeStatus:
		'The calculation engine (total cost, breach risk, checklists, card rules, recommendation) is available from the command line; the calculator screens follow. The figures and their sources are on “Sources and data”.',
	homeSourcesLink: 'See the data and its sources',
	sourcesTitle: 'Sources and data',
	sourcesLead:
		'Every figure ec-tco uses, with its unit and its source (document, section, as-of date) or the reason for its assumption.',
	sourcesBibliography: 'Bibliography',
	sourcesFiles: 'Data files (each with all its figures)',
	sourcesCount: (files: number, figures: number, sources: number) =>
		`${files} data files, ${figures} figures, ${sources} sources`,
	colLabel: 'Item',
	colValue: 'Value',
	colUnit: 'Unit',
	colSource: 'Source or basis',
	colAsOf: 'As of',
	colTitle: 'Document',
	colPublisher: 'Publisher',
	colDate: 'Date',
	colChecked: 'Checked against primary',
	checkedYes: 'Checked',
	checkedNo: 'Not checked (via a secondary source)',
	assumption: 'Assumption',
	basedOn: 'Built on',
	unknown: 'Unknown',
	unknownDate: 'unknown',
	calibration: 'used for calibration',
	observations: (n: number) => `${n} individual values`,
	path: 'Location in the data',
	figureCount: (n: number) => `${n} figures`
};

export const MESSAGES: Record<'ja' | 'en', Messages> = { ja, en };
