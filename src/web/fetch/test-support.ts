/** Loopback servers and a name resolver for the fetcher's tests (no network beyond 127.0.0.1). */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Lookup } from './safe-agent.ts';

export interface TestServer {
  port: number;
  /** Every request the server saw, in order. */
  requests: IncomingMessage[];
  close(): Promise<void>;
}

export async function startServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<TestServer> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A dns.lookup stand-in: every name in `names` resolves to `address`; anything else is not found. */
export function testLookup(names: readonly string[], address = '127.0.0.1'): Lookup {
  return (hostname, options, callback) => {
    const family = address.includes(':') ? 6 : 4;
    if (!names.includes(hostname)) {
      queueMicrotask(() => callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })));
      return;
    }
    const all = (options as { all?: boolean }).all === true;
    queueMicrotask(() => (all ? callback(null, [{ address, family }]) : callback(null, address, family)));
  };
}

/** Paths of the requests a server saw for one Host header. */
export function pathsFor(server: TestServer, host: string): string[] {
  return server.requests.filter((req) => req.headers.host?.startsWith(`${host}:`)).map((req) => req.url ?? '');
}
