/**
 * Which network addresses Plaudit may fetch from. Pure: the fetcher calls it on every address it is about to connect to
 * (at connect time, so a DNS answer that changes between a check and the connection cannot slip past).
 *
 * The rule is an allow-list, not a block-list: only ordinary public unicast addresses pass. Anything ipaddr.js files
 * under a special range (loopback, private, link-local, CGNAT, multicast, reserved, documentation, ...) is refused,
 * and IPv6 forms that carry an IPv4 address inside them are judged by that IPv4 address.
 */
import ipaddr from 'ipaddr.js';

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

/** Why an address in a special range is refused, in words an editor understands. */
const RANGE_REASONS: Readonly<Record<string, string>> = {
  loopback: 'a loopback address (this machine itself)',
  private: 'a private address',
  linkLocal: 'a link-local address (this includes the cloud metadata service at 169.254.169.254)',
  carrierGradeNat: 'a carrier-grade NAT address (100.64.0.0/10, not reachable from the public internet)',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  unspecified: 'the unspecified address (it means "this machine")',
  uniqueLocal: 'a unique-local IPv6 address (the IPv6 form of a private network)',
  deprecatedSiteLocal: 'a site-local IPv6 address (the old IPv6 form of a private network)',
  reserved: 'a reserved or documentation-only address',
  benchmarking: 'a benchmarking-only address',
  teredo: 'a Teredo tunnel address (its real IPv4 address is hidden inside it)',
  rfc6145: 'an IPv4-translated IPv6 address',
  rfc6052: 'a local-use NAT64 address',
  discard: 'a discard-only IPv6 address',
};

function reasonFor(range: string): string {
  return RANGE_REASONS[range] ?? `a special-purpose address (${range}), not a public one`;
}

/** True for a host written as an IP address (with or without IPv6 brackets). */
export function isIpLiteral(host: string): boolean {
  return ipaddr.isValid(stripBrackets(host));
}

export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** Judges one address as it will be connected to (dotted IPv4 or IPv6 text, as a resolver returns it). */
export function judgeAddress(address: string): AddressVerdict {
  const text = stripBrackets(address);
  // ipaddr.js parses "127.1" and "0x7f.1" as IPv4 too; a resolver never returns those, but a URL parser might let one through.
  if (!ipaddr.isValid(text)) return { allowed: false, reason: 'not an IP address Plaudit can check' };
  const parsed = ipaddr.parse(text);
  return parsed.kind() === 'ipv4' ? judgeV4(parsed as ipaddr.IPv4) : judgeV6(parsed as ipaddr.IPv6);
}

function judgeV4(address: ipaddr.IPv4): AddressVerdict {
  const range = address.range();
  return range === 'unicast' ? { allowed: true } : { allowed: false, reason: reasonFor(range) };
}

function judgeV6(address: ipaddr.IPv6): AddressVerdict {
  const embedded = embeddedV4(address);
  if (embedded) {
    const verdict = judgeV4(embedded);
    return verdict.allowed ? verdict : { allowed: false, reason: `${verdict.reason}, written as IPv6 (${embedded.toString()} inside)` };
  }
  const range = address.range();
  if (range !== 'unicast') return { allowed: false, reason: reasonFor(range) };
  const [first = 0, ...rest] = address.parts;
  // IPv4-compatible ::a.b.c.d (deprecated) and the rest of ::/8: never a public host.
  if (first === 0 && rest.slice(0, 5).every((part) => part === 0)) {
    return { allowed: false, reason: 'an IPv4-compatible IPv6 address (deprecated, never a public host)' };
  }
  // Only 2000::/3 is handed out as global unicast; everything else is unassigned or special.
  if ((first & 0xe000) !== 0x2000) return { allowed: false, reason: 'an unassigned IPv6 address, not a public one' };
  return { allowed: true };
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), NAT64 well-known (64:ff9b::/96) or 6to4 (2002::/16) address. */
function embeddedV4(address: ipaddr.IPv6): ipaddr.IPv4 | undefined {
  const p = address.parts;
  const fromWords = (high: number, low: number) => new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  if (address.isIPv4MappedAddress()) return address.toIPv4Address();
  if (p[0] === 0x64 && p[1] === 0xff9b && p.slice(2, 6).every((part) => part === 0)) return fromWords(p[6] ?? 0, p[7] ?? 0);
  if (p[0] === 0x2002) return fromWords(p[1] ?? 0, p[2] ?? 0);
  return undefined;
}
