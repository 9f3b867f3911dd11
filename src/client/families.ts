import { bwpAliases, bwpFault, bwpOrder, bwpOutOfStock, bwpRace, bwpShortStock } from './families/bwp-orders.js';
import { bwpCancelled, bwpInTransit, bwpRevert, bwpStart } from './families/bwp-states.js';
import { payFault, payShip } from './families/pay.js';
import type { ClientFamily } from './family.js';

/** Every scenario family of a client run, in the order they run. */
export const CLIENT_FAMILIES: readonly ClientFamily[] = [
  payShip,
  payFault,
  bwpOrder,
  bwpAliases,
  bwpOutOfStock,
  bwpShortStock,
  bwpRace,
  bwpFault,
  bwpStart,
  bwpRevert,
  bwpInTransit,
  bwpCancelled,
];
