/** Checks a URL before anything is sent: a web address, http or https, and not an IP literal we refuse. Pure. */
import { isIpLiteral, judgeAddress, stripBrackets } from './address-policy.ts';
import { AddressRefusal, FetchError, refusedAddress } from './fetch-error.ts';
import { isAllowedHost } from './safe-agent.ts';

export function checkUrl(raw: string, allowHosts: readonly string[]): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw new FetchError('bad-url', raw, `could not fetch "${raw}": it is not a valid web address (expected http://… or https://…)`, {
      transient: false,
      cause: error,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(
      'refused-scheme',
      url.href,
      `refused ${url.href}: Plaudit fetches only http:// and https:// addresses, not ${url.protocol}`,
      { transient: false },
    );
  }
  url.hash = '';
  // The WHATWG parser has already turned 2130706433, 0x7f000001, 0177.1, 127.1 and the like into dotted form.
  const host = stripBrackets(url.hostname);
  if (isIpLiteral(host) && !isAllowedHost(allowHosts, host)) {
    const verdict = judgeAddress(host);
    if (!verdict.allowed) throw refusedAddress(url.href, new AddressRefusal(host, host, verdict.reason));
  }
  return url;
}
