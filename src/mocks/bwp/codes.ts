/**
 * The Buy with Prime API's validation codes, apart from the GraphQL errors that carry them (errors.ts): the checks of
 * a client's calls need the codes, and loading GraphQL for them would cost every run that never serves the API.
 */
import type { BwpAssumedValidationCode, BwpPageValidationCode, BwpReferenceValidationCode } from '../../types/index.js';

export type BwpCode = BwpPageValidationCode | BwpReferenceValidationCode | BwpAssumedValidationCode;

/** Codes that are the inventory's doing, not the client's: the shopper decides what to do about them. */
export const INVENTORY_CODES: readonly BwpCode[] = ['SelectedQuantityNotAvailable', 'ItemOutOfStock'];
