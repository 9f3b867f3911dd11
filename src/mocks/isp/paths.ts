/** Where the In-Skill Product Service lives under context.System.apiEndpoint (In-Skill Product Service page, "Request"). */
export const PRODUCTS_PATH = '/v1/users/~current/skills/~current/inSkillProducts';

export type IspRoute = { kind: 'list' } | { kind: 'product'; productId: string };

/** The operation a path names: the list, one product, or (undefined) neither. */
export function routeOf(pathname: string): IspRoute | undefined {
  const path = pathname.replace(/\/+$/, '');
  if (path === PRODUCTS_PATH) return { kind: 'list' };
  if (!path.startsWith(`${PRODUCTS_PATH}/`)) return undefined;
  const rest = path.slice(PRODUCTS_PATH.length + 1);
  if (rest.length === 0 || rest.includes('/')) return undefined;
  return { kind: 'product', productId: decodeURIComponent(rest) };
}

/** Whether a URL (any host) calls the product service: what the ISP checks judge in the outbound calls. */
export function isProductUrl(url: string): boolean {
  try {
    return new URL(url).pathname.includes('/inSkillProducts');
  } catch {
    return url.includes('/inSkillProducts');
  }
}
