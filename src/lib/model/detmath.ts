/**
 * exp and log computed with IEEE-754 arithmetic only (+ − × ÷ and exact powers of two), ported from fdlibm (the FreeBSD /
 * musl versions; range tests and the exponent split are done on values instead of on the bits). JavaScript engines may round Math.exp and Math.log differently in the last bit — Node's V8 and
 * Chromium's V8 were seen to differ — so results would not be identical in Node and in a browser. These
 * functions give the same bits everywhere, with fdlibm's accuracy (< 1 ulp). The model uses them instead of
 * Math.exp, Math.log and Math.pow (lint enforces it).
 */
/** 2^n for n in [-1022, 1023], exact (built by repeated doubling and halving). */
const POW2 = new Float64Array(2046);
POW2[1022] = 1;
for (let n = 1; n <= 1023; n++) POW2[1022 + n] = POW2[1021 + n]! * 2;
for (let n = -1; n >= -1022; n--) POW2[1022 + n] = POW2[1023 + n]! / 2;
const pow2 = (n: number) => POW2[1022 + n]!;

function scalbn(y: number, n: number): number {
	if (n > 1023) return n - 1023 > 1023 ? Infinity : y * pow2(1023) * pow2(n - 1023);
	if (n < -1022) return y * pow2(-1022) * pow2(Math.max(-1022, n + 1022));
	return y * pow2(n);
}

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const HALF_LN2 = 0.34657359027997264;
const THREE_HALVES_LN2 = 1.0397207708399179;
const TWO_M28 = 3.725290298461914e-9;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;

export function exp(x: number): number {
	if (Number.isNaN(x)) return x;
	if (x > 709.782712893383973096) return Infinity;
	if (x < -745.13321910194110842) return 0;
	const ax = x < 0 ? -x : x;
	const sign = x < 0 ? 1 : 0;
	let k: number;
	let hi: number;
	let lo: number;
	if (ax > HALF_LN2) {
		k = ax >= THREE_HALVES_LN2 ? Math.trunc(INV_LN2 * x + (sign ? -0.5 : 0.5)) : 1 - sign - sign;
		hi = x - k * LN2_HI;
		lo = k * LN2_LO;
		x = hi - lo;
	} else if (ax > TWO_M28) {
		k = 0;
		hi = x;
		lo = 0;
	} else {
		return 1 + x;
	}
	const xx = x * x;
	const c = x - xx * (P1 + xx * (P2 + xx * (P3 + xx * (P4 + xx * P5))));
	const y = 1 + ((x * c) / (2 - c) - lo + hi);
	return k === 0 ? y : scalbn(y, k);
}

const SQRT2 = 1.4142135623730951;
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

export function log(x: number): number {
	if (!(x > 0)) return x === 0 ? -Infinity : NaN;
	if (x === Infinity) return Infinity;
	// x = m · 2^k with m in [1, 2): k by binary search over the exact powers of two (no bit aliasing, which
	// stalls store-to-load forwarding); subnormals are first scaled up by 2^54.
	let k = 0;
	if (x < POW2[0]!) {
		x *= pow2(54);
		k = -54;
	}
	let lo = 0;
	let hi = POW2.length - 1;
	while (hi - lo > 1) {
		const mid = (lo + hi) >> 1;
		if (POW2[mid]! <= x) lo = mid;
		else hi = mid;
	}
	k += lo - 1022;
	let m = x / POW2[lo]!;
	if (m > SQRT2) {
		m *= 0.5;
		k++;
	}
	const f = m - 1;
	const hfsq = 0.5 * f * f;
	const s = f / (2 + f);
	const z = s * s;
	const w = z * z;
	const t1 = w * (LG2 + w * (LG4 + w * LG6));
	const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
	const r = t2 + t1;
	return s * (hfsq + r) + k * LN2_LO - hfsq + f + k * LN2_HI;
}

/** x^y for x > 0 (as exp(y · log x)); exact for y = 0 and x = 1. */
export function pow(x: number, y: number): number {
	if (y === 0 || x === 1) return 1;
	return exp(y * log(x));
}
