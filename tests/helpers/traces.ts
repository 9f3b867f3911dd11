/** Hand-built traces for check unit tests: an entry from a request and a response body, and the ids the checks fire. */
import { CHECKS } from '../../src/requirements/registry.js';
import type { CheckContext, Entry, EntryMeta, Role, Trace } from '../../src/checks/types.js';

export const CTX: CheckContext = { timeoutMs: 8000, declaredTasks: new Set() };

/** A request envelope with just what the checks read: the request's type and locale. */
export const requestOf = (type: string, locale = 'en-US', extra: Record<string, unknown> = {}) => ({
  version: '1.0',
  request: { type, requestId: 'amzn1.echo-api.request.t', timestamp: '2026-01-01T00:00:00Z', locale, ...extra },
});

export function entryOf(role: Role, body: unknown, options: { meta?: EntryMeta; type?: string; locale?: string; label?: string } = {}): Entry {
  const type = options.type ?? { launch: 'LaunchRequest', resume: 'SessionResumedRequest', 'session-ended': 'SessionEndedRequest' }[role as string] ?? 'IntentRequest';
  return {
    label: options.label ?? role,
    role,
    exchange: { request: requestOf(type, options.locale), status: 200, body, bytes: JSON.stringify(body ?? null).length, ms: 5, outbound: [] },
    meta: options.meta ?? {},
  };
}

export const traceOf = (entries: Entry[], family = 'test'): Trace => ({ family, caseId: `${family}:0`, entries });

/** The problems one check finds in a trace, entry by entry ([] where it does not apply). */
export function problemsOf(id: string, trace: Trace, ctx: CheckContext = CTX): string[][] {
  const check = CHECKS.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return trace.entries.map((entry, at) => (check.applies(entry, trace, ctx) ? check.problems(entry, trace, ctx, at).map((p) => p.message) : []));
}

/** Whether one check applies to an entry of a trace at all. */
export function appliesTo(id: string, trace: Trace, at: number, ctx: CheckContext = CTX): boolean {
  const check = CHECKS.find((c) => c.id === id);
  const entry = trace.entries[at];
  if (!check || !entry) throw new Error(`no check ${id} or entry ${at}`);
  return check.applies(entry, trace, ctx);
}

/** The ids every check fires on a trace. */
export function firedOn(trace: Trace, ctx: CheckContext = CTX): string[] {
  const ids = new Set<string>();
  for (const check of CHECKS)
    trace.entries.forEach((entry, at) => {
      if (check.applies(entry, trace, ctx) && check.problems(entry, trace, ctx, at).length > 0) ids.add(check.id);
    });
  return [...ids].sort();
}

export const ssml = (inner: string) => ({ type: 'SSML', ssml: `<speak>${inner}</speak>` });
/** A response body: speech (SSML), and optionally more response fields and session attributes. */
export function bodyOf(speech: string | undefined, response: Record<string, unknown> = {}, sessionAttributes?: Record<string, unknown>) {
  return {
    version: '1.0',
    ...(sessionAttributes ? { sessionAttributes } : {}),
    response: { ...(speech === undefined ? {} : { outputSpeech: ssml(speech) }), ...response },
  };
}
