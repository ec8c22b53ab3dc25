/**
 * An undici Agent that checks every address at the moment it connects. The check sits in the resolver the socket
 * itself uses, so there is no gap between "this name resolves to a public address" and the connection, which is
 * where DNS rebinding would strike. Hosts written as IP literals skip the resolver, so the connector checks them too.
 */
import { lookup as dnsLookup } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { judgeAddress, stripBrackets } from './address-policy.ts';
import { AddressRefusal } from './fetch-error.ts';

/** A dns.lookup-compatible resolver (the shape net.connect accepts as `lookup`). */
export type Lookup = (hostname: string, options: object, callback: (...args: any[]) => void) => void;

export interface SafeAgentOptions {
  /** Lower-case host names (or IP literals) the user allowed to resolve to any address. */
  allowHosts: readonly string[];
  lookup?: Lookup;
}

interface LookupAddress {
  address: string;
  family: number;
}

/** Wraps a resolver so that any answer with a refused address fails the lookup (and so the connection). */
export function checkedLookup(base: Lookup): Lookup {
  return (hostname, options, callback) => {
    base(hostname, options, (error: Error | null, address: string | LookupAddress[], family?: number) => {
      if (error) return callback(error);
      const answers = Array.isArray(address) ? address : [{ address, family: family ?? 0 }];
      if (answers.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }));
      // One bad answer refuses the host: a name that mixes public and private addresses is not one we trust.
      for (const answer of answers) {
        const verdict = judgeAddress(answer.address);
        if (!verdict.allowed) return callback(new AddressRefusal(hostname, answer.address, verdict.reason));
      }
      return callback(null, address, family);
    });
  };
}

export function isAllowedHost(allowHosts: readonly string[], host: string): boolean {
  const bare = stripBrackets(host).toLowerCase();
  return allowHosts.some((allowed) => stripBrackets(allowed).toLowerCase() === bare);
}

export function createSafeAgent(options: SafeAgentOptions): Agent {
  const base: Lookup = options.lookup ?? (dnsLookup as unknown as Lookup);
  const checked = buildConnector({ lookup: checkedLookup(base) } as buildConnector.BuildOptions);
  const trusted = buildConnector({ lookup: base } as buildConnector.BuildOptions);
  const connect: buildConnector.connector = (connectOptions, callback) => {
    const host = stripBrackets(connectOptions.hostname);
    if (isAllowedHost(options.allowHosts, host)) return trusted(connectOptions, callback);
    if (isIP(host) !== 0) {
      const verdict = judgeAddress(host);
      if (!verdict.allowed) return callback(new AddressRefusal(host, host, verdict.reason), null);
    }
    return checked(connectOptions, callback);
  };
  return new Agent({ connect });
}
