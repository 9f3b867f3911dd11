import { bwpCallChecks } from './bwp-calls.js';
import { bwpChargeChecks } from './bwp-charges.js';
import { bwpOutcomeChecks } from './bwp-outcomes.js';
import { bwpRetryChecks } from './bwp-retries.js';
import { payChecks } from './pay.js';
import type { ClientCheck } from './types.js';

/** Every client check, one per PAY-* and BWP-* requirement (a meta test holds the catalog and this table together). */
export const CLIENT_CHECKS: readonly ClientCheck[] = [...payChecks, ...bwpCallChecks, ...bwpOutcomeChecks, ...bwpChargeChecks, ...bwpRetryChecks];
