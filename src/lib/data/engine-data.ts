/**
 * The data set as the engine worker gets it: validated at build time and trimmed to what the engine reads, by
 * scripts/engine-data.ts (run before build, dev, check and unit tests; the file is git-ignored). Typed as the
 * full DataSet although it lacks what the engine never reads (notes, derivations, the source list, survey tables
 * the model does not use); src/lib/engine/engine-data.spec.ts checks the engine gives identical results with it.
 * Only the worker (src/lib/engine/engine.worker.ts) imports this: no zod validation at start-up.
 */
import type { DataSet } from './files';
import trimmed from './generated/engine-data.json' with { type: 'json' };
import version from './generated/engine-data-version.json' with { type: 'json' };

export const ENGINE_DATA = trimmed as unknown as DataSet;
/** The full data set's content hash (src/lib/data/version.ts), for results' meta.dataVersion. */
export const ENGINE_DATA_VERSION: string = version.dataVersion;
