// The benchmark's local HTTP server: serves a table of in-memory files (pages, bundles, images) on 127.0.0.1 only.
import http from 'node:http';

/**
 * @typedef {object} ServedFile
 * @property {string | Uint8Array} body
 * @property {string} type              Content-Type
 * @property {boolean} [cacheable]      images may be cached by the page; everything else is `no-store`
 */

/**
 * Starts a server on a random port. Files are looked up by exact path in `files`, which may still be
 * added to after the server starts; a path ending in `/` serves `<path>index.html`.
 * @param {Map<string, ServedFile>} files
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function startServer(files) {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = files.get(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': file.type,
      'cache-control': file.cacheable ? 'max-age=3600' : 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
