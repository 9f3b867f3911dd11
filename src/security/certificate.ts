import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

/** A key pair and a self-signed X.509 certificate for it, both PEM. */
export interface SelfSigned {
  key: string;
  cert: string;
}

export interface CertificateOptions {
  commonName: string;
  /** subjectAltName entries: DNS names and IP addresses. */
  dns?: readonly string[];
  ips?: readonly string[];
  /** Validity from now, in days. */
  days?: number;
  /** The random bytes the serial is made from (16 fresh ones unless given). */
  serialBytes?: Uint8Array;
}

/**
 * A certificate serial from random bytes, in hex: positive and in DER's minimal form, which OpenSSL insists on
 * (node-forge writes the bytes as given, dropping at most one leading zero byte). The first byte is kept within
 * 0x01-0x7f: its top bit clear (positive) and not zero (no padding). 16 bytes stay within the 20 that RFC 5280
 * allows.
 */
export function positiveSerial(random: Uint8Array): string {
  const bytes = Buffer.from(random);
  if (bytes.length) bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return bytes.toString('hex');
}

/**
 * Makes a throwaway RSA key and a self-signed certificate for it. node:crypto makes the key (fast) but
 * cannot build a certificate, which node-forge does.
 */
export function selfSigned(options: CertificateOptions): SelfSigned {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = positiveSerial(options.serialBytes ?? randomBytes(16));
  const now = Date.now();
  cert.validity.notBefore = new Date(now - 60_000);
  cert.validity.notAfter = new Date(now + (options.days ?? 1) * 86_400_000);
  const subject = [{ name: 'commonName', value: options.commonName }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  const altNames = [...(options.dns ?? []).map((value) => ({ type: 2, value })), ...(options.ips ?? []).map((ip) => ({ type: 7, ip }))];
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    ...(altNames.length ? [{ name: 'subjectAltName', altNames }] : []),
  ]);
  cert.sign(forge.pki.privateKeyFromPem(key), forge.md.sha256.create());
  return { key, cert: forge.pki.certificateToPem(cert) };
}
