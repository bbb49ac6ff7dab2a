/**
 * data/base-rates.json: how often a shop suffers a personal-data breach, by site form.
 *
 * - `counts`: every cited count the derivation rests on (PPC leak reports, the PPC survey's breached operators by
 *   site form, JCA card fraud, disclosed card-leak incidents, Tokyo Shoko Research, JNSA, Privacy Mark, EC market
 *   and merchant numbers), each a sourced figure; a denominator nobody publishes is `value: "unknown"` + note.
 * - `inputs`: the intermediate assumptions of the derivation (numerator per year, shares, site-count
 *   denominators, uplift), each an assumption built on counts.
 * - `reportingAdjustment`: the under-reporting multiplier (倍) applied to disclosed incident counts.
 * - `rates`: one entry per site form — the form's own (idiosyncratic) breach rate as a Poisson rate in incidents
 *   per site-year (件/年; for such small rates it equals the annual probability), the POPULATION AVERAGE of the
 *   form before any checklist adjustment (`rateDefinition`), with an ordered, bilingual derivation whose steps name
 *   the ids (counts, inputs, reporting-adjustment, platform-wide-*) they use.
 * - `platformWide`: for saas and mall, the rate of a platform-wide incident (回/年 per platform) and the share of
 *   tenants it hits (%). It is NOT included in `rates`; a tenant's expected extra rate is E[rate] × E[share] / 100.
 * - `sketchReview`: where this derivation departs from the reference's B.10 sketch and why.
 * - `cautions`: gaps and cautions (reference B.11 plus inconsistencies found while checking).
 */
import { z } from 'zod';
import { Figure, FileHead, Text } from '../figure';

const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');

/** The calculator's five site forms. */
export const BaseRateForm = z.enum(['scratch', 'package', 'managed', 'saas', 'mall']);
export type BaseRateForm = z.infer<typeof BaseRateForm>;

/** Which body of evidence a count belongs to (reference sections B.1–B.9 and the two seeds). */
export const CountGroup = z.enum([
	'ppc-leak-reports',
	'ppc-ec-survey',
	'ipa-outline',
	'jca-card-fraud',
	'card-leak-disclosures',
	'tsr-listed',
	'jnsa',
	'privacy-mark',
	'ec-market'
]);
export type CountGroup = z.infer<typeof CountGroup>;

/** One cited count (or share) with a stable id. */
export const BaseRateCount = z
	.object({
		id: Id,
		group: CountGroup,
		figure: Figure
	})
	.strict();
export type BaseRateCount = z.infer<typeof BaseRateCount>;

/** One intermediate assumption of the derivation, and the forms whose rate uses it. */
export const BaseRateInput = z
	.object({
		id: Id,
		figure: Figure,
		usedBy: z.array(BaseRateForm).min(1)
	})
	.strict();
export type BaseRateInput = z.infer<typeof BaseRateInput>;

/** One step of a derivation: what is computed, and the ids (counts, inputs, adjustments) it rests on. */
export const DerivationStep = z
	.object({
		no: z.number().int().positive(),
		text: Text,
		uses: z.array(Id)
	})
	.strict();
export type DerivationStep = z.infer<typeof DerivationStep>;

/** The own-site breach rate of one form (件/年 per site-year) and how it was reached. */
export const FormRate = z
	.object({
		form: BaseRateForm,
		rate: Figure,
		derivation: z.array(DerivationStep).min(1)
	})
	.strict();
export type FormRate = z.infer<typeof FormRate>;

/** A platform-wide (common-shock) incident for SaaS or mall tenants. */
export const PlatformWide = z
	.object({
		id: Id,
		form: z.enum(['saas', 'mall']),
		/** platform-wide incidents per platform-year (回/年) */
		incidentRate: Figure,
		/** share of the platform's tenants whose customers' data is hit, given such an incident (%) */
		tenantShareAffected: Figure,
		note: Text
	})
	.strict();
export type PlatformWide = z.infer<typeof PlatformWide>;

export const BaseRateNote = z.object({ id: Id, text: Text }).strict();
export type BaseRateNote = z.infer<typeof BaseRateNote>;

const REPORTING_ADJUSTMENT_ID = 'reporting-adjustment';

export const BaseRatesFile = z
	.object({
		...FileHead,
		/** what a rate means (unit, scope, what is and is not included) */
		rateDefinition: Text,
		counts: z.array(BaseRateCount).min(1),
		inputs: z.array(BaseRateInput).min(1),
		reportingAdjustment: Figure,
		rates: z.array(FormRate).length(5),
		platformWide: z.array(PlatformWide).length(2),
		sketchReview: z.array(BaseRateNote).min(1),
		cautions: z.array(BaseRateNote).min(1)
	})
	.strict()
	.superRefine((doc, ctx) => {
		const ids = new Set<string>();
		const all = [
			...doc.counts.map((c) => c.id),
			...doc.inputs.map((i) => i.id),
			...doc.platformWide.map((p) => p.id),
			REPORTING_ADJUSTMENT_ID
		];
		for (const id of all) {
			if (ids.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${id}` });
			ids.add(id);
		}
		const forms = new Set(doc.rates.map((r) => r.form));
		if (forms.size !== 5)
			ctx.addIssue({ code: 'custom', message: 'rates must hold each of the five forms once' });
		const pw = new Set(doc.platformWide.map((p) => p.form));
		if (pw.size !== 2)
			ctx.addIssue({ code: 'custom', message: 'platformWide must hold saas and mall once each' });
		doc.rates.forEach((r, ri) => {
			r.derivation.forEach((s, si) => {
				if (s.no !== si + 1) {
					ctx.addIssue({
						code: 'custom',
						path: ['rates', ri, 'derivation', si, 'no'],
						message: 'steps are numbered 1, 2, 3 …'
					});
				}
				for (const u of s.uses) {
					if (!ids.has(u)) {
						ctx.addIssue({
							code: 'custom',
							path: ['rates', ri, 'derivation', si, 'uses'],
							message: `unknown id ${u}`
						});
					}
				}
			});
		});
	});
export type BaseRatesFile = z.infer<typeof BaseRatesFile>;
