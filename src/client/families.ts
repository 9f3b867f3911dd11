import { bwpAliases, bwpFault, bwpOrder, bwpOutOfStock, bwpRace, bwpShortStock, bwpSlowOrder } from './families/bwp-orders.js';
import { bwpCancelled, bwpInTransit, bwpRevert, bwpSlowStart, bwpStart } from './families/bwp-states.js';
import { payFault, payShip, paySlow } from './families/pay.js';
import type { ClientFamily } from './family.js';

/** Every scenario family of a client run, in the order they run. */
export const CLIENT_FAMILIES: readonly ClientFamily[] = [
  payShip,
  payFault,
  paySlow,
  bwpOrder,
  bwpAliases,
  bwpOutOfStock,
  bwpShortStock,
  bwpRace,
  bwpFault,
  bwpSlowOrder,
  bwpStart,
  bwpSlowStart,
  bwpRevert,
  bwpInTransit,
  bwpCancelled,
];
