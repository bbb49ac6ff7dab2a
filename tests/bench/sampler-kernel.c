/*
 * The severity sampler's kernel in plain C, for `npm run bench:sampler` (tests/bench/sampler-vs-c.ts). Not part of
 * the app or of `npm test`: it is the yardstick for the issue's "within 1.5x of a plain C implementation".
 *
 * The same kernel as sampleBase() in src/lib/model/severity.ts, step for step:
 * - generator: sfc32 seeded through splitmix32, 12 discarded outputs (src/lib/model/rng.ts); uniform = u32 / 2^32;
 * - normal: the same 128-layer Marsaglia-Tsang ziggurat (layer from the low 7 bits, value from the other 25, tail by
 *   Marsaglia's exponential method), tables built the same way;
 * - exp and log: a line-by-line port of src/lib/model/detmath.ts (fdlibm in plain IEEE arithmetic, the exponent
 *   found by binary search over a table of powers of two), so the draws are the same bits as in TypeScript.
 *   Built with -DUSE_LIBM the kernel calls the C library's exp() and log() instead (everywhere: tables and draws)
 *   -- the "what C would normally do" variant; its draws then differ from TypeScript's in the last bits;
 * - PERT: the same 2,048-point quantile table from a 4,096-point midpoint Beta CDF (src/lib/model/sampler.ts),
 *   linear interpolation on a uniform; constants still consume one uniform, as compile() does;
 * - per incident: the same draws in the same order and the same 14 float64 arrays written (struct of arrays,
 *   allocated zero-filled per call like new Float64Array(n)), the parameter means taken per call as sampleBase does.
 *
 * Build: cc -O2 -ffp-contract=off -o sampler-kernel sampler-kernel.c -lm   (-ffp-contract=off: no fused
 * multiply-add, which would change the rounding on machines that have it; x86-64 at -O2 has none anyway).
 *
 * Usage: sampler-kernel bench N REPS WARMUP PARAMS...   per rep (seed 2, 3, ...; after one warm-up call of
 *                                                       WARMUP incidents, seed 1) prints ns per incident sample
 *        sampler-kernel dump N SEED PARAMS...           writes the 14 arrays (float64, little-endian) to stdout
 * PARAMS: 14 distributions, each as four words "kind a b c" (kind c: constant a; l: lognormal median a, sigma b;
 * p: PERT low a, mode b, high c), in the order of PARAM_IDS in sampler-vs-c.ts.
 */
#define _POSIX_C_SOURCE 199309L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- exp and log: a port of src/lib/model/detmath.ts ---- */

static double POW2[2046];
#define pow2(n) (POW2[1022 + (n)])

__attribute__((unused)) static double det_scalbn(double y, int n) {
	if (n > 1023) return n - 1023 > 1023 ? INFINITY : y * pow2(1023) * pow2(n - 1023);
	if (n < -1022) return y * pow2(-1022) * pow2(n + 1022 > -1022 ? n + 1022 : -1022);
	return y * pow2(n);
}

static const double LN2_HI = 6.9314718036912381649e-1;
static const double LN2_LO = 1.90821492927058770002e-10;
static const double INV_LN2 = 1.442695040888963387;
static const double HALF_LN2 = 0.34657359027997264;
static const double THREE_HALVES_LN2 = 1.0397207708399179;
static const double TWO_M28 = 3.725290298461914e-9;
static const double P1 = 1.66666666666666019037e-1;
static const double P2 = -2.77777777770155933842e-3;
static const double P3 = 6.61375632143793436117e-5;
static const double P4 = -1.6533902205465251539e-6;
static const double P5 = 4.13813679705723846039e-8;

