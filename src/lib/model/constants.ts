/**
 * Constants with no imports — the input limits, the path of a whole-input problem, the loss items — so the export
 * layer can word results and problems in the browser without pulling in the model (zod, decimal.js). The one
 * module besides index.ts that code outside the model may import (eslint.config.js allows it).
 */

/** The path of a problem with the whole input. */
export const TOP_LEVEL = '(top level)';

export const LIMITS = {
	/** container levels; the deepest scenario field is 5 levels down */
	depth: 16,
	keysPerObject: 1000,
	itemsPerArray: 1000,
	keyLength: 200,
	/** characters of a given value shown in a message */
	shownValue: 80,
	/** problems kept in a ParseResult; the rest are counted in `more` */
	problemsKept: 50,
	/** problems a list of them shows before "…and N more" (src/lib/export/problems.ts) */
	problemsShown: 20
} as const;

/** the loss items of one incident in yen */
export const YEN_ITEMS = [
	'forensics',
	'cardReissue',
	'fraudCompensation',
	'callCentre',
	'notification',
	'legal',
	'apology',
	'hardening',
	'insuranceRecovery'
] as const;
/** months of EC sales lost (revenue basis) */
export const MONTH_ITEMS = ['closure', 'depressedSales', 'lostCustomers', 'exit'] as const;
