import { describe, expect, it } from 'vitest';
import { checkUrl } from './check-url.ts';
import { FetchError } from './fetch-error.ts';

function errorOf(url: string, allowHosts: readonly string[] = []): FetchError {
  try {
    checkUrl(url, allowHosts);
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe('checkUrl', () => {
  it.each(['file:///etc/passwd', 'ftp://example.com/x', 'data:text/html,hi', 'javascript:alert(1)', 'gopher://example.com/'])(
    'refuses the scheme of %s',
    (url) => {
      const error = errorOf(url);
      expect(error.code).toBe('refused-scheme');
      expect(error.transient).toBe(false);
      expect(error.message).toMatch(/only http:\/\/ and https:\/\//);
    },
  );

  it('says a malformed address is not a web address', () => {
    expect(errorOf('not a url').code).toBe('bad-url');
    expect(errorOf('http://').code).toBe('bad-url');
  });

  it.each([
    'http://127.0.0.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0x7f.0.0.1/',
    'http://017700000001/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://0/',
    'http://0.0.0.0/',
    'http://[::]/',
    'http://10.0.0.5/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fe80::1]/',
    'http://[fd00::1]/',
    'http://100.64.0.1/',
    'https://192.168.0.1:8443/admin',
  ])('refuses the IP literal in %s before connecting', (url) => {
    const error = errorOf(url);
    expect(error.code).toBe('refused-address');
    expect(error.transient).toBe(false);
    expect(error.message).toMatch(/--allow-host /);
  });

  it('writes the message an editor can act on', () => {
    expect(errorOf('http://10.0.0.5/').message).toBe(
      "refused http://10.0.0.5/: 10.0.0.5 is a private address; Plaudit does not fetch from the machine's own network unless you allow the host (--allow-host 10.0.0.5)",
    );
  });

  it('lets an allowed IP literal through, and only that one', () => {
    expect(checkUrl('http://10.0.0.5/', ['10.0.0.5']).href).toBe('http://10.0.0.5/');
    expect(checkUrl('http://[::1]:8080/', ['::1']).href).toBe('http://[::1]:8080/');
    expect(errorOf('http://10.0.0.6/', ['10.0.0.5']).code).toBe('refused-address');
  });

  it('accepts public addresses and host names, and drops the fragment', () => {
    expect(checkUrl('https://example.com/review#top', []).href).toBe('https://example.com/review');
    expect(checkUrl('http://8.8.8.8/', []).href).toBe('http://8.8.8.8/');
  });
});
