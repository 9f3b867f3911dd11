import { readFileSync } from 'node:fs';
import net from 'node:net';
import { isAbsolute, join, resolve as resolvePath } from 'node:path';
import tls from 'node:tls';
import { BadInput } from '../bad-input.js';
import { packageRoot } from '../schema/paths.js';
import { EndpointTarget } from './endpoint.js';
import type { Target } from './exchange.js';
import { HandlerTarget } from './handler.js';
import type { TlsOptions } from './http-client.js';

/** How a run names its target: a handler file, an endpoint URL, or (neither) the bundled reference skill. */
export type TargetSpec = { handler: string } | EndpointSpec | { reference: true };

/** An endpoint, and for https:// how its certificate is trusted: `ca` a PEM file, or `insecure` not at all. */
interface EndpointSpec {
  endpoint: string;
  ca?: string;
  insecure?: boolean;
}

export const REFERENCE_SKILL = (): string => join(packageRoot(), 'dist', 'fixtures', 'skills', 'reference', 'index.js');
export const REFERENCE_CONFIG = (): string => join(packageRoot(), 'fixtures', 'skills', 'reference', 'conformance.json');

/** Makes the target and proves it usable: the handler loads and exports a function; the endpoint accepts connections. */
export async function openTarget(spec: TargetSpec, cwd = process.cwd()): Promise<Target> {
  if ('endpoint' in spec) {
    let url: URL;
    try {
      url = new URL(spec.endpoint);
    } catch {
      throw new BadInput(`--endpoint ${spec.endpoint} is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BadInput(`--endpoint ${spec.endpoint} is not an http(s) URL`);
    if ((spec.ca || spec.insecure) && url.protocol !== 'https:') throw new BadInput(`--ca and --insecure are for an https:// endpoint, not ${spec.endpoint}`);
    const trust = tlsOptions(spec, cwd);
    await reachable(url);
    if (url.protocol === 'https:') await trusted(url, trust);
    return new EndpointTarget(url.href, 8, trust);
  }
  const target = 'handler' in spec ? HandlerTarget.fromSpec(spec.handler, cwd) : new HandlerTarget({ file: REFERENCE_SKILL(), exportName: 'handler' }, 'reference', 'reference skill (ask-sdk-core)');
  try {
    await target.start();
  } catch (err) {
    await target.close();
    throw err;
  }
  return target;
}

/** Connects once to the endpoint's host and port; a refusal is bad input, said in one line. */
function reachable(url: URL): Promise<void> {
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: url.hostname, port, timeout: 5_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new BadInput(`${url.host} did not accept a connection within 5 s`));
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      const why = err.code === 'ECONNREFUSED' ? 'refused the connection' : err.code === 'ENOTFOUND' ? 'does not resolve' : err.message;
      reject(new BadInput(`${url.host} ${why}`));
    });
  });
}

function tlsOptions(spec: EndpointSpec, cwd: string): TlsOptions {
  if (spec.ca && spec.insecure) throw new BadInput('give --ca or --insecure, not both');
  if (spec.insecure) return { insecure: true };
  if (!spec.ca) return {};
  const file = isAbsolute(spec.ca) ? spec.ca : resolvePath(cwd, spec.ca);
  let ca: string;
  try {
    ca = readFileSync(file, 'utf8');
  } catch {
    throw new BadInput(`--ca ${spec.ca}: cannot read ${file}`);
  }
  if (!ca.includes('-----BEGIN CERTIFICATE-----')) throw new BadInput(`--ca ${spec.ca} holds no PEM certificate`);
  return { ca };
}

/** Shakes hands once: a certificate the run cannot trust is bad input (give --ca or --insecure), said before probing. */
function trusted(url: URL, trust: TlsOptions): Promise<void> {
  const port = Number(url.port || 443);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host,
      port,
      ...(net.isIP(host) ? {} : { servername: host }),
      ...(trust.ca ? { ca: trust.ca } : {}),
      rejectUnauthorized: !trust.insecure,
      timeout: 5_000,
    });
    socket.once('secureConnect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('timeout', () => {
      socket.destroy();
      reject(new BadInput(`${url.host} did not complete a TLS handshake within 5 s`));
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      socket.destroy();
      const hint = trust.ca ? '' : ' (a self-signed certificate: give --ca <pem>, or --insecure)';
      reject(new BadInput(`${url.host}: the TLS handshake failed: ${err.message}${hint}`));
    });
  });
}
