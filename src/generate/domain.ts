import fc from 'fast-check';

/**
 * Realistic values for string nodes that carry `x-generate` (schemas/README.md): the shapes Alexa really
 * sends, so a skill's own parsing of ids, tokens and timestamps is exercised. The node's own constraints still
 * apply on top (the builder filters, and fails loudly when a generator can never satisfy them).
 */
const DOMAIN_NAMES = [
  'asin',
  'request-id',
  'session-id',
  'user-id',
  'device-id',
  'application-id',
  'api-access-token',
  'api-endpoint',
  'timestamp',
  'locale',
  'token',
  'product-id',
] as const;

export type DomainName = (typeof DOMAIN_NAMES)[number];

export const isDomainName = (name: string): name is DomainName => (DOMAIN_NAMES as readonly string[]).includes(name);

/** The locales Alexa serves (Request and Response JSON Reference, "locale"). */
export const ALEXA_LOCALES = [
  'en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'fr-FR', 'fr-CA', 'it-IT', 'es-ES', 'es-MX', 'es-US', 'ja-JP', 'pt-BR', 'hi-IN',
] as const;

const API_ENDPOINTS = ['https://api.amazonalexa.com', 'https://api.eu.amazonalexa.com', 'https://api.fe.amazonalexa.com'] as const;

export interface DomainContext {
  readonly now: Date;
  readonly locales: readonly string[];
}

const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE64URL = `${UPPER_ALNUM}abcdefghijklmnopqrstuvwxyz-_`;

/**
 * Strings over an alphabet, five characters per random 32-bit word: a character-by-character fc.string costs
 * an arbitrary per character, and long ids (user ids, JWT signatures) then dominate the generation rate.
 */
function chars(alphabet: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  const words = Math.ceil(maxLength / 5);
  return fc
    .tuple(fc.integer({ min: minLength, max: maxLength }), fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: words, maxLength: words }))
    .map(([length, randoms]) => {
      let out = '';
      for (const r of randoms) {
        let n = r;
        for (let i = 0; i < 5; i++, n = Math.floor(n / alphabet.length)) out += alphabet[n % alphabet.length];
      }
      return out.slice(0, length);
    });
}

const base64url = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

const prefixedUuid = (prefix: string): fc.Arbitrary<string> => fc.uuid({ version: 4 }).map((u) => `${prefix}${u}`);

/** Alexa's API access tokens are RS256 JWTs; the suite's mocks never verify them, but skills may decode them. */
const jwt = (now: Date): fc.Arbitrary<string> => {
  const iat = Math.floor(now.getTime() / 1000) - 1;
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid: '1' }));
  return fc
    .tuple(prefixedUuid('amzn1.ask.skill.'), fc.integer({ min: 60, max: 3600 }), chars(BASE64URL, 43, 86))
    .map(([sub, ttl, signature]) => {
      const claims = base64url(JSON.stringify({ aud: 'https://api.amazonalexa.com', iss: 'AlexaSkillKit', sub, exp: iat + ttl, iat, nbf: iat }));
      return `${header}.${claims}.${signature}`;
    });
};

/** Second precision with a Z, within the minute before `now`: what a web-service skill's freshness check accepts. */
const timestamp = (now: Date): fc.Arbitrary<string> => {
  const anchor = Math.floor(now.getTime() / 1000) * 1000;
  // Truncating to the second already moved back up to 999 ms: the minute is counted from `now` itself.
  const max = anchor === now.getTime() ? 60 : 59;
  return fc.integer({ min: 0, max }).map((s) => new Date(anchor - s * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'));
};

const token = fc.oneof(
  chars(`${BASE64URL}.:`, 1, 40).filter((t) => t.trim() !== ''),
  fc.uuid({ version: 4 }).map((u) => `session-${u}`),
  fc.constantFrom('PurchaseProduct', 'AddToCart', 'Skill-specific session information'),
);

/** The generator for an x-generate name. */
export function domainArbitrary(name: DomainName, ctx: DomainContext): fc.Arbitrary<string> {
  switch (name) {
    case 'asin':
      return chars(UPPER_ALNUM, 8, 8).map((rest) => `B0${rest}`);
    case 'request-id':
      return prefixedUuid('amzn1.echo-api.request.');
    case 'session-id':
      return prefixedUuid('amzn1.echo-api.session.');
    case 'user-id':
      return chars(UPPER_ALNUM, 55, 70).map((s) => `amzn1.ask.account.${s}`);
    case 'device-id':
      return chars(UPPER_ALNUM, 55, 70).map((s) => `amzn1.ask.device.${s}`);
    case 'application-id':
      return prefixedUuid('amzn1.ask.skill.');
    case 'api-access-token':
      return jwt(ctx.now);
    case 'api-endpoint':
      return fc.constantFrom(...API_ENDPOINTS);
    case 'timestamp':
      return timestamp(ctx.now);
    case 'locale':
      return fc.constantFrom(...ctx.locales);
    case 'token':
      return token;
    case 'product-id':
      return prefixedUuid('amzn1.adg.product.');
  }
}
