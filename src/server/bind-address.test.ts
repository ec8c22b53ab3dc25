import { describe, expect, it } from 'vitest';
import { exposedHostWarning, isLoopbackHost } from './bind-address.ts';

describe('isLoopbackHost', () => {
  it('knows the addresses only this machine reaches', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', 'LOCALHOST', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.2', 'plaudit.example.org', '::ffff:10.0.0.1']) expect(isLoopbackHost(host), host).toBe(false);
  });
});

describe('exposedHostWarning', () => {
  it('says what is exposed and what to do, for non-loopback hosts only', () => {
    expect(exposedHostWarning('127.0.0.1')).toBeNull();
    const warning = exposedHostWarning('0.0.0.0') ?? '';
    expect(warning).toMatch(/reachable from other machines/);
    expect(warning).toMatch(/--host 127\.0\.0\.1/);
    expect(warning).toMatch(/reverse proxy with HTTPS/);
  });
});
