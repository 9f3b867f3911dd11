import type fc from 'fast-check';
import type { DomainName } from './domain.js';

/** How generation is anchored and narrowed; every field is optional and the defaults are deterministic. */
export interface GenerateOptions {
  /** The anchor for x-generate "timestamp" (default 2026-01-01T00:00:00Z, so that output is reproducible). */
  now?: Date;
  /** Replaces domain generators by x-generate name; their values must still satisfy each node's constraints. */
  domain?: Partial<Record<DomainName, fc.Arbitrary<string>>>;
  /** Restricts x-generate "locale" to these. */
  locales?: string[];
}

export const DEFAULT_NOW = new Date('2026-01-01T00:00:00Z');
