/**
 * What a person types into a number field, read as a number: full-width digits and punctuation (３０００万),
 * thousands separators, the Japanese units 千・万・億・兆 alone or combined (1億2000万), English scale words
 * (12.3 million, 500k), a trailing unit (円, %, 件, か月, 年, yen, ¥). Empty means "unknown" where the field accepts
 * it. Anything else is a problem with a code, worded at the field by the page (src/lib/i18n messages); the field
 * keeps the text as typed, and the last good value stays in the scenario.
 */

export interface NumberRule {
	/** inclusive bounds */
	min?: number;
	max?: number;
	integer?: boolean;
	/** empty input means null (unknown) */
	nullable?: boolean;
}

export type NumberInputProblem =
	| { code: 'empty' }
	| { code: 'not-a-number' }
	| { code: 'below-min'; min: number }
	| { code: 'above-max'; max: number }
	| { code: 'not-integer' };

export type NumberInputResult =
	{ ok: true; value: number | null } | { ok: false; problem: NumberInputProblem };

const BIG_UNITS: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };
const EN_SCALES: Record<string, number> = {
	k: 1e3,
	thousand: 1e3,
	m: 1e6,
	mn: 1e6,
	million: 1e6,
	b: 1e9,
	bn: 1e9,
	billion: 1e9,
	trillion: 1e12
};
/** Units a value may be typed with; they say nothing the field's unit does not. */
const TRAILING_UNIT = /(円\/年|円\/月|円\/件|円|%|％|件\/年|件|か月|ヶ月|カ月|回\/年|回|年|yen|jpy|¥)$/i;

/** A coefficient below 万: "2000", "1.5", "2千", "2千500" (千 = ×1000). */
function belowMan(text: string): number | null {
	const m = /^(\d+(?:\.\d+)?)(?:千(\d+)?)?$/.exec(text);
	if (!m) return null;
	const head = Number(m[1]);
	return text.includes('千') ? head * 1e3 + (m[2] ? Number(m[2]) : 0) : head;
}

/** "1億2000万" / "2千万" / "1億2千万500" → the number; null unless 兆・億・万 fall in order, each with a coefficient. */
function japanese(text: string): number | null {
	let total = 0;
	let lastUnit = Infinity;
	let rest = text;
	for (;;) {
		const m = /^([^万億兆]*)([万億兆])/.exec(rest);
		if (!m) break;
		const unit = BIG_UNITS[m[2]!]!;
		const coefficient = belowMan(m[1]!);
		if (coefficient === null || unit >= lastUnit) return null;
		total += coefficient * unit;
		lastUnit = unit;
		rest = rest.slice(m[0].length);
	}
	if (rest === '') return lastUnit === Infinity ? null : total;
	const tail = belowMan(rest);
	return tail === null ? null : total + tail;
}

/** The number a text holds, or null. */
export function readNumber(raw: string): number | null {
	let text = raw.normalize('NFKC').trim().toLowerCase();
	text = text.replace(/^[¥￥]/, '').replace(/\s+/g, ' ');
	text = text.replace(TRAILING_UNIT, '').trim();
	text = text.replace(/^[¥]/, '');
	// thousands separators: "3,000" but not "3,00" — a comma must be followed by exactly three digits
	if (/,(?!\d{3}(\D|$))/.test(text)) return null;
	text = text.replace(/,/g, '');
	const en = /^(-?\d+(?:\.\d+)?) ?([a-z]+)$/.exec(text);
	if (en) {
		const scale = EN_SCALES[en[2]!];
		return scale === undefined ? null : Number(en[1]) * scale;
	}
	text = text.replace(/ /g, '');
	if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
	if (/^-/.test(text)) {
		const v = japanese(text.slice(1));
		return v === null ? null : -v;
	}
	return japanese(text);
}

export function readNumberInput(raw: string, rule: NumberRule): NumberInputResult {
	if (raw.normalize('NFKC').trim() === '') {
		return rule.nullable ? { ok: true, value: null } : { ok: false, problem: { code: 'empty' } };
	}
	const value = readNumber(raw);
	if (value === null || !Number.isFinite(value)) return { ok: false, problem: { code: 'not-a-number' } };
	if (rule.integer && !Number.isInteger(value)) return { ok: false, problem: { code: 'not-integer' } };
	if (rule.min !== undefined && value < rule.min)
		return { ok: false, problem: { code: 'below-min', min: rule.min } };
	if (rule.max !== undefined && value > rule.max)
		return { ok: false, problem: { code: 'above-max', max: rule.max } };
	return { ok: true, value };
}
