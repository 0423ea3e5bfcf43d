// Reading the sign-in token from the page URL (query or fragment) and the URL without it. DOM-free.

export interface TokenInUrl {
  /** The token, or `null` when the URL has none. */
  readonly token: string | null;
  /** The same URL with that parameter removed and every other part kept. */
  readonly urlWithoutToken: string;
}

function withoutParam(params: URLSearchParams, name: string): string {
  params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/**
 * Finds `param` in the query (`?token=…`) or in a query-like fragment (`#token=…`, `#/route?token=…`),
 * the query winning when both have it.
 */
export function tokenInUrl(href: string, param: string): TokenInUrl {
  const url = new URL(href);
  const query = new URLSearchParams(url.search);
  const hash = url.hash.slice(1);
  const hashQueryStart = hash.indexOf('?');
  const hashPath = hashQueryStart >= 0 ? hash.slice(0, hashQueryStart) : hash.includes('=') ? '' : hash;
  const hashQuery = new URLSearchParams(hashQueryStart >= 0 ? hash.slice(hashQueryStart + 1) : hash.includes('=') ? hash : '');
  const token = query.get(param) ?? hashQuery.get(param);
  if (token === null) return { token: null, urlWithoutToken: href };
  url.search = withoutParam(query, param);
  const restOfHash = withoutParam(hashQuery, param);
  url.hash = hashPath || restOfHash ? `${hashPath}${hashPath ? restOfHash : restOfHash.slice(1)}` : '';
  return { token, urlWithoutToken: url.href.replace(/#$/, '') };
}
