import list from './carriers.json' with { type: 'json' };

/** The carrier codes the mock accepts: the bundled list (carriers.json), plus a team's own. */
export function carrierCodes(extra: readonly string[] = []): ReadonlySet<string> {
  return new Set([...list.carriers, ...extra]);
}

export const BUNDLED_CARRIERS: readonly string[] = list.carriers;
