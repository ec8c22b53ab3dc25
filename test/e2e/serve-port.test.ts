/**
 * `npm start` (plaudit serve --examples) when its port is taken: one line that says which address is taken and how
 * to pick another, exit 2, and nothing written, because serve binds the port before it opens the database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPlaudit } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase, testDatabaseExists } from '../test-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-port-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

function occupy(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

describe('plaudit serve on a port already in use', () => {
  it('prints one line naming the address and the way out, exits 2, and writes no database', async () => {
    const { server, port } = await occupy();
    try {
      const db = testDatabase(dir);
      const result = await runPlaudit(['--db', db, 'serve', '--examples', '--port', String(port)], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(`127.0.0.1:${port} is already in use`);
      expect(result.stderr).toContain(`plaudit serve --port ${port + 1}`);
      expect(result.stderr).toContain(`npm start -- --port ${port + 1}`);
      expect(result.stderr).toContain('"port" in plaudit.config.json');
      expect(await testDatabaseExists(db)).toBe(false);
    } finally {
      server.close();
    }
  });
});
