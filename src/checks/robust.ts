/** ROBUST-*: a skill that tolerates what Alexa may add to its requests (Request and Response JSON Reference, "Request format"). */
import { responseChecks } from './response.js';
import type { Check, CheckContext, Entry, Trace } from './types.js';

/** The RSP-* ids an entry fails. */
function failing(entry: Entry, trace: Trace, ctx: CheckContext, at: number): Map<string, string> {
  const fails = new Map<string, string>();
  for (const check of responseChecks) {
    if (!check.applies(entry, trace, ctx)) continue;
    const first = check.problems(entry, trace, ctx, at)[0];
    if (first) fails.set(check.id, first.message);
  }
  return fails;
}

/** ROBUST-UNKNOWN-FIELDS: unknown properties in the request change nothing the RSP-* checks see. */
export const unknownFields: Check = {
  id: 'ROBUST-UNKNOWN-FIELDS',
  applies: (entry, trace) => entry.role === 'robust-variant' && trace.entries[entry.meta.originalAt ?? -1] !== undefined,
  problems: (entry, trace, ctx, at) => {
    const originalAt = entry.meta.originalAt ?? -1;
    const original = trace.entries[originalAt];
    if (!original) return [];
    const before = failing(original, trace, ctx, originalAt);
    const where = (entry.meta.injected ?? []).join(', ');
    return [...failing(entry, trace, ctx, at)]
      .filter(([id]) => !before.has(id))
      .map(([id, message]) => ({
        message: `with unknown properties at ${where} the response fails ${id} (${message}); without them it passes`,
        compareAt: originalAt,
      }));
  },
};

export const robustChecks: Check[] = [unknownFields];
