import { entitleAll } from '../mocks/isp/catalog.js';
import { runCatalog } from '../mocks/isp/service.js';
import type { InSkillProduct } from '../types/index.js';

/**
 * The products as exploration's customer sees them (the config's isp.catalog, else the service's sample):
 * owning none, every one for sale, so that a skill that offers, upsells or gates content shows it.
 */
export const explorationCatalog = (configured: readonly InSkillProduct[] | undefined): InSkillProduct[] =>
  entitleAll(runCatalog(configured), 'NOT_ENTITLED').map((p) => ({ ...p, purchasable: 'PURCHASABLE' }));
