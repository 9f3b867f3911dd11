/**
 * The self-signed certificates the security family and the web skills serve: OpenSSL refuses a certificate whose
 * serial is not in DER's minimal form ("illegal padding"), so every serial the random bytes can give must be.
 */
import { X509Certificate } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import { expect, test } from '@playwright/test';
import { positiveSerial, selfSigned } from '../src/security/certificate.js';

const edges: [string, number[]][] = [
  ['zero bytes', [0x00, 0x00, 0x3e]],
  ['a zero byte then a small one', [0x00, 0x3e, 0x22]],
  ['a top bit set', [0x80, 0x00, 0x01]],
  ['all bits set', [0xff, 0xff, 0xff]],
];

test('a serial is positive and minimal whatever the random bytes', () => {
  for (const [, head] of edges) {
    const hex = positiveSerial(Uint8Array.from([...head, ...new Array<number>(13).fill(0)]));
    expect(hex).toHaveLength(32);
    const first = parseInt(hex.slice(0, 2), 16);
    expect(first).toBeGreaterThanOrEqual(0x01);
    expect(first).toBeLessThanOrEqual(0x7f);
  }
});

for (const [name, head] of edges) {
  test(`OpenSSL takes a certificate whose serial came from ${name}`, () => {
    const serialBytes = Uint8Array.from([...head, ...new Array<number>(13).fill(7)]);
    const { key, cert } = selfSigned({ commonName: 'localhost', dns: ['localhost'], ips: ['127.0.0.1'], serialBytes });
    expect(new X509Certificate(cert).serialNumber.toLowerCase()).toBe(positiveSerial(serialBytes));
    expect(() => createSecureContext({ key, cert })).not.toThrow();
  });
}
