// Test-runner middleware under /test-server/: images, failures and JWKS documents served from 127.0.0.1,
// with a request log, so tests can assert which requests were made and which were not.
import { deflateSync } from 'node:zlib';

const requestCounts = new Map();
const jwksDocuments = new Map();

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A solid-colour RGB PNG, `hex` like `00ff00`. */
export function solidPng(hex, size = 64) {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + size * 3);
  for (let x = 0; x < size; x += 1) row.set([r, g, b], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

async function readBody(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Routes (every one counted in the request log, keyed by path without the query):
 * - GET  /test-server/image/<hex>.png[?delay=ms]  solid-colour PNG
 * - GET  /test-server/missing/<anything>          404
 * - GET  /test-server/html/<anything>             200 text/html (not an image)
 * - GET  /test-server/slow/<anything>?delay=ms    PNG after a delay
 * - PUT  /test-server/jwks/<id>                   store a JWKS document; GET returns it (404 until stored)
 * - GET  /test-server/requests?path=<path>        {count} for that path
 * - POST /test-server/requests/reset              clear the log
 */
export async function testServerMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/test-server/')) return next();
  const path = ctx.path;
  const url = new URL(ctx.url, 'http://127.0.0.1');
  const delay = Number(url.searchParams.get('delay') ?? 0);

  if (path === '/test-server/requests') {
    ctx.body = { count: requestCounts.get(url.searchParams.get('path')) ?? 0 };
    return;
  }
  if (path === '/test-server/requests/reset') {
    requestCounts.clear();
    ctx.body = { ok: true };
    return;
  }
  requestCounts.set(path, (requestCounts.get(path) ?? 0) + 1);
  ctx.set('Cache-Control', 'no-store');

  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 30_000)));

  const image = /^\/test-server\/(?:image|slow)\/([0-9a-f]{6})\.png$/.exec(path);
  if (image) {
    ctx.type = 'image/png';
    ctx.body = solidPng(image[1]);
    return;
  }
  if (path.startsWith('/test-server/slow/')) {
    ctx.type = 'image/png';
    ctx.body = solidPng('808080');
    return;
  }
  if (path.startsWith('/test-server/missing/')) {
    ctx.status = 404;
    ctx.body = 'not found';
    return;
  }
  if (path.startsWith('/test-server/html/')) {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><p>not an image</p>';
    return;
  }
  const jwks = /^\/test-server\/jwks\/([\w-]+)$/.exec(path);
  if (jwks) {
    if (ctx.method === 'PUT') {
      jwksDocuments.set(jwks[1], await readBody(ctx));
      ctx.body = { ok: true };
    } else if (jwksDocuments.has(jwks[1])) {
      ctx.type = 'application/json';
      ctx.body = jwksDocuments.get(jwks[1]);
    } else {
      ctx.status = 404;
    }
    return;
  }
  ctx.status = 404;
}
