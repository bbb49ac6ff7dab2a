import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumber, readNumberInput } from './number-input';

describe('readNumber', () => {
	it.each([
		['30000000', 30_000_000],
		['30,000,000', 30_000_000],
		['３０００万', 30_000_000],
		['3,000万円', 30_000_000],
		['3000万円', 30_000_000],
		['1.5億', 150_000_000],
		['1億2000万', 120_000_000],
		['1億2,000万円', 120_000_000],
		['１億２千万', 120_000_000],
		['5千', 5_000],
		['2千万', 20_000_000],
		['1億2千500万', 125_000_000],
		['¥12,345', 12_345],
		['￥12,345', 12_345],
		['12.3 million', 12_300_000],
		['12.3m', 12_300_000],
		['500k', 500_000],
		['2 billion yen', 2_000_000_000],
		['3.6%', 3.6],
		['３．６％', 3.6],
		['10000件', 10_000],
		['-5', -5],
		['  42  ', 42]
	])('%s → %d', (text, value) => {
		expect(readNumber(text)).toBe(value);
	});

	it.each(['abc', '3,00', '1万億', '万', '12..3', '1e5x', '3000万ドル', '1,2345', '--5', 'million'])(
		'%s is not a number',
		(text) => {
			expect(readNumber(text)).toBeNull();
		}
	);

	it('reads back any whole number written with separators, in full width or with 万 units', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
				expect(readNumber(n.toLocaleString('en-US'))).toBe(n);
				const wide = String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
				expect(readNumber(wide)).toBe(n);
				const man = Math.floor(n / 1e4);
				const rest = n % 1e4;
				if (man > 0) expect(readNumber(`${man}万${rest || ''}`)).toBe(n);
			})
		);
	});
});

describe('readNumberInput', () => {
	const revenue = { min: 0, max: 1e12 };
	it('accepts a value in range', () => {
		expect(readNumberInput('3000万', revenue)).toEqual({ ok: true, value: 30_000_000 });
	});
	it('names what is wrong', () => {
		expect(readNumberInput('abc', revenue)).toEqual({ ok: false, problem: { code: 'not-a-number' } });
		expect(readNumberInput('', revenue)).toEqual({ ok: false, problem: { code: 'empty' } });
		expect(readNumberInput('-1', revenue)).toEqual({ ok: false, problem: { code: 'below-min', min: 0 } });
		expect(readNumberInput('2兆', revenue)).toEqual({ ok: false, problem: { code: 'above-max', max: 1e12 } });
		expect(readNumberInput('1.5', { integer: true })).toEqual({
			ok: false,
			problem: { code: 'not-integer' }
		});
	});
	it('reads empty as unknown where the field accepts it', () => {
		expect(readNumberInput('  ', { nullable: true })).toEqual({ ok: true, value: null });
	});
});
