import { consentChecks } from './consent.js';
import { ispChecks } from './isp.js';
import { refundChecks } from './refund.js';
import { responseChecks } from './response.js';
import { resumeChecks } from './resume.js';
import { robustChecks } from './robust.js';
import { securityChecks } from './security.js';
import { sessionChecks } from './session.js';
import { shoppingChecks } from './shopping.js';
import type { Check } from './types.js';

/** Every check, one per requirement id. The catalog (schemas/requirements.json) and this table must agree (a meta test says so). */
export const CHECKS: readonly Check[] = [
  ...responseChecks,
  ...robustChecks,
  ...sessionChecks,
  ...shoppingChecks,
  ...consentChecks,
  ...resumeChecks,
  ...refundChecks,
  ...ispChecks,
  ...securityChecks,
];

export const checkById = (id: string): Check | undefined => CHECKS.find((c) => c.id === id);
