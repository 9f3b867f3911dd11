/** Keys whose values are credentials wherever they appear. */
const SECRET_KEYS = /^(apiAccessToken|accessToken|consentToken|authorization|idpToken)$/i;
export const REDACTED = '[redacted]';

/** A copy of a value with credentials and the given secret strings replaced. */
export function redact<T>(value: T, secrets: readonly string[] = []): T {
  const scrub = (s: string): string => secrets.reduce((text, secret) => (secret ? text.split(secret).join(REDACTED) : text), s);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return scrub(v);
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null) return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, child]) => [k, SECRET_KEYS.test(k) && child !== undefined && child !== null ? REDACTED : walk(child)]),
    );
  };
  return walk(value) as T;
}
