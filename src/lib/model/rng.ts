/**
 * Seeded pseudo-random numbers for the Monte Carlo (float64). sfc32 seeded through splitmix32: small, fast,
 * passes PractRand to 2^40+, and gives the same stream in Node, a worker and the browser for the same seed.
 * State is kept as int32 fields so V8 never boxes it. Every sampler takes an Rng argument; nothing reads
 * Math.random.
 */
export interface Rng {
	/** uniform on [0, 1) */
	next(): number;
	/** standard normal */
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

class Sfc32 implements Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;
	private spare = 0;
	private hasSpare = false;

	constructor(seed: number) {
		const init = splitmix32(seed);
		this.a = init();
		this.b = init();
		this.c = init();
		this.d = init();
		for (let i = 0; i < 12; i++) this.next();
	}

	next(): number {
		const a = this.a;
		const b = this.b;
		const c = this.c;
		const d = this.d;
		const t = (((a + b) | 0) + d) | 0;
		this.d = (d + 1) | 0;
		this.a = b ^ (b >>> 9);
		this.b = (c + (c << 3)) | 0;
		this.c = (((c << 21) | (c >>> 11)) + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	normal(): number {
		// Marsaglia polar method; keeps the second variate for the next call.
		if (this.hasSpare) {
			this.hasSpare = false;
			return this.spare;
		}
		let u: number, v: number, s: number;
		do {
			u = 2 * this.next() - 1;
			v = 2 * this.next() - 1;
			s = u * u + v * v;
		} while (s >= 1 || s === 0);
		const f = Math.sqrt((-2 * Math.log(s)) / s);
		this.spare = v * f;
		this.hasSpare = true;
		return u * f;
	}
}

export function createRng(seed: number): Rng {
	return new Sfc32(seed);
}
