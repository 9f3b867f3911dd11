/** The ways the Buy with Prime mock fails on demand: throttling, server errors, or the right answer, late. */
export const BWP_FAULTS = ['429', '500', '503', 'slow'] as const;
export type BwpFault = (typeof BWP_FAULTS)[number];

export const BWP_SLOW_MS = 3_000;

/** The HTTP status and GraphQL error of each error fault. */
export const BWP_FAULT_ANSWERS: Readonly<Record<Exclude<BwpFault, 'slow'>, { status: number; errorType: string; message: string }>> = {
  '429': { status: 429, errorType: 'ThrottlingException', message: 'Rate exceeded.' },
  '500': { status: 500, errorType: 'InternalServerException', message: 'An internal error occurred.' },
  '503': { status: 503, errorType: 'ServiceUnavailableException', message: 'The service is unavailable.' },
};
