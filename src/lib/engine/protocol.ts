/**
 * The messages between the main thread and the engine worker (types only; both sides import this file).
 *
 * One request (`run`) carries the raw input as the user gave it — the worker parses it, so the main thread never
 * needs zod, decimal.js or the data set — and the phases wanted. The worker answers in phases, each tagged with
 * the request's id: first `expected` (the parsed scenario and the exact expected-value core: costs, E[loss],
 * ranking, rules), then `distribution` (Monte Carlo percentiles, loss-exceedance curves), then the what-if
 * analysis, streamed as `progress` messages and one final `what-if`; `done` closes a request that ran to the end.
 * Input that is not a valid scenario is answered with `invalid` (field problems); anything that goes wrong inside
 * the worker with `error` (a message, never a thrown exception). `invalid`, `error` and `done` end a request.
 *
 * Ids increase with every request. A newer `run` supersedes every older one, and `cancel` stops one: the worker
 * checks between phases and between what-if steps, and stops without answering further; the client also drops
 * any reply whose id is not its latest request's, so a reply already on its way is never shown.
 */
import type {
	DistributionResult,
	ExpectedAnalysis,
	MigrationNote,
	Scenario,
	ScenarioProblem,
	WhatIfResult
} from '../model';

export type Phase = 'expected' | 'distribution' | 'what-if';
/** In the order the worker runs and answers them. */
export const PHASES: readonly Phase[] = ['expected', 'distribution', 'what-if'];

export type ToEngine =
	/** `phases`: which phases to answer; `expected` is always computed and answered (the others start from it) */
	{ type: 'run'; id: number; input: unknown; phases: readonly Phase[] } | { type: 'cancel'; id: number };

export type FromEngine =
	/** field problems as data (codes; worded by src/lib/export/problems.ts) */
	| { type: 'invalid'; id: number; problems: ScenarioProblem[]; /** problems beyond the list */ more: number }
	| {
			type: 'expected';
			id: number;
			/** the input as parsed: merged over the defaults, migrated, validated */
			scenario: Scenario;
			/** what the migration of an older file changed (codes; worded by src/lib/export/problems.ts) */
			notes: MigrationNote[];
			result: ExpectedAnalysis;
	  }
	| { type: 'distribution'; id: number; result: DistributionResult }
	| { type: 'progress'; id: number; done: number; total: number }
	| { type: 'what-if'; id: number; result: WhatIfResult }
	| { type: 'done'; id: number }
	| { type: 'error'; id: number; message: string };

export type FromEngineType = FromEngine['type'];
