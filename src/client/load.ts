import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BadInput } from '../bad-input.js';
import { ADAPTER_OPERATIONS, type CommerceAdapter } from './adapter.js';

const isRecord = (v: unknown): v is Record<string, unknown> => (typeof v === 'object' || typeof v === 'function') && v !== null;

/** Why a module's export is not a CommerceAdapter, or undefined. */
function unusable(candidate: unknown): string | undefined {
  if (!isRecord(candidate)) return 'exports no `adapter` object (nor a default one)';
  const present = ADAPTER_OPERATIONS.filter((op) => candidate[op] !== undefined);
  const notFunctions = present.filter((op) => typeof candidate[op] !== 'function');
  if (notFunctions.length > 0) return `exports an adapter whose ${notFunctions.join(', ')} is not a function`;
  if (present.length === 0) return `exports an adapter with none of ${ADAPTER_OPERATIONS.join(', ')}`;
  if ((candidate['previewDelivery'] === undefined) !== (candidate['placeOrder'] === undefined)) return 'exports previewDelivery or placeOrder without the other (an order needs its preview)';
  return undefined;
}

/** Loads an adapter module (ESM or CommonJS JavaScript): its `adapter` export, else its default export. */
export async function loadAdapter(file: string, cwd = process.cwd()): Promise<CommerceAdapter> {
  const path = resolve(cwd, file);
  if (!existsSync(path)) throw new BadInput(`--adapter ${file} does not exist`);
  if (/\.[mc]?ts$/.test(path)) throw new BadInput(`--adapter ${file} is TypeScript, which Node cannot load: build it to JavaScript first`);
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new BadInput(`--adapter ${file} cannot be loaded: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  }
  const fallback = isRecord(module['default']) && isRecord(module['default']['adapter']) ? module['default']['adapter'] : module['default'];
  const candidate = module['adapter'] ?? fallback;
  const problem = unusable(candidate);
  if (problem) throw new BadInput(`--adapter ${file} ${problem}`);
  return candidate as CommerceAdapter;
}
