/**
 * What the input steps show besides the field catalogue, picked from data/ at prerender (page data): the IPA
 * outline's requirements with their wording and why each matters, the payment integration types explained, and the
 * SaaS and mall plans with their platforms. Plain data; the browser never loads the data set.
 */
import type { DataSet } from '../data/files';
import type { Text } from '../data/figure';

export interface RequirementInfo {
	id: string;
	no: number;
	phase: 'build' | 'operation';
	mandatory: boolean;
	text: Text;
	/** why it matters, in plain words (data's mapping rationale) */
	why: Text | null;
}

export interface IntegrationInfo {
	id: string;
	name: Text;
	description: Text;
}

/** One published fee of a plan, as data/platforms.json has it (the default; variants are left to /sources). */
export interface PlanFee {
	key: string;
	label: Text;
	unit: string;
	/** a single value, a range, or unknown (no published price found) */
	value: number | 'unknown' | null;
	low: number | null;
	high: number | null;
	source: { id: string; section: string; asOf: string } | null;
}

export interface PlanInfo {
	id: string;
	kind: 'saas' | 'mall';
	platform: Text;
	name: Text;
	current: boolean;
	fees: PlanFee[];
	/** whether the yen prices include consumption tax (税込/税抜), as the sources say */
	tax: { basis: 'tax-excluded' | 'tax-included' | 'mixed' | 'unknown'; text: Text };
}

export interface FormData {
	/** the answers each checklist mode takes, in the order they are offered */
	answers: { new: readonly string[]; running: readonly string[] };
	requirements: RequirementInfo[];
	integrations: IntegrationInfo[];
	plans: PlanInfo[];
	/** titles of the sources the plans' fees cite, by source id */
	sources: Record<string, { title: string; titleEn?: string; date?: string }>;
}

export function formData(data: DataSet, answers: FormData['answers']): FormData {
	const platforms = new Map(data['platforms.json'].platforms.map((p) => [p.id, p]));
	const form: Omit<FormData, 'sources'> = {
		answers,
		requirements: data['guideline-requirements.json'].requirements.map((r) => ({
			id: r.id,
			no: r.no,
			phase: r.phase === 'build' ? 'build' : 'operation',
			mandatory: r.class === 'mandatory',
			text: r.text,
			why: r.mappingRationale ?? null
		})),
		integrations: data['card-rules.json'].integrationTypes.map((t) => ({
			id: t.id,
			name: t.name,
			description: t.description
		})),
		plans: data['platforms.json'].plans
			.filter((p) => p.kind === 'saas' || p.kind === 'mall')
			.map((p) => ({
				id: p.id,
				kind: p.kind as 'saas' | 'mall',
				platform: platforms.get(p.platform)?.name ?? { ja: p.platform, en: p.platform },
				name: p.name,
				current: p.status === 'current',
				fees: Object.entries(p.fees).flatMap(([key, fee]): PlanFee[] => {
					if (!fee || Array.isArray(fee) || !('default' in fee)) return [];
					const f = fee.default;
					// a fee the plan does not charge at all (notApplicable) is left out
					if ('notApplicable' in f) return [];
					return [
						{
							key,
							label: f.label,
							unit: f.unit,
							value: f.value ?? null,
							low: f.low ?? null,
							high: f.high ?? null,
							source: f.source ? { id: f.source.id, section: f.source.section, asOf: f.source.asOf } : null
						}
					];
				}),
				tax: { basis: p.taxBasis.basis, text: p.taxBasis.text }
			}))
	};
	const all = data['sources.json'].sources;
	const cited = new Set(form.plans.flatMap((p) => p.fees.flatMap((f) => (f.source ? [f.source.id] : []))));
	const sources: FormData['sources'] = {};
	for (const id of [...cited].sort()) {
		const s = all[id];
		if (s) sources[id] = { title: s.title, titleEn: s.titleEn, date: s.date };
	}
	return { ...form, sources };
}
