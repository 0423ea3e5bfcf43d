// Which avatar image URLs may be requested at all, and which already failed on this page.

const failedUrls = new Set<string>();

/**
 * The absolute URL to request for `src`, or `null` when it must not be requested. Only `https:` and
 * same-origin URLs qualify: `javascript:`, `data:`, `blob:`, plain `http:` to another origin and
 * unparsable strings never leave the page.
 */
export function requestableImageUrl(src: string | null | undefined, baseUrl: string): string | null {
  if (!src || !src.trim()) return null;
  let url: URL;
  try {
    url = new URL(src, baseUrl);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && url.origin === new URL(baseUrl).origin) return url.href;
  return null;
}

/** Remembers that `url` failed, so no other avatar on the page requests it again. */
export function rememberFailedImage(url: string): void {
  failedUrls.add(url);
}

/** Whether `url` already failed on this page. */
export function imageFailedBefore(url: string): boolean {
  return failedUrls.has(url);
}
