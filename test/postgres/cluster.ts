/**
 * A throwaway PostgreSQL cluster for the tests: initdb into a temporary directory, a server on a free loopback port
 * (durability off: the cluster is deleted afterwards), one database with pg_trgm and unaccent created once, so each
 * test's own schema can use them. Debian's binaries (/usr/lib/postgresql/N/bin) or any on PATH; as root, the
 * cluster runs as the `postgres` user, since PostgreSQL refuses to run as root.
 *
 * `PLAUDIT_TEST_POSTGRES_URL` names an existing database to use instead (it must have both extensions).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestCluster {
  url: string;
  stop(): Promise<void>;
}

/** Where initdb and postgres are, or null when PostgreSQL is not installed. */
export function postgresBinDir(): string | null {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => existsSync(join(debian, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0] !== undefined) return join(debian, versions[0], 'bin');
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    return initdb ? initdb.replace(/\/initdb$/, '') : null;
  } catch {
    return null;
  }
}

/**
 * @param options.durable keep PostgreSQL's durability settings (benchmarks); tests turn fsync off for speed.
 */
export async function startTestCluster(options: { durable?: boolean } = {}): Promise<TestCluster | null> {
  const given = process.env.PLAUDIT_TEST_POSTGRES_URL;
  if (given) return { url: given, stop: async () => undefined };
  const bin = postgresBinDir();
  if (bin === null) return null;
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]) => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] as const : [command, args] as const);
  if (asRoot) {
    chmodSync(dir, 0o755);
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
  }
  const [initCommand, initArgs] = run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'plaudit', '-E', 'UTF8', '--locale=C', '--no-sync']);
  execFileSync(initCommand, [...initArgs], { stdio: 'pipe' });
  const port = await freePort();
  const [serverCommand, serverArgs] = run(join(bin, 'postgres'), [
    '-D', data, '-k', dir, '-h', '127.0.0.1', '-p', String(port), '-c', 'max_connections=300',
    ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
  ]);
  const server = spawn(serverCommand, [...serverArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const adminUrl = `postgres://plaudit@127.0.0.1:${port}/postgres`;
  try {
    await waitForServer(adminUrl, server, () => log);
    await query(adminUrl, 'create database plaudit_test');
    const url = `postgres://plaudit@127.0.0.1:${port}/plaudit_test`;
    await query(url, 'create extension if not exists pg_trgm; create extension if not exists unaccent');
    return { url, stop: () => stopServer(server, dir, run(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate'])) };
  } catch (error) {
    await stopServer(server, dir, run(join(bin, 'pg_ctl'), ['stop', '-D', data, '-m', 'immediate']));
    throw error;
  }
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the test PostgreSQL server exited: ${log()}`);
    try {
      await query(url, 'select 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the test PostgreSQL server did not start in 30 s: ${String(error)}\n${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export async function query(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** pg_ctl's immediate stop (no checkpoint: the data is thrown away next); runuser would not pass a signal on. */
async function stopServer(server: ChildProcess, dir: string, stop: readonly [string, readonly string[]]): Promise<void> {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    try {
      execFileSync(stop[0], [...stop[1]], { stdio: 'pipe' });
    } catch {
      server.kill('SIGKILL');
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  rmSync(dir, { recursive: true, force: true });
}
