import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PlauditError } from '../domain/errors.ts';
import { readConfigFile } from './config-file.ts';
import { loadConfig } from './config.ts';

const file = (values: unknown) => ({ name: 'plaudit.config.json', values });

function problem(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlauditError);
    expect((error as PlauditError).code).toBe('invalid-config');
    return (error as Error).message;
  }
  throw new Error('expected the settings to be refused');
}

describe('loadConfig', () => {
  it('gives every setting its default when nothing is set', () => {
    expect(loadConfig({ flags: {}, env: {} })).toEqual({
      dbPath: './plaudit.db',
      host: '127.0.0.1',
      port: 3000,
      minReviews: 5,
      maxDocumentBytes: 10 * 1024 * 1024,
      batchSize: 1000,
      weights: { outlets: {}, critics: {} },
      logLevel: 'info',
      web: { allowHosts: [], perHostDelayMs: 1000, timeoutMs: 20_000, feedIntervalMinutes: 60 },
    });
  });

  it('checks the web settings: host names lower-cased, an unknown key named', () => {
    expect(loadConfig({ flags: {}, env: {}, file: file({ web: { allowHosts: [' Intranet.Example '] } }) }).web.allowHosts).toEqual(['intranet.example']);
    expect(problem(() => loadConfig({ flags: {}, env: {}, file: file({ web: { allowHost: ['x'] } }) }))).toMatch(/allowHost/);
  });

  it('takes flags over environment over the config file over defaults', () => {
    const settings = file({ port: 4000, host: '0.0.0.0', minReviews: 3, logLevel: 'warn' });
    const config = loadConfig({ flags: { port: 6000 }, env: { PLAUDIT_PORT: '5000', PLAUDIT_MIN_REVIEWS: '4' }, file: settings });
    expect(config).toMatchObject({ port: 6000, minReviews: 4, host: '0.0.0.0', logLevel: 'warn', batchSize: 1000 });
    expect(loadConfig({ flags: {}, env: { PLAUDIT_PORT: '5000' }, file: settings }).port).toBe(5000);
    expect(loadConfig({ flags: {}, env: {}, file: settings }).port).toBe(4000);
  });

  it('reads the weights as one more setting', () => {
    const weights = { outlets: { 'The Spool': 2 }, critics: {} };
    expect(loadConfig({ flags: {}, env: {}, file: file({ weights }) }).weights).toEqual(weights);
  });

  it('names an unknown setting, the file, and the setting it probably meant', () => {
    expect(problem(() => loadConfig({ flags: {}, env: {}, file: file({ minReview: 3 }) }))).toBe(
      'plaudit.config.json: unknown setting "minReview" (did you mean "minReviews"?)',
    );
    expect(problem(() => loadConfig({ flags: {}, env: {}, file: file({ weights: { outlet: {} } }) }))).toBe(
      'plaudit.config.json: unknown setting "weights.outlet" (did you mean "weights.outlets"?)',
    );
    expect(problem(() => loadConfig({ flags: {}, env: {}, file: file({ colour: 'red' }) }))).toMatch(
      /unknown setting "colour" \(the settings are: dbPath, host, port, .*logLevel, web\)/,
    );
  });

  it('names the setting and the type it should have when a value is of the wrong type', () => {
    expect(problem(() => loadConfig({ flags: {}, env: {}, file: file({ port: '3000' }) }))).toBe(
      'plaudit.config.json: setting "port" must be a number, not "3000"',
    );
    expect(problem(() => loadConfig({ flags: {}, env: {}, file: file({ minReviews: 2.5 }) }))).toMatch(/"minReviews" must be a whole number, not 2\.5/);
    expect(problem(() => loadConfig({ flags: {}, env: {}, file: file({ logLevel: 'verbose' }) }))).toMatch(
      /"logLevel" must be one of "fatal", "error", "warn", "info", "debug", "silent", not "verbose"/,
    );
    expect(problem(() => loadConfig({ flags: {}, env: {}, file: file({ publicUrl: 'ftp://example.org' }) }))).toMatch(/"publicUrl" must be an http\(s\) URL/);
    expect(problem(() => loadConfig({ flags: {}, env: {}, file: file([1, 2]) }))).toMatch(/plaudit\.config\.json: expected an object of settings/);
  });

  it('blames the environment variable or flag that brought a bad value, not the file', () => {
    expect(problem(() => loadConfig({ flags: {}, env: { PLAUDIT_PORT: 'abc' } }))).toBe(
      'environment variable PLAUDIT_PORT: setting "port" must be a number, not "abc"',
    );
    expect(problem(() => loadConfig({ flags: { batchSize: 0 }, env: {}, flagNames: { batchSize: '--batch-size' } }))).toMatch(
      /^--batch-size: setting "batchSize" must be at least 1, not 0$/,
    );
  });
});

describe('readConfigFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plaudit-config-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is fine without the default file, but a file named with --config must exist', () => {
    expect(readConfigFile({ cwd: dir })).toBeUndefined();
    expect(() => readConfigFile({ cwd: dir, explicit: 'missing.json' })).toThrow(/--config missing\.json: no such file/);
  });

  it('refuses a file that is not JSON, naming it', () => {
    writeFileSync(join(dir, 'broken.json'), '{ "port": 3000, }');
    expect(() => readConfigFile({ cwd: dir, explicit: 'broken.json' })).toThrow(/^broken\.json: not valid JSON/);
  });

  it('reads a relative dbPath as relative to the config file', () => {
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'plaudit.config.json'), JSON.stringify({ dbPath: 'data/plaudit.db', port: 8080 }));
    expect(readConfigFile({ cwd: dir, explicit: 'site/plaudit.config.json' })?.values).toEqual({ dbPath: join('site', 'data', 'plaudit.db'), port: 8080 });
    expect(readConfigFile({ cwd: join(dir, 'site') })?.values).toEqual({ dbPath: 'data/plaudit.db', port: 8080 });
  });
});
