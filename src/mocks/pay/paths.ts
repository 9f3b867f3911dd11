/**
 * Where Create Delivery Tracker lives (from the Amazon Pay SDKs' URL builders):
 * /{sandbox|live}/v2/deliveryTrackers for a public key without an environment prefix, or the unified
 * /v2/deliveryTrackers for a key that carries one (SANDBOX-..., LIVE-...). The SDKs add a trailing slash.
 */
export type PayEnvironment = 'sandbox' | 'live';

export type PayRoute = { environment: PayEnvironment } | { environment: 'unified' };

export function payRouteOf(pathname: string): PayRoute | undefined {
  const match = /^(?:\/(sandbox|live))?\/v2\/deliveryTrackers\/?$/.exec(pathname);
  if (!match) return undefined;
  return { environment: (match[1] as PayEnvironment | undefined) ?? 'unified' };
}

/** Whether a URL (any host) is a delivery tracker call: what the client checks judge. */
export const isDeliveryTrackerUrl = (url: string): boolean => /\/deliveryTrackers\/?(\?|$)/.test(url);

/** The PublicKeyId an Amazon Pay Authorization header names ("AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=..., SignedHeaders=..., Signature=..."). */
export const publicKeyIdOf = (authorization: string | undefined): string | undefined => /PublicKeyId=([^,\s]+)/.exec(authorization ?? '')?.[1];

/** The environment an env-prefixed key names, or undefined for a key without a prefix. */
export function keyEnvironment(publicKeyId: string): PayEnvironment | undefined {
  if (publicKeyId.startsWith('SANDBOX-')) return 'sandbox';
  if (publicKeyId.startsWith('LIVE-')) return 'live';
  return undefined;
}
