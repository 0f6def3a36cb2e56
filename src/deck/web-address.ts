import { domainToUnicode } from 'node:url';

// Web addresses as a reader reads and types them: 例子.cn/文章, not xn--fsqu00a.cn/%E6%96%87%E7%AB%A0.

/** A host name in its own letters (punycode decoded); as written where it is not a valid name. */
export const readableHost = (hostname: string): string => domainToUnicode(hostname) || hostname;

/** A URL's path with its escapes decoded where they stand for text (a malformed one stays). */
export function readablePath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/**
 * The whole address for paper, where a link's words alone lead nowhere: without `https://` or a
 * closing slash, the host and path in their own letters, the query and fragment as written.
 */
export function printedAddress(address: string): string {
  const url = new URL(address);
  const port = url.port ? `:${url.port}` : '';
  // A space decoded would read as two words on paper, and cannot be typed into an address.
  const path = readablePath(url.pathname).replace(/\/$/, '').replaceAll(' ', '%20');
  return `${readableHost(url.hostname)}${port}${path}${url.search}${url.hash}`;
}
