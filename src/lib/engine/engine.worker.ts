/**
 * The engine worker: owns the data set (trimmed and validated at build time, see src/lib/data/engine-data.ts),
 * zod and decimal.js, and answers the protocol in protocol.ts through serve.ts.
 */
import { ENGINE_DATA, ENGINE_DATA_VERSION } from '../data/engine-data';
import { createEngine } from '../model';
import type { FromEngine } from './protocol';
import { serveEngine } from './serve';

const scope = self as unknown as {
	postMessage(message: FromEngine): void;
	onmessage: ((event: MessageEvent) => void) | null;
};
const host = serveEngine(
	() => createEngine(ENGINE_DATA, { dataVersion: ENGINE_DATA_VERSION }),
	(message) => scope.postMessage(message)
);
scope.onmessage = (event) => host.receive(event.data);
