/** The ways the mock fails on demand: an error status (the page's 400, 401, 404 and 500), or a slow answer. */
export const FAULTS = ['400', '401', '404', '500', 'slow'] as const;
export type Fault = (typeof FAULTS)[number];

/**
 * How long a slow answer is held back. Longer than the reference's own guard (1,500 ms) and well inside
 * Alexa's 8 s, so that a guarded skill costs a run 1.5 s per slow probe rather than the run's timeout, and an
 * unguarded one still answers, late; the check is that the answer, whenever it comes, passes RSP-* (RSP-TIME
 * among them: with --timeout below this, an unguarded skill fails it).
 */
export const SLOW_MS = 3_000;

/** The message of each error status, in the page's words. */
export const ERROR_MESSAGES: Readonly<Record<'400' | '401' | '404' | '500', string>> = {
  '400': 'Invalid request',
  '401': "The authentication token is invalid or doesn't have access to make this request",
  '404': 'The requested productId is not available for discovery',
  '500': 'Internal Server Error',
};
