import { BadInput } from '../bad-input.js';

/** The flags a verb takes: a "string" flag needs a value, a "boolean" flag is on when present. */
export type FlagSpec = Readonly<Record<string, 'string' | 'boolean'>>;

export interface ParsedArgs<S extends FlagSpec> {
  readonly flags: { [K in keyof S]?: S[K] extends 'boolean' ? boolean : string };
  readonly positionals: string[];
}

/**
 * Strict parsing shared by every verb: `--flag value`, `--flag=value`, `--bool`; `--` ends the flags. An unknown
 * flag, a string flag without a value, or a value given to a boolean is a BadInput that names the flag.
 */
export function parseArgs<S extends FlagSpec>(argv: readonly string[], spec: S): ParsedArgs<S> {
  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) throw new BadInput(`unknown option ${arg} (options are --long)`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (kind === undefined) throw new BadInput(`unknown option --${name}`);
    if (kind === 'boolean') {
      if (eq !== -1) throw new BadInput(`option --${name} takes no value`);
      flags[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      // A following flag is not a value: `--seed --invalid` forgot the seed.
      if (next !== undefined && !next.startsWith('--')) value = argv[++i];
    }
    if (value === undefined || value === '') throw new BadInput(`option --${name} needs a value`);
    flags[name] = value;
  }
  return { flags: flags as ParsedArgs<S>['flags'], positionals };
}

/** An integer flag's value (or the default when absent), within [min, max]. */
export function integerOption(value: string | undefined, name: string, fallback: number, min = -Infinity, max = Infinity): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    const range = min === -Infinity ? '' : max === Infinity ? ` of at least ${min}` : ` from ${min} to ${max}`;
    throw new BadInput(`option --${name} wants an integer${range}, not "${value}"`);
  }
  return n;
}

/** A date flag's value: an ISO-8601 date-time such as 2026-01-01T00:00:00Z. */
export function dateOption(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw new BadInput(`option --${name} wants an ISO-8601 date-time such as 2026-01-01T00:00:00Z, not "${value}"`);
  }
  return date;
}
