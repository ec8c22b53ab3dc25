import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { listen } from './start-server.ts';

describe('listen', () => {
  it('holds requests that arrive before the app is attached, then answers them with it', async () => {
    const server = await listen({ port: 0, hostname: '127.0.0.1' });
    try {
      const early = fetch(`${server.url}/hello`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const app = new Hono().get('/hello', (c) => c.text('hello'));
      server.attach(app);
      const response = await early;
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('hello');
    } finally {
      await server.close();
      await server.close();
    }
  });

  it("rejects with Node's EADDRINUSE when the port is taken, so the caller can say so before doing anything else", async () => {
    const first = await listen({ port: 0, hostname: '127.0.0.1' });
    try {
      const port = Number(new URL(first.url).port);
      await expect(listen({ port, hostname: '127.0.0.1' })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await first.close();
    }
  });
});
