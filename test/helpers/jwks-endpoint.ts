// A JWKS endpoint for the tests with one interface in both runtimes: in the browser the test-runner
// middleware (/test-server/jwks/<id>, see test-server.mjs), in Node a node:http server on 127.0.0.1.
import type * as Http from 'node:http';
import { requestCount } from './requests.js';

/** Serves JWKS documents by id and counts the GET requests each id received. */
export interface JwksEndpoint {
  /** The URL of document `id`; `delayMs` makes the server answer that late. */
  url(id: string, options?: { delayMs?: number }): URL;
  /** Stores document `id`: an object is served as JSON, a string as it is. Until then the URL answers 404. */
  publish(id: string, document: object | string): Promise<void>;
  /** How many times document `id` was fetched (publishing does not count). */
  requests(id: string): Promise<number>;
  /** Stops the Node server; nothing to do in the browser. */
  close(): Promise<void>;
}

/** An id no other test (or earlier run against the same server) has used. */
export function uniqueJwksId(label: string): string {
  return `${label}-${crypto.randomUUID()}`;
}

/** Starts the endpoint for the current runtime. */
export async function startJwksEndpoint(): Promise<JwksEndpoint> {
  const inNode = typeof process !== 'undefined' && Boolean(process.versions?.node);
  return inNode ? startNodeEndpoint() : browserEndpoint();
}

function browserEndpoint(): JwksEndpoint {
  const base = new URL('/test-server/jwks/', import.meta.url);
  // The middleware counts every request to a path, PUTs included; subtract the ones made here.
  const publishes = new Map<string, number>();
  return {
    url: (id, options) => withDelay(new URL(id, base), options?.delayMs),
    async publish(id, document) {
      publishes.set(id, (publishes.get(id) ?? 0) + 1);
      const response = await fetch(new URL(id, base), {
        method: 'PUT',
        body: typeof document === 'string' ? document : JSON.stringify(document),
      });
      if (!response.ok) throw new Error(`publishing JWKS ${id} failed: ${response.status}`);
    },
    async requests(id) {
      return (await requestCount(new URL(id, base).pathname)) - (publishes.get(id) ?? 0);
    },
    close: () => Promise.resolve(),
  };
}

async function startNodeEndpoint(): Promise<JwksEndpoint> {
  // Not a literal specifier, so the browser's dev server never tries to resolve a Node built-in.
  const httpModule = 'node:http';
  const http = (await import(/* @vite-ignore */ httpModule)) as typeof Http;
  const documents = new Map<string, string>();
  const counts = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const id = /^\/jwks\/([\w-]+)$/.exec(url.pathname)?.[1];
    if (id === undefined) {
      response.writeHead(404).end();
      return;
    }
    counts.set(id, (counts.get(id) ?? 0) + 1);
    const answer = (): void => {
      const document = documents.get(id);
      if (document === undefined) response.writeHead(404).end();
      else response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(document);
    };
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) setTimeout(answer, Math.min(delay, 30_000));
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the JWKS server has no port');
  const base = new URL(`http://127.0.0.1:${address.port}/jwks/`);
  return {
    url: (id, options) => withDelay(new URL(id, base), options?.delayMs),
    publish(id, document) {
      documents.set(id, typeof document === 'string' ? document : JSON.stringify(document));
      return Promise.resolve();
    },
    requests: (id) => Promise.resolve(counts.get(id) ?? 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function withDelay(url: URL, delayMs: number | undefined): URL {
  if (delayMs !== undefined) url.searchParams.set('delay', String(delayMs));
  return url;
}
