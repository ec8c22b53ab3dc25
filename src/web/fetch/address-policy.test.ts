import { describe, expect, it } from 'vitest';
import { isIpLiteral, judgeAddress } from './address-policy.ts';

const refused: ReadonlyArray<[string, RegExp]> = [
  ['127.0.0.1', /loopback/],
  ['127.255.255.254', /loopback/],
  ['10.0.0.5', /private/],
  ['172.16.0.1', /private/],
  ['172.31.255.255', /private/],
  ['192.168.1.1', /private/],
  ['169.254.169.254', /link-local.*metadata/],
  ['169.254.0.1', /link-local/],
  ['100.64.0.1', /carrier-grade NAT/],
  ['100.127.255.255', /carrier-grade NAT/],
  ['224.0.0.1', /multicast/],
  ['239.255.255.250', /multicast/],
  ['255.255.255.255', /broadcast/],
  ['0.0.0.0', /unspecified/],
  ['0.1.2.3', /unspecified/],
  ['192.0.2.1', /reserved/],
  ['198.18.0.1', /reserved/],
  ['203.0.113.9', /reserved/],
  ['240.0.0.1', /reserved/],
  ['::', /unspecified/],
  ['::1', /loopback/],
  ['[::1]', /loopback/],
  ['fe80::1', /link-local/],
  ['febf::1', /link-local/],
  ['fc00::1', /unique-local/],
  ['fd12:3456::1', /unique-local/],
  ['fec0::1', /site-local/],
  ['ff02::1', /multicast/],
  ['::ffff:127.0.0.1', /loopback.*127\.0\.0\.1 inside/],
  ['::ffff:7f00:1', /loopback/],
  ['::ffff:10.1.2.3', /private/],
  ['::ffff:169.254.169.254', /link-local/],
  ['64:ff9b::10.0.0.1', /private/],
  ['64:ff9b::7f00:1', /loopback/],
  ['64:ff9b:1::1', /NAT64/],
  ['2002:7f00:1::1', /loopback/],
  ['2002:c0a8:101::1', /private/],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', /Teredo/],
  ['2001:db8::1', /reserved/],
  ['::ffff:0:7f00:1', /IPv4-translated/],
  ['::7f00:1', /IPv4-compatible/],
  ['::808:808', /IPv4-compatible/],
  ['100::1', /discard/],
  ['4000::1', /unassigned/],
  ['not-an-address', /not an IP address/],
];

const allowed = ['8.8.8.8', '1.1.1.1', '93.184.215.14', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '169.253.255.255',
  '2606:4700:4700::1111', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'];

describe('judgeAddress', () => {
  it.each(refused)('refuses %s with the reason named', (address, reason) => {
    const verdict = judgeAddress(address);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason).toMatch(reason);
  });

  it.each(allowed)('allows public unicast %s', (address) => {
    expect(judgeAddress(address)).toEqual({ allowed: true });
  });
});

describe('isIpLiteral', () => {
  it('tells IP literals from host names', () => {
    expect(isIpLiteral('127.0.0.1')).toBe(true);
    expect(isIpLiteral('[::1]')).toBe(true);
    expect(isIpLiteral('example.com')).toBe(false);
    expect(isIpLiteral('site-3.test')).toBe(false);
  });
});
