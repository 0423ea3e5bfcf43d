// The host-page harness: the library bundled by esbuild into one ES module, a node:http server on
// 127.0.0.1 (random port) that serves it with a test's pages, scripts, images and JSON, and headless
// Debian Chromium through playwright-core.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export const repo = path.resolve(import.meta.dirname, '../..');

/** The host-page CSP of issue 7: nothing inline, nothing evaluated, images from the page or https:. */
export const strictCsp = "default-src 'self'; img-src 'self' https:; style-src 'self'";


/** One ES module from `entryPoint` with everything it imports (lit, jose, the framework) inside. */
export async function bundle(entryPoint, options = {}) {
  const { outputFiles } = await build({
    entryPoints: [entryPoint],
    absWorkingDir: repo,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
    ...options,
  });
  return outputFiles[0].text;
}

/** `src/define.ts` (the JS API that registers every element) as the one module a host page loads. */
export function libraryBundle() {
  return bundle('src/define.ts');
}

/** A file of test/host-pages/pages/, as a route. */
export function pageFile(name) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  return { type: types[path.extname(name)], body: readFileSync(path.join(import.meta.dirname, 'pages', name)) };
}

/** A route of JavaScript text. */
export const script = (body) => ({ type: 'text/javascript', body });
/** A route of JSON. */
export const json = (value) => ({ type: 'application/json', body: JSON.stringify(value) });
/** A route of HTML text. */
export const html = (body) => ({ type: 'text/html', body });

/**
 * Serves `routes` (`{'/path': {type, body, headers?}}`) on 127.0.0.1; every response carries `headers`
 * (the CSP) plus its own. Anything else is a 404, which the page reports as a console error.
 */
export async function serve(routes, { headers = {} } = {}) {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://127.0.0.1').pathname];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('not found');
      return;
    }
    response
      .writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store', ...headers, ...route.headers })
      .end(route.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs] });
}

/**
 * Opens `url` in a fresh context. `problems` collects console errors and page errors; CSP violations are
 * collected by the page itself (pages/violations.js), as a host would see them.
 */
export async function openPage(browser, url, { width = 1024, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url);
  return { page, problems, close: () => context.close() };
}
