import type { FamilyShare } from '../family.js';

/**
 * The resume family's shares, one test each: a task's cases (about a third of the whole run per task, otherwise one
 * test). A module of its own, importing nothing heavy: the suites declare their tests from it.
 */
export const RESUME_SHARES: readonly FamilyShare[] = (['AddToShoppingCart', 'BuyShoppingProducts', 'AddToList', 'RecommendShoppingProducts'] as const).map((task) => ({
  title: task,
  cases: (id: string): boolean => id.startsWith(`resume:${task}/`),
  empty: `the config declares no ${task} action`,
}));
