/**
 * Reads a SaaS or mall plan from data/platforms.json into the fee fields of the scenario, so a preset and custom
 * fees go through the same cost model. A range is read at its midpoint (and said so); an unknown fee stays null
 * and becomes a warning; fees that apply only on conditions are listed, not charged.
 */
import type { Figure, Text } from '../data/figure';
import type { DataSet } from '../data/files';
import type { PlatformFormInput } from './scenario';
import { convertUnit } from './units';

export type FeeKey = keyof NonNullable<PlatformFormInput['fees']>;
export type Fees = Record<FeeKey, number | null>;

export const FEE_KEYS = [
	'initial',
	'monthly',
	'cardRate',
	'perOrderFee',
	'commissionRate',
	'pointRate',
	'affiliateRate',
	'otherRevenueRate',
	'otherMonthly'
] as const satisfies readonly FeeKey[];

/** What reading a preset had to note: a range taken at its midpoint, a conditional fee left out. */
export type PresetNote =
	| { kind: 'range-midpoint'; label: Text; low: number; high: number; unit: string }
	| { kind: 'conditional-excluded'; label: Text };

export interface PresetReading {
	fees: Fees;
	notes: PresetNote[];
}

const SLOTS: [FeeKey, string, string][] = [
	['initial', 'initialFee', '円'],
	['monthly', 'monthlyFee', '円/月'],
	['cardRate', 'paymentRate', '%'],
	['perOrderFee', 'perTransactionFee', '円/件'],
	['commissionRate', 'salesCommission', '%'],
	['pointRate', 'pointCost', '%'],
	['affiliateRate', 'affiliateCost', '%']
];

function read(figure: Figure, unit: string, where: string, notes: PresetReading['notes']): number | null {
	if (figure.value === 'unknown') return null;
	if (typeof figure.value === 'number')
		return convertUnit(figure.value, figure.unit.replace('/点', '/件'), unit, where);
	if (figure.low !== undefined && figure.high !== undefined) {
		notes.push({
			kind: 'range-midpoint',
			label: figure.label,
			low: figure.low,
			high: figure.high,
			unit: figure.unit
		});
		return convertUnit((figure.low + figure.high) / 2, figure.unit, unit, where);
	}
	return null;
}

export function readPreset(data: DataSet, planId: string): PresetReading | null {
	const plan = data['platforms.json'].plans.find((p) => p.id === planId);
	if (!plan) return null;
	const notes: PresetReading['notes'] = [];
	const fees = { otherRevenueRate: 0, otherMonthly: 0 } as Fees;
	const slots = plan.fees as unknown as Record<string, { default: Figure | { notApplicable: true } }>;
	for (const [key, slot, unit] of SLOTS) {
		const d = slots[slot]?.default;
		fees[key] = !d || 'notApplicable' in d ? 0 : read(d, unit, `${planId}.${slot}`, notes);
	}
	for (const other of plan.fees.otherFees ?? []) {
		const fig = other.figure as Figure;
		if (other.applies !== 'always') {
			notes.push({ kind: 'conditional-excluded', label: fig.label });
			continue;
		}
		if (fig.unit === '%')
			fees.otherRevenueRate = (fees.otherRevenueRate ?? 0) + (read(fig, '%', planId, notes) ?? 0);
		else if (fig.unit.endsWith('/月'))
			fees.otherMonthly = (fees.otherMonthly ?? 0) + (read(fig, '円/月', planId, notes) ?? 0);
	}
	return { fees, notes };
}
