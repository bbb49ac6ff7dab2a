/**
 * Seeded pseudo-random numbers for the Monte Carlo (float64). sfc32 seeded through splitmix32: small, fast,
 * passes PractRand to 2^40+, and gives the same stream in Node, a worker and the browser for the same seed.
 * State is kept as int32 fields so V8 never boxes it. Every sampler takes an Rng argument; nothing reads
 * Math.random.
 */
import { exp, log } from './detmath';
export interface Rng {
	/** uniform on [0, 1) */
	next(): number;
	/** standard normal (ziggurat) */
	normal(): number;
}

function splitmix32(seed: number): () => number {
	let s = seed | 0;
	return () => {
		s = (s + 0x9e3779b9) | 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) | 0;
	};
}

// Ziggurat tables for the standard normal (Marsaglia & Tsang 2000, 128 layers), built once with the
// deterministic exp/log so they are the same bits everywhere.
const R = 3.442619855899;
const V = 9.91256303526217e-3;
const M = 2 ** 24;
const KN = new Float64Array(128);
const WN = new Float64Array(128);
const FN = new Float64Array(128);
{
	let dn = R;
	let tn = dn;
	const q = V / exp(-0.5 * dn * dn);
	KN[0] = (dn / q) * M;
	KN[1] = 0;
	WN[0] = q / M;
	WN[127] = dn / M;
	FN[0] = 1;
	FN[127] = exp(-0.5 * dn * dn);
	for (let i = 126; i >= 1; i--) {
		dn = Math.sqrt(-2 * log(V / dn + exp(-0.5 * dn * dn)));
		KN[i + 1] = (dn / tn) * M;
		tn = dn;
		FN[i] = exp(-0.5 * dn * dn);
		WN[i] = dn / M;
	}
}

class Sfc32 implements Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	constructor(seed: number) {
		const init = splitmix32(seed);
		this.a = init();
		this.b = init();
		this.c = init();
		this.d = init();
		for (let i = 0; i < 12; i++) this.next();
	}

	next(): number {
		return (this.int32() >>> 0) / 4294967296;
	}

	/** the next 32 random bits as a signed integer (the same step as next()) */
	int32(): number {
		const a = this.a;
		const b = this.b;
		const c = this.c;
		const d = this.d;
		const t = (((a + b) | 0) + d) | 0;
		this.d = (d + 1) | 0;
		this.a = b ^ (b >>> 9);
		this.b = (c + (c << 3)) | 0;
		this.c = (((c << 21) | (c >>> 11)) + t) | 0;
		return t;
	}

	normal(): number {
		// Ziggurat (Marsaglia & Tsang 2000), 128 layers: the layer from the low 7 bits, the value from the other
		// 25, so the two are independent. About 99% of draws need one integer, one lookup and one multiply.
		for (;;) {
			const j = this.int32();
			const iz = j & 127;
			const hz = j >> 7;
			if (Math.abs(hz) < KN[iz]!) return hz * WN[iz]!;
			const x = hz * WN[iz]!;
			if (iz === 0) {
				// the tail beyond R, by Marsaglia's exponential method
				let tx: number;
				let ty: number;
				do {
					tx = -log(1 - this.next()) / R;
					ty = -log(1 - this.next());
				} while (ty + ty < tx * tx);
				return hz > 0 ? R + tx : -R - tx;
			}
			if (FN[iz]! + this.next() * (FN[iz - 1]! - FN[iz]!) < exp(-0.5 * x * x)) return x;
		}
	}
}

export function createRng(seed: number): Rng {
	return new Sfc32(seed);
}
