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
  // A positive serial: the first byte's top bit clear.
  cert.serialNumber = `0${randomBytes(15).toString('hex')}`;
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
