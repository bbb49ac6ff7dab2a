/**
 * The engine in the browser: a module worker built by Vite from engine.worker.ts, behind an EngineClient.
 * Call it on the client only (in onMount or an effect), never during prerender.
 */
import { EngineClient } from './client';

export function createEngineClient(): EngineClient {
	const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
	return new EngineClient(worker);
}

export { EngineClient } from './client';
export type { EngineRun, RunOptions, RunOutcome } from './client';
export type { FromEngine, Phase } from './protocol';
