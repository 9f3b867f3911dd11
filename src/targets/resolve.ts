import net from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../schema/paths.js';
import { EndpointTarget } from './endpoint.js';
import type { Target } from './exchange.js';
import { HandlerLoadError, HandlerTarget } from './handler.js';

/** A target that cannot be used: said in one line (exit 2), before any probing. */
export class TargetError extends Error {}

/** How a run names its target: a handler file, an endpoint URL, or (neither) the bundled reference skill. */
export type TargetSpec = { handler: string } | { endpoint: string } | { reference: true };

export const REFERENCE_SKILL = (): string => join(packageRoot(), 'dist', 'fixtures', 'skills', 'reference', 'index.js');
export const REFERENCE_CONFIG = (): string => join(packageRoot(), 'fixtures', 'skills', 'reference', 'conformance.json');

/** Makes the target and proves it usable: the handler loads and exports a function; the endpoint accepts connections. */
export async function openTarget(spec: TargetSpec, cwd = process.cwd()): Promise<Target> {
  if ('endpoint' in spec) {
    let url: URL;
    try {
      url = new URL(spec.endpoint);
    } catch {
      throw new TargetError(`--endpoint ${spec.endpoint} is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TargetError(`--endpoint ${spec.endpoint} is not an http(s) URL`);
    await reachable(url);
    return new EndpointTarget(url.href);
  }
  const target = 'handler' in spec ? safeSpec(spec.handler, cwd) : new HandlerTarget({ file: REFERENCE_SKILL(), exportName: 'handler' }, 'reference', 'reference skill (ask-sdk-core)');
  try {
    await target.start();
  } catch (err) {
    await target.close();
    throw err instanceof HandlerLoadError ? new TargetError(err.message) : err;
  }
  return target;
}

function safeSpec(spec: string, cwd: string): HandlerTarget {
  try {
    return HandlerTarget.fromSpec(spec, cwd);
  } catch (err) {
    throw err instanceof HandlerLoadError ? new TargetError(err.message) : err;
  }
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
      reject(new TargetError(`${url.host} did not accept a connection within 5 s`));
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      const why = err.code === 'ECONNREFUSED' ? 'refused the connection' : err.code === 'ENOTFOUND' ? 'does not resolve' : err.message;
      reject(new TargetError(`${url.host} ${why}`));
    });
  });
}
