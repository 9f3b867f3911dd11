/** Keys whose values are credentials wherever they appear. */
const SECRET_KEYS = /^(apiAccessToken|accessToken|consentToken|authorization|idpToken)$/i;
export const REDACTED = '[redacted]';

/** Shorter credential values are not hunted for elsewhere: scrubbing "null" or "1" everywhere would garble the evidence. */
const SHORTEST_ECHO = 6;

/** The credential values under secret keys, and the token of a `Bearer <token>` value, anywhere in a value. */
function credentials(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const v of value) credentials(v, into);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, child] of Object.entries(value)) {
      if (SECRET_KEYS.test(k) && typeof child === 'string') {
        into.add(child);
        const token = /^\s*\S+\s+(\S+)\s*$/.exec(child)?.[1];
        if (token) into.add(token);
      } else credentials(child, into);
    }
  }
  return into;
}

/**
 * A copy of a value with credentials and the given secret strings replaced. A credential is replaced
 * under its key, and also wherever else its value turns up: a skill that reads its access token back
 * in its speech, or logs it in an error, must not put it in a report.
 */
export function redact<T>(value: T, secrets: readonly string[] = []): T {
  const echoed = [...credentials(value, new Set())].filter((s) => s.length >= SHORTEST_ECHO);
  // Longest first, so a secret that contains another is replaced whole.
  const all = [...new Set([...secrets.filter(Boolean), ...echoed])].sort((a, b) => b.length - a.length);
  const scrub = (s: string): string => all.reduce((text, secret) => text.split(secret).join(REDACTED), s);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null) return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, child]) => [scrub(k), SECRET_KEYS.test(k) && child !== undefined && child !== null ? REDACTED : walk(child)]),
    );
  };
  return walk(value) as T;
}
