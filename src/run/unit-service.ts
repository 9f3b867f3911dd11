import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RenderedReport, ReportInput } from './report-files.js';
import type { UnitOutcome } from './unit-outcome.js';

/**
 * What the run process serves its tests: a unit's outcome (started on asking), its probes so far, starting units
 * early, and (to the certification reporter) the reports rendered from what the tests left, null when they left no part.
 */
export interface UnitSource {
  outcome(key: string): Promise<UnitOutcome>;
  sent(key: string): number;
  start(keys: readonly string[]): void;
  report(input: ReportInput): RenderedReport | undefined;
}

/** Where the tests find the run process, and the secret that proves a caller is one of them. */
export interface UnitAddress {
  url: string;
  secret: string;
}

const SECRET_HEADER = 'x-conformance-secret';

/**
 * Serves the units of a run on loopback: the run process probes, the Playwright workers ask it for their unit's
 * outcome and report it. `source` may resolve later (the target is still loading): questions wait for it.
 */
export async function serveUnits(source: Promise<UnitSource>): Promise<UnitAddress & { close(): Promise<void> }> {
  // A question that waits for nothing more should not crash the run process if the source never comes.
  source.catch(() => undefined);
  const secret = randomBytes(16).toString('hex');
  const server = http.createServer((req, res) => void answer(req, res));
  // A unit may probe for many minutes (--runs 100000): its question waits as long.
  server.requestTimeout = 0;
  const reply = (res: http.ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.headers[SECRET_HEADER] !== secret) return reply(res, 403, { error: 'not a test of this run' });
    const [, verb, key = ''] = (req.url ?? '').split('/').map(decodeURIComponent);
    try {
      const units = await source;
      if (verb === 'outcome') return reply(res, 200, await units.outcome(key));
      if (verb === 'sent') return reply(res, 200, { sent: units.sent(key) });
      if (verb === 'start') {
        units.start(JSON.parse(Buffer.concat(chunks).toString('utf8')) as string[]);
        return reply(res, 200, {});
      }
      if (verb === 'report') return reply(res, 200, { rendered: units.report(JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReportInput) ?? null });
      reply(res, 404, { error: `no ${verb ?? ''} here` });
    } catch (err) {
      reply(res, 200, { error: err instanceof Error ? err.message : String(err) });
    }
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    secret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Asks the run process (from a Playwright worker or reporter): `outcome/<key>`, `sent/<key>`, `start` with the keys, or `report` with what the tests left. */
export function askRun<T>(address: UnitAddress, path: string, body?: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(`${address.url}/${path}`, { method: payload === undefined ? 'GET' : 'POST', headers: { [SECRET_HEADER]: address.secret } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        try {
          resolve(JSON.parse(text) as T);
        } catch {
          reject(new Error(`the run process answered ${res.statusCode ?? '?'} with something not JSON`));
        }
      });
      res.on('error', reject);
    });
    req.on('error', (err) => reject(new Error(`the run process cannot be reached: ${err.message}`)));
    req.end(payload);
  });
}
