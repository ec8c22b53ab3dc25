/** The client's address for rate limits: from the connection on a real loopback server, X-Forwarded-For only when trusted. */
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressKey, clientAddress, NO_CONNECTION_KEY } from './client-address.ts';
import { startServer, type RunningServer } from './start-server.ts';

describe('addressKey', () => {
  it('keeps IPv4, unwraps IPv4-mapped IPv6 and groups IPv6 by /64', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('2001:db8:0:1:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:DB8:0:1::5')).toBe('2001:db8:0:1::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});

describe('clientAddress', () => {
  let plain: RunningServer;
  let proxied: RunningServer;
  const app = (trustProxy: boolean) => new Hono().get('/', (c) => c.text(clientAddress(c, { trustProxy })));

  beforeAll(async () => {
    plain = await startServer({ app: app(false), port: 0, hostname: '127.0.0.1' });
    proxied = await startServer({ app: app(true), port: 0, hostname: '127.0.0.1' });
  });
  afterAll(async () => {
    await plain.close();
    await proxied.close();
  });

  const ask = async (server: RunningServer, forwarded?: string) =>
    (await fetch(`${server.url}/`, forwarded ? { headers: { 'X-Forwarded-For': forwarded } } : {})).text();

  it('is the connection address, whatever X-Forwarded-For says, unless the proxy is trusted', async () => {
    expect(await ask(plain)).toBe('127.0.0.1');
    expect(await ask(plain, '198.51.100.7')).toBe('127.0.0.1');
  });

  it('behind a trusted proxy, is the last X-Forwarded-For address (the one the proxy wrote)', async () => {
    expect(await ask(proxied, '10.9.9.9, 198.51.100.7')).toBe('198.51.100.7');
    expect(await ask(proxied, 'not-an-address')).toBe('127.0.0.1');
    expect(await ask(proxied)).toBe('127.0.0.1');
  });

  it('is a fixed key without a connection (app.request())', async () => {
    expect(await (await app(false).request('/')).text()).toBe(NO_CONNECTION_KEY);
  });
});
