/**
 * Money arithmetic. Every yen amount in the deterministic cost model is a decimal.js Decimal; floats never
 * accumulate money. Rounding to whole yen happens only at presentation (format/), never here.
 */
import Decimal from 'decimal.js';

export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
export type Money = InstanceType<typeof Money>;

export const ZERO = new Money(0);
export const yen = (x: number | string | Money): Money => new Money(x);
export const pctOf = (amount: Money, percent: number): Money => amount.mul(percent).div(100);
export const sum = (xs: readonly Money[]): Money => xs.reduce((a, b) => a.plus(b), ZERO);
/** For the JSON results: the exact decimal as a JS number (no rounding beyond float64's). */
export const out = (x: Money): number => x.toNumber();
