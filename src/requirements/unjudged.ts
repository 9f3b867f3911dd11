import type { CheckContext, Trace } from '../checks/types.js';
import { CHECKS } from './registry.js';

/**
 * For each selected check that left an entry unjudged on purpose (a locale the lexicon has no words
 * for), the first reason: when the check judged nothing, the report says why instead of a generic note.
 */
export function unjudgedReasons(traces: readonly Trace[], ctx: CheckContext, selected: (id: string) => boolean): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const check of CHECKS) {
    if (!check.unjudged || !selected(check.id)) continue;
    for (const trace of traces)
      for (const entry of trace.entries) {
        if (entry.exchange.notSent || reasons[check.id] !== undefined) continue;
        const why = check.unjudged(entry, trace, ctx);
        if (why !== undefined) reasons[check.id] = why;
      }
  }
  return reasons;
}
