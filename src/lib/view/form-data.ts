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

export interface PlanInfo {
	id: string;
	kind: 'saas' | 'mall';
	platform: Text;
	name: Text;
	current: boolean;
}

export interface FormData {
	/** the answers each checklist mode takes, in the order they are offered */
	answers: { new: readonly string[]; running: readonly string[] };
	requirements: RequirementInfo[];
	integrations: IntegrationInfo[];
	plans: PlanInfo[];
}

export function formData(data: DataSet, answers: FormData['answers']): FormData {
	const platforms = new Map(data['platforms.json'].platforms.map((p) => [p.id, p]));
	return {
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
				current: p.status === 'current'
			}))
	};
}