__attribute__((unused)) static double det_exp(double x) {
	if (isnan(x)) return x;
	if (x > 709.782712893383973096) return INFINITY;
	if (x < -745.13321910194110842) return 0;
	const double ax = x < 0 ? -x : x;
	const int sign = x < 0 ? 1 : 0;
	int k;
	double hi, lo;
	if (ax > HALF_LN2) {
		k = ax >= THREE_HALVES_LN2 ? (int)trunc(INV_LN2 * x + (sign ? -0.5 : 0.5)) : 1 - sign - sign;
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
	const double xx = x * x;
	const double c = x - xx * (P1 + xx * (P2 + xx * (P3 + xx * (P4 + xx * P5))));
	const double y = 1 + ((x * c) / (2 - c) - lo + hi);
	return k == 0 ? y : det_scalbn(y, k);
}

static const double SQRT2 = 1.4142135623730951;
static const double LG1 = 6.66666666666673513e-1;
static const double LG2 = 3.999999999940941908e-1;
static const double LG3 = 2.857142874366239149e-1;
static const double LG4 = 2.222219843214978396e-1;
static const double LG5 = 1.818357216161805012e-1;
static const double LG6 = 1.531383769920937332e-1;
static const double LG7 = 1.479819860511658591e-1;

__attribute__((unused)) static double det_log(double x) {
	if (!(x > 0)) return x == 0 ? -INFINITY : NAN;
	if (x == INFINITY) return INFINITY;
	int k = 0;
	if (x < POW2[0]) {
		x *= pow2(54);
		k = -54;
	}
	int lo = 0;
	int hi = 2046 - 1;
	while (hi - lo > 1) {
		const int mid = (lo + hi) >> 1;
		if (POW2[mid] <= x)
			lo = mid;
		else
			hi = mid;
	}
	k += lo - 1022;
	double m = x / POW2[lo];
	if (m > SQRT2) {
		m *= 0.5;
		k++;
	}
	const double f = m - 1;
	const double hfsq = 0.5 * f * f;
	const double s = f / (2 + f);
	const double z = s * s;
	const double w = z * z;
	const double t1 = w * (LG2 + w * (LG4 + w * LG6));
	const double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
	const double r = t2 + t1;
	return s * (hfsq + r) + k * LN2_LO - hfsq + f + k * LN2_HI;
}

#ifdef USE_LIBM
#define EXP exp
#define LOG log
#else
#define EXP det_exp
#define LOG det_log
#endif

static double det_pow(double x, double y) {
	if (y == 0 || x == 1) return 1;
	return EXP(y * LOG(x));
}

/* ---- the generator: src/lib/model/rng.ts ---- */

typedef struct {
	uint32_t a, b, c, d;
} Rng;

static uint32_t splitmix_state;
static uint32_t splitmix32(void) {
	splitmix_state += 0x9e3779b9u;
	uint32_t z = splitmix_state;
	z = (z ^ (z >> 16)) * 0x85ebca6bu;
	z = (z ^ (z >> 13)) * 0xc2b2ae35u;
	return z ^ (z >> 16);
}

static inline uint32_t rng_u32(Rng *r) {
	const uint32_t a = r->a, b = r->b, c = r->c, d = r->d;
	const uint32_t t = a + b + d;
	r->d = d + 1;
	r->a = b ^ (b >> 9);
	r->b = c + (c << 3);
	r->c = ((c << 21) | (c >> 11)) + t;
	return t;
}

static inline double rng_next(Rng *r) { return rng_u32(r) / 4294967296.0; }

static void rng_init(Rng *r, int32_t seed) {
	splitmix_state = (uint32_t)seed;
	r->a = splitmix32();
	r->b = splitmix32();
	r->c = splitmix32();
	r->d = splitmix32();
	for (int i = 0; i < 12; i++) rng_u32(r);
}

static const double ZR = 3.442619855899;
static const double ZV = 9.91256303526217e-3;
static const double ZM = 16777216.0; /* 2^24 */
static double KN[128], WN[128], FN[128];

static void ziggurat_init(void) {
	double dn = ZR;
	double tn = dn;
	const double q = ZV / EXP(-0.5 * dn * dn);
	KN[0] = (dn / q) * ZM;
	KN[1] = 0;
	WN[0] = q / ZM;
	WN[127] = dn / ZM;
	FN[0] = 1;
	FN[127] = EXP(-0.5 * dn * dn);
	for (int i = 126; i >= 1; i--) {
		dn = sqrt(-2 * LOG(ZV / dn + EXP(-0.5 * dn * dn)));
		KN[i + 1] = (dn / tn) * ZM;
		tn = dn;
		FN[i] = EXP(-0.5 * dn * dn);
		WN[i] = dn / ZM;
	}
}

static inline double rng_normal(Rng *r) {
	for (;;) {
		const int32_t j = (int32_t)rng_u32(r);
		const int iz = j & 127;
		const int32_t hz = j >> 7; /* arithmetic shift, as JavaScript's >> */
		if (fabs((double)hz) < KN[iz]) return hz * WN[iz];
		const double x = hz * WN[iz];
		if (iz == 0) {
			double tx, ty;
			do {
				tx = -LOG(1 - rng_next(r)) / ZR;
				ty = -LOG(1 - rng_next(r));
			} while (ty + ty < tx * tx);
			return hz > 0 ? ZR + tx : -ZR - tx;
		}
		if (FN[iz] + rng_next(r) * (FN[iz - 1] - FN[iz]) < EXP(-0.5 * x * x)) return x;
	}
}

/* ---- distributions and compiled samplers: src/lib/model/distributions.ts and sampler.ts ---- */

typedef struct {
	char kind; /* 'c' constant, 'l' lognormal, 'p' PERT */
	double a, b, c;
} Dist;

static double dist_mean(const Dist *d) {
	switch (d->kind) {
	case 'l':
		return d->a * EXP((d->b * d->b) / 2);
	case 'p':
		return (d->a + 4 * d->b + d->c) / 6;
	default:
		return d->a;
	}
}

#define GRID 4096
#define TABLE 2048

static void pert_table(double low, double mode, double high, double *table) {
	static double cdf[GRID + 1];
	const double range = high - low;
	const double a = 1 + (4 * (mode - low)) / range;
	const double b = 1 + (4 * (high - mode)) / range;
	double prev = 0;
	cdf[0] = 0;
	for (int i = 1; i <= GRID; i++) {
		const double xm = (i - 0.5) / GRID;
		const double density = det_pow(xm, a - 1) * det_pow(1 - xm, b - 1);
		prev += density;
		cdf[i] = prev;
	}
	const double total = cdf[GRID];
	int j = 0;
	for (int k = 0; k <= TABLE; k++) {
		const double target = ((double)k / TABLE) * total;
		while (j < GRID && cdf[j + 1] < target) j++;
		const double lo = cdf[j];
		const double hi = j + 1 <= GRID ? cdf[j + 1] : lo;
		const double t = hi > lo ? (target - lo) / (hi - lo) : 0;
		table[k] = low + range * ((j + t) / GRID);
	}
}

/* A compiled sampler (compile() in sampler.ts): lognormal by the ziggurat, otherwise the quantile of a uniform. */
typedef struct {
	char kind; /* 'l' lognormal, 'p' PERT table, 'c' constant (one uniform still drawn) */
	double median, sigma, value;
	double table[TABLE + 1];
} Sampler;

static void compile(const Dist *d, Sampler *s) {
	s->kind = d->kind;
	if (d->kind == 'l') {
		s->median = d->a;
		s->sigma = d->b;
	} else if (d->kind == 'p' && d->c > d->a) {
		pert_table(d->a, d->b, d->c, s->table);
	} else {
		s->kind = 'c';
		s->value = d->a;
	}
}

static inline double draw(const Sampler *s, Rng *r) {
	if (s->kind == 'l') return s->median * EXP(s->sigma * rng_normal(r));
	const double p = rng_next(r);
	if (s->kind == 'c') return s->value;
	const double u = p * TABLE;
	const int k = (int)floor(u);
	const double lo = s->table[k];
	return lo + (u - k) * ((k + 1 <= TABLE ? s->table[k + 1] : lo) - lo);
}

/* ---- the kernel: sampleBase() in src/lib/model/severity.ts ---- */

enum {
	CARD_LEAK,
	REISSUE_BORNE,
	FRAUD_COMPENSATED,
	REISSUE_FEE,
	APOLOGY_SHARE,
	RECORDS_EXPOSED,
	CARD_WINDOW,
	RECOVERY_MONTHS,
	FORENSICS,
	FRAUD_PER_CARD,
	CALL_CENTRE,
	LEGAL,
	APOLOGY_PER_PERSON,
	HARDENING,
	NPARAMS
};

#define NARRAYS 14
typedef struct {
	long n;
	double *col[NARRAYS]; /* the BaseDraws fields, in declaration order */
} BaseDraws;

static Dist params[NPARAMS];
static Sampler compiled[3]; /* records exposed share, card exposure window, recovery months */

static double min1(double x) { return x < 1 ? x : 1; }

__attribute__((noinline)) static BaseDraws sample_base(Rng *rng, long n) {
	const double leak = dist_mean(&params[CARD_LEAK]);
	const double reissueGivenLeak = min1(dist_mean(&params[REISSUE_BORNE]) / leak);
	const double fraudGivenLeak = min1(dist_mean(&params[FRAUD_COMPENSATED]) / leak);
	const double reissueFee = dist_mean(&params[REISSUE_FEE]);
	const double apologyShare = dist_mean(&params[APOLOGY_SHARE]);
	const Sampler *exposedShare = &compiled[0], *window = &compiled[1], *recovery = &compiled[2];
	const Dist *forensics = &params[FORENSICS], *fraudPerCard = &params[FRAUD_PER_CARD];
	const Dist *callCentre = &params[CALL_CENTRE], *legal = &params[LEGAL];
	const Dist *apologyPer = &params[APOLOGY_PER_PERSON], *hardening = &params[HARDENING];
	BaseDraws d;
	d.n = n;
	for (int k = 0; k < NARRAYS; k++) {
		d.col[k] = calloc(n > 0 ? (size_t)n : 1, sizeof(double));
		if (!d.col[k]) {
			fprintf(stderr, "out of memory\n");
			exit(1);
		}
	}
	double *restrict shOut = d.col[0], *restrict wOut = d.col[1], *restrict cardU = d.col[2];
	double *restrict reissuePerCard = d.col[3], *restrict frOut = d.col[4], *restrict fzOut = d.col[5];
	double *restrict ccOut = d.col[6], *restrict lgOut = d.col[7], *restrict apOut = d.col[8];
	double *restrict hdOut = d.col[9], *restrict closeU = d.col[10], *restrict closeLenU = d.col[11];
	double *restrict exitU = d.col[12], *restrict rcOut = d.col[13];
	for (long i = 0; i < n; i++) {
		shOut[i] = draw(exposedShare, rng);
		wOut[i] = draw(window, rng);
		cardU[i] = rng_next(rng);
		reissuePerCard[i] = rng_next(rng) < reissueGivenLeak ? reissueFee : 0;
		frOut[i] = rng_next(rng) < fraudGivenLeak ? fraudPerCard->a * EXP(fraudPerCard->b * rng_normal(rng)) : 0;
		fzOut[i] = forensics->a * EXP(forensics->b * rng_normal(rng));
		ccOut[i] = callCentre->a * EXP(callCentre->b * rng_normal(rng));
		lgOut[i] = legal->a * EXP(legal->b * rng_normal(rng));
		apOut[i] = rng_next(rng) < apologyShare ? apologyPer->a * EXP(apologyPer->b * rng_normal(rng)) : 0;
		hdOut[i] = hardening->a * EXP(hardening->b * rng_normal(rng));
		closeU[i] = rng_next(rng);
		closeLenU[i] = rng_next(rng);
		exitU[i] = rng_next(rng);
		rcOut[i] = draw(recovery, rng);
	}
	return d;
}

static void free_draws(BaseDraws *d) {
	for (int k = 0; k < NARRAYS; k++) free(d->col[k]);
}

static double checksum(const BaseDraws *d) {
	double s = 0;
	for (int k = 0; k < NARRAYS; k++)
		for (long i = 0; i < d->n; i++) s += d->col[k][i];
	return s;
}

static double now_ns(void) {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

static void usage(void) {
	fprintf(stderr, "usage: sampler-kernel bench N REPS WARMUP PARAMS... | dump N SEED PARAMS...\n"
	                "PARAMS: %d distributions as 'kind a b c' (kind c, l or p)\n",
	        NPARAMS);
	exit(2);
}

int main(int argc, char **argv) {
	if (argc < 2) usage();
	const char *mode = argv[1];
	const int head = strcmp(mode, "bench") == 0 ? 5 : strcmp(mode, "dump") == 0 ? 4 : 0;
	if (head == 0 || argc != head + 4 * NPARAMS) usage();
	const long n = strtol(argv[2], NULL, 10);
	const long x = strtol(argv[3], NULL, 10);
	const long y = head == 5 ? strtol(argv[4], NULL, 10) : 0;
	for (int p = 0; p < NPARAMS; p++) {
		char **w = argv + head + 4 * p;
		params[p].kind = w[0][0];
		params[p].a = strtod(w[1], NULL);
		params[p].b = strtod(w[2], NULL);
		params[p].c = strtod(w[3], NULL);
	}
	POW2[1022] = 1;
	for (int k = 1; k <= 1023; k++) POW2[1022 + k] = POW2[1021 + k] * 2;
	for (int k = -1; k >= -1022; k--) POW2[1022 + k] = POW2[1023 + k] / 2;
	ziggurat_init();
	compile(&params[RECORDS_EXPOSED], &compiled[0]);
	compile(&params[CARD_WINDOW], &compiled[1]);
	compile(&params[RECOVERY_MONTHS], &compiled[2]);
	Rng rng;
	if (strcmp(mode, "dump") == 0) {
		rng_init(&rng, (int32_t)x);
		BaseDraws d = sample_base(&rng, n);
		for (int k = 0; k < NARRAYS; k++) fwrite(d.col[k], sizeof(double), (size_t)n, stdout);
		free_draws(&d);
		return 0;
	}
	/* as tests/bench/engine.bench.ts: one warm-up call (seed 1), then REPS calls with seeds 2, 3, ... */
	rng_init(&rng, 1);
	BaseDraws w = sample_base(&rng, y);
	double sink = checksum(&w);
	free_draws(&w);
	for (long r = 0; r < x; r++) {
		const double t = now_ns(); /* seeding inside the timing, as createRng(r + 2) is in the TypeScript bench */
		rng_init(&rng, (int32_t)(r + 2));
		BaseDraws d = sample_base(&rng, n);
		const double ns = (now_ns() - t) / n;
		sink += checksum(&d);
		free_draws(&d);
		printf("%.1f\n", ns);
	}
	fprintf(stderr, "checksum %.17g\n", sink);
	return 0;
}
