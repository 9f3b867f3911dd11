import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { validate } from '../schema/ajv.js';
import { BadInput } from '../bad-input.js';
import type { ConformanceConfig } from '../types/index.js';

export interface LoadedConfig {
  config: ConformanceConfig;
  /** The folder relative paths in the config resolve against. */
  dir: string;
  /** The file it came from, if any. */
  file?: string;
}

/** Reads and validates a config file against schemas/config.schema.json; an unknown key is named. */
export function loadConfig(file: string | undefined, cwd = process.cwd()): LoadedConfig {
  if (!file) return { config: {}, dir: cwd };
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new BadInput(`config file ${path} cannot be read`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BadInput(`config file ${path} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { config: checkConfig(data, path), dir: dirname(path), file: path };
}

/** Validates config data; the first problem becomes one line that names the key. */
export function checkConfig(data: unknown, where = 'config'): ConformanceConfig {
  const errors = validate('config', data);
  const first = errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0];
  if (!first) return data as ConformanceConfig;
  const at = first.instancePath ? first.instancePath.slice(1).replace(/\//g, '.') : '';
  if (first.keyword === 'additionalProperties') {
    const key = String((first.params as { additionalProperty?: string }).additionalProperty);
    throw new BadInput(`${where}: unknown key "${at ? `${at}.` : ''}${key}"`);
  }
  throw new BadInput(`${where}: ${at || 'the config'} ${first.message ?? 'is invalid'}`);
}
