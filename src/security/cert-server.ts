import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The path the suite serves its own certificate at: under /echo.api/, as a certificate URL's path must be. */
const CERT_PATH = '/echo.api/echo-api-cert.pem';

/**
 * Serves the suite's own certificate on loopback, for the probe whose certificate URL answers a
 * certificate that is not valid for echo-api.amazon.com. It answers only that path, and counts fetches
 * (a skill that fetched it looked past the URL's host).
 */
export class CertServer {
  fetches = 0;
  private server: Server | undefined;

  constructor(private readonly pem: string) {}

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      if (req.method === 'GET' && req.url === CERT_PATH) {
        this.fetches++;
        res.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(this.pem);
        return;
      }
      res.writeHead(404).end();
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return `http://127.0.0.1:${port}${CERT_PATH}`;
  }

  close(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  }
}
