/**
 * The request-verification probes: each a fully valid request envelope but for one thing. What Alexa
 * signs and how a web service must check it: the README's "Request verification" section.
 */
import { createSign } from 'node:crypto';

/** A certificate URL of the right shape: Alexa's signing certificate. The suite never fetches it. */
const AMAZON_CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert.pem';

/** How far from now the stale and future timestamps go: past the 150 s a web service may allow. */
const OUTSIDE_S = 200;

type SecurityRequirement = 'SEC-SIG-HEADERS' | 'SEC-SIGNATURE' | 'SEC-CERT-URL' | 'SEC-CERT' | 'SEC-TIMESTAMP' | 'SEC-TIMESTAMP-FUTURE' | 'SEC-APPLICATION-ID';

/** Signature and timestamp requirements the control request gates: judged only when an unsigned request is accepted. */
export const NEEDS_UNSIGNED: ReadonlySet<string> = new Set(['SEC-TIMESTAMP', 'SEC-TIMESTAMP-FUTURE', 'SEC-APPLICATION-ID']);

export interface ProbeKit {
  /** base64 RSA-SHA256 over the bytes, with the suite's own key. */
  sign(body: string): string;
  /** Where the suite serves its own certificate on loopback. */
  ownCertUrl: string;
  /** An applicationId that is not the configured one. */
  foreignApplicationId: string;
}

export interface Probe {
  /** Stable name: the entry's label and meta.probe. */
  name: string;
  requirement: SecurityRequirement | 'control';
  /** What the probe sends, from the envelope (already carrying a fresh timestamp and the configured applicationId). */
  build(envelope: Record<string, unknown>, kit: ProbeKit): { body: string; headers: Record<string, string> };
}

const json = (envelope: Record<string, unknown>): string => JSON.stringify(envelope);

function signedWith(url: string): Probe['build'] {
  return (envelope, kit) => {
    const body = json(envelope);
    return { body, headers: { SignatureCertChainUrl: url, 'Signature-256': kit.sign(body) } };
  };
}

function withTimestamp(envelope: Record<string, unknown>, offsetS: number): Record<string, unknown> {
  const request = envelope['request'] as Record<string, unknown>;
  const timestamp = new Date(Date.now() + offsetS * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { ...envelope, request: { ...request, timestamp } };
}

function withApplicationId(envelope: Record<string, unknown>, applicationId: string): Record<string, unknown> {
  const application = { applicationId };
  const context = envelope['context'] as { System: Record<string, unknown> };
  const session = envelope['session'] as Record<string, unknown> | undefined;
  return {
    ...envelope,
    ...(session ? { session: { ...session, application } } : {}),
    context: { ...context, System: { ...context.System, application } },
  };
}

/** Certificate URLs a web service must refuse (Amazon's list, plus one that leaves /echo.api/ only once normalised). */
const INVALID_CERT_URLS: readonly { name: string; url: string }[] = [
  { name: 'scheme http', url: 'http://s3.amazonaws.com/echo.api/echo-api-cert.pem' },
  { name: 'host notamazon.com', url: 'https://notamazon.com/echo.api/echo-api-cert.pem' },
  { name: 'path case', url: 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem' },
  { name: 'path outside /echo.api/', url: 'https://s3.amazonaws.com/invalid.path/echo-api-cert.pem' },
  { name: 'port 563', url: 'https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem' },
  { name: 'path leaving /echo.api/ by ..', url: 'https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem' },
];

/** The control request first: the probes gated on it are judged only when it is accepted. */
export const PROBES: readonly Probe[] = [
  { name: 'control: no signature headers', requirement: 'control', build: (envelope) => ({ body: json(envelope), headers: {} }) },
  {
    name: 'no Signature-256',
    requirement: 'SEC-SIG-HEADERS',
    build: (envelope) => ({ body: json(envelope), headers: { SignatureCertChainUrl: AMAZON_CERT_URL } }),
  },
  {
    name: 'no SignatureCertChainUrl',
    requirement: 'SEC-SIG-HEADERS',
    build: (envelope, kit) => {
      const body = json(envelope);
      return { body, headers: { 'Signature-256': kit.sign(body) } };
    },
  },
  {
    name: 'Signature-256 empty',
    requirement: 'SEC-SIG-HEADERS',
    build: (envelope) => ({ body: json(envelope), headers: { SignatureCertChainUrl: AMAZON_CERT_URL, 'Signature-256': '' } }),
  },
  {
    name: 'Signature-256 not base64',
    requirement: 'SEC-SIGNATURE',
    build: (envelope) => ({ body: json(envelope), headers: { SignatureCertChainUrl: AMAZON_CERT_URL, 'Signature-256': '%%not*base64%%' } }),
  },
  { name: 'signed with a key that is not Alexa\'s', requirement: 'SEC-SIGNATURE', build: signedWith(AMAZON_CERT_URL) },
  {
    name: 'body changed after signing',
    requirement: 'SEC-SIGNATURE',
    build: (envelope, kit) => {
      const signature = kit.sign(json(envelope));
      const request = envelope['request'] as Record<string, unknown>;
      const changed = { ...envelope, request: { ...request, requestId: `${String(request['requestId'])}0` } };
      return { body: json(changed), headers: { SignatureCertChainUrl: AMAZON_CERT_URL, 'Signature-256': signature } };
    },
  },
  ...INVALID_CERT_URLS.map(({ name, url }): Probe => ({ name: `certificate URL ${name}`, requirement: 'SEC-CERT-URL', build: signedWith(url) })),
  {
    name: 'certificate not valid for echo-api.amazon.com',
    requirement: 'SEC-CERT',
    build: (envelope, kit) => signedWith(kit.ownCertUrl)(envelope, kit),
  },
  {
    name: `timestamp ${OUTSIDE_S} s old`,
    requirement: 'SEC-TIMESTAMP',
    build: (envelope) => ({ body: json(withTimestamp(envelope, -OUTSIDE_S)), headers: {} }),
  },
  {
    name: `timestamp ${OUTSIDE_S} s in the future`,
    requirement: 'SEC-TIMESTAMP-FUTURE',
    build: (envelope) => ({ body: json(withTimestamp(envelope, OUTSIDE_S)), headers: {} }),
  },
  {
    name: 'applicationId of another skill',
    requirement: 'SEC-APPLICATION-ID',
    build: (envelope, kit) => ({ body: json(withApplicationId(envelope, kit.foreignApplicationId)), headers: {} }),
  },
];

/** Signs bytes with a PEM private key, as Alexa signs a request body: base64 RSA-SHA256. */
export function signer(key: string): (body: string) => string {
  return (body) => createSign('RSA-SHA256').update(body, 'utf8').sign(key, 'base64');
}
