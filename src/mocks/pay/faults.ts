/**
 * The errors the mock gives on demand: the two codes the Delivery Tracker reference names (HTTP 400), throttling,
 * the server errors every Amazon Pay API can return, and a slow answer (the right one, late).
 */
export const PAY_FAULTS = ['InvalidInputFormat', 'InvalidParameterValue', '429', '500', '503', 'slow'] as const;
export type PayFault = (typeof PAY_FAULTS)[number];

/** How late a slow answer comes. */
export const PAY_SLOW_MS = 3_000;

export interface PayErrorBody {
  reasonCode: string;
  message: string;
}

/** Status and body of each error fault (schemas/pay/error). */
export const FAULT_ANSWERS: Readonly<Record<Exclude<PayFault, 'slow'>, { status: number; body: PayErrorBody }>> = {
  InvalidInputFormat: { status: 400, body: { reasonCode: 'InvalidInputFormat', message: 'The input is expired, revoked, malformed, or invalid for other reasons.' } },
  InvalidParameterValue: { status: 400, body: { reasonCode: 'InvalidParameterValue', message: 'The value provided for chargePermissionId is invalid.' } },
  '429': { status: 429, body: { reasonCode: 'TooManyRequests', message: 'You have exceeded the request limit. Retry with exponential backoff.' } },
  '500': { status: 500, body: { reasonCode: 'InternalServerError', message: 'There was an internal server error.' } },
  '503': { status: 503, body: { reasonCode: 'ServiceUnavailable', message: 'The service is temporarily unavailable.' } },
};
