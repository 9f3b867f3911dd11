/** Hand-built resume traces: a hand-over or a successful resume first, then the resume of a task that failed. */
import type { Entry, EntryMeta } from '../../src/checks/types.js';
import { entryOf } from './traces.js';

export const NO_OFFERS = { code: 'AlexaShopping.NoOffersFound', message: 'No offers were found for the product' };

/** A failed purchase resumed with status "200", the issued token, compared with the success resume at entry 0. */
export const FAILED_PURCHASE: EntryMeta = { task: 'BuyShoppingProducts', statusCode: '200', result: NO_OFFERS, token: 'issued', session: 'continued', successAt: 0 };

/** The resume of a successful purchase. */
export const succeeded = (body: unknown): Entry =>
  entryOf('resume', body, { meta: { task: 'BuyShoppingProducts', statusCode: '200', token: 'issued', session: 'continued' } });

/** The resume of a failed task: a failed purchase unless `meta` says otherwise. */
export const failed = (body: unknown, meta: EntryMeta = FAILED_PURCHASE, locale = 'en-US'): Entry => entryOf('resume', body, { meta, locale });
