/**
 * Tests only: an EngineClient wired to the worker logic (serve.ts) in this process through a real MessageChannel,
 * so every message is structured-cloned and delivered asynchronously, as between threads.
 */
import { MessageChannel } from 'node:worker_threads';
import { EngineClient, type EnginePort } from './client';
import type { FromEngine, ToEngine } from './protocol';
import { serveEngine, type EngineCore, type EngineHost } from './serve';

export interface InProcess {
	client: EngineClient;
	host: EngineHost;
	/** every reply the worker side sent, in order, before the client saw it */
	wire: FromEngine[];
}

export function inProcessEngine(core: EngineCore | (() => EngineCore)): InProcess {
	const { port1, port2 } = new MessageChannel();
	const wire: FromEngine[] = [];
	const host = serveEngine(core, (message) => {
		wire.push(message);
		port2.postMessage(message);
	});
	port2.on('message', (message: unknown) => host.receive(message));
	const port: EnginePort = {
		postMessage: (message: ToEngine) => port1.postMessage(message),
		onmessage: null,
		terminate: () => {
			port1.close();
			port2.close();
		}
	};
	port1.on('message', (data: unknown) => port.onmessage?.({ data } as MessageEvent));
	return { client: new EngineClient(port), host, wire };
}
