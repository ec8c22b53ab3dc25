import { describe, expect, it } from 'vitest';
import { AddressRefusal } from './fetch-error.ts';
import { checkedLookup, isAllowedHost, type Lookup } from './safe-agent.ts';

/** A resolver that answers every name with the given addresses. */
function answering(addresses: readonly string[]): Lookup {
  return (_hostname, options, callback) => {
    const all = addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    if ((options as { all?: boolean }).all) callback(null, all);
    else callback(null, all[0]!.address, all[0]!.family);
  };
}

function resolve(lookup: Lookup, options: object): Promise<unknown[]> {
  return new Promise((done) => lookup('site.test', options, (...args: unknown[]) => done(args)));
}

describe('checkedLookup', () => {
  it('passes public answers through unchanged, in both lookup forms', async () => {
    const lookup = checkedLookup(answering(['93.184.215.14', '2606:4700::1']));
    expect(await resolve(lookup, {})).toEqual([null, '93.184.215.14', 4]);
    expect(await resolve(lookup, { all: true })).toEqual([
      null,
      [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:4700::1', family: 6 },
      ],
      undefined,
    ]);
  });

  it('refuses a name when any of its answers is private (a rebinding or mixed answer)', async () => {
    const lookup = checkedLookup(answering(['93.184.215.14', '10.1.2.3']));
    const [error] = await resolve(lookup, { all: true });
    expect(error).toBeInstanceOf(AddressRefusal);
    expect((error as AddressRefusal).message).toBe('site.test resolves to 10.1.2.3, a private address');
  });

  it('refuses IPv4-mapped loopback in an answer', async () => {
    const [error] = await resolve(checkedLookup(answering(['::ffff:127.0.0.1'])), {});
    expect(error).toBeInstanceOf(AddressRefusal);
  });

  it('passes resolver errors through', async () => {
    const failing: Lookup = (_h, _o, callback) => callback(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }));
    const [error] = await resolve(checkedLookup(failing), {});
    expect((error as { code: string }).code).toBe('ENOTFOUND');
  });
});

describe('isAllowedHost', () => {
  it('matches exact names case-blind, and IPv6 literals with or without brackets', () => {
    expect(isAllowedHost(['intranet.local'], 'Intranet.Local')).toBe(true);
    expect(isAllowedHost(['intranet.local'], 'www.intranet.local')).toBe(false);
    expect(isAllowedHost(['::1'], '[::1]')).toBe(true);
  });
});
