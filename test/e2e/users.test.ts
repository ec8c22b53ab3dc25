/**
 * Editors' accounts through the real CLI on a real database: add reads the password from standard input,
 * list shows who may sign in, a duplicate name or a short password is a usage error (exit 2) that changes nothing,
 * remove disables; tokens take scopes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPlaudit, runPlauditJson } from '../run-plaudit.ts';
import { dropTestDatabases, testDatabase } from '../test-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'plaudit-users-'));
const db = testDatabase(dir);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropTestDatabases();
});

describe('plaudit user', () => {
  it('adds a user with the password on standard input and lists it', async () => {
    const added = await runPlaudit(['--db', db, 'user', 'add', 'ada', '--role', 'admin', '--password-stdin'], { input: 'correct horse battery\n' });
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Added admin "ada"');
    const list = await runPlaudit(['--db', db, 'user', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/ada\s+admin\s+\S+\s+active/);
    expect(list.stdout).not.toContain('correct horse');
  });

  it('refuses a duplicate name with exit 2 and changes nothing', async () => {
    const again = await runPlaudit(['--db', db, 'user', 'add', 'ada', '--role', 'editor', '--password-stdin'], { input: 'another password\n' });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already a user named "ada"');
    const list = await runPlaudit(['--db', db, 'user', 'list']);
    expect(list.stdout).toMatch(/ada\s+admin/);
    expect(list.stdout).not.toMatch(/ada\s+editor/);
  });

  it('refuses a password under 10 characters (exit 2)', async () => {
    const short = await runPlaudit(['--db', db, 'user', 'add', 'bob', '--role', 'editor', '--password-stdin'], { input: 'short\n' });
    expect(short.code).toBe(2);
    expect((await runPlaudit(['--db', db, 'user', 'list'])).stdout).not.toContain('bob');
  });

  it('disables a user with remove', async () => {
    expect((await runPlaudit(['--db', db, 'user', 'remove', 'ada'])).code).toBe(0);
    expect((await runPlaudit(['--db', db, 'user', 'list'])).stdout).toMatch(/ada\s+admin\s+\S+\s+disabled/);
  });
});

describe('plaudit token create --scope', () => {
  it('creates ingest-only tokens by default and takes --scope ingest,edit', async () => {
    const plain = await runPlauditJson<{ scopes: string[] }>(['--db', db, 'token', 'create', '--name', 'feed', '--json']);
    expect(plain.scopes).toEqual(['ingest']);
    const both = await runPlauditJson<{ scopes: string[] }>(['--db', db, 'token', 'create', '--name', 'tools', '--scope', 'ingest,edit', '--json']);
    expect(both.scopes).toEqual(['ingest', 'edit']);
    expect((await runPlaudit(['--db', db, 'token', 'create', '--scope', 'admin'])).code).toBe(2);
  });
});
