/**
 * What the engine says about its results, as data: a typed code, the field (dotted scenario path) it is about,
 * the figures it rests on, and the source it cites. No sentences and no formatted numbers: src/lib/export/ words
 * them in Japanese and English (amounts in yen, rates in percent as the scenario writes them).
 */
import type { Text } from '../data/figure';

export interface SourceRef {
	id: string;
	section: string;
}

export type ModelMessage =
	/** an input left unknown (null): left out of the total, which becomes a lower bound */
	| { code: 'unknown-input'; field: string }
	/** the user overrode the outline's floor: security operations below it, yen a month */
	| {
			code: 'below-security-floor';
			field: string;
			params: { monthlyItems: number; floorMonthly: number };
			source?: SourceRef;
	  }
	/** a plan id that data/platforms.json does not have */
	| { code: 'unknown-preset'; field: string; params: { plan: string } }
	/** a fee given as a range, costed at its midpoint (label from data/platforms.json) */
	| {
			code: 'fee-range-midpoint';
			field: string;
			params: { plan: string; label: Text; low: number; high: number; unit: string };
	  }
	/** a fee that applies only on conditions, listed but not charged */
	| { code: 'conditional-fee-excluded'; field: string; params: { plan: string; label: Text } }
	/** cheapest-of-platform moved the form to another plan of the same service */
	| { code: 'plan-chosen'; field: string; params: { plan: string; given: string } }
	/** no form is enabled */
	| { code: 'no-forms' };

export type ModelMessageCode = ModelMessage['code'];
