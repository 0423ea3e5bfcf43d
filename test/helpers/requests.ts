// The test server's request log (see test-server.mjs).

/** How many requests the test server saw for `path` (no query). */
export async function requestCount(path: string): Promise<number> {
  const response = await fetch(`/test-server/requests?path=${encodeURIComponent(path)}`);
  const { count } = (await response.json()) as { count: number };
  return count;
}

/** A path nobody has requested yet in this run. */
export function uniquePath(prefix: string, suffix = '.png'): string {
  return `${prefix}${crypto.randomUUID()}${suffix}`;
}
