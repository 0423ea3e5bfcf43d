// Headless Debian Chromium for the benchmark: one browser per run, a fresh context and page per measurement.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, loopbackOnlyArg } from '../scripts/chromium.mjs';

/**
 * Launches the system Chromium (`CHROME_PATH`, default `/usr/bin/chromium`); playwright-core never downloads one.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Every host but 127.0.0.1 unresolvable: the page can reach only our own server.
    args: [...chromiumArgs, loopbackOnlyArg],
  });
}

/** Rejects with `what` after `ms` unless `promise` settles first. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A page in a fresh context (empty cache, fresh heap), 800×600 at DPR 1, opened on `url` and ready once the
 * page has set `globalThis.__bench`. Page errors, console errors and requests leaving `origin` are passed to
 * `onProblem`.
 * @param {import('playwright-core').Browser} browser
 * @param {{url: string, origin: string, timeoutMs: number, onProblem: (message: string) => void}} options
 */
export async function openBenchPage(browser, { url, origin, timeoutMs, onProblem }) {
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (error) => onProblem(`page error: ${String(error.message ?? error).slice(0, 300)}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    onProblem(`console error: ${message.text().slice(0, 300)}${where ? ` (${where.replace(origin, '')})` : ''}`);
  });
  context.on('request', (request) => {
    const requested = request.url();
    if (!requested.startsWith(origin) && !/^(data|blob|about):/.test(requested)) onProblem(`external request: ${requested}`);
  });
  const cdp = await context.newCDPSession(page);
  const close = () => context.close();
  try {
    await page.goto(url);
    await page.waitForFunction(() => globalThis.__bench, null, { timeout: timeoutMs });
  } catch (error) {
    await close();
    throw new Error(`${url} did not start its harness (${error.message.split('\n')[0]})`);
  }
  return {
    page,
    close,
    /** Calls `globalThis.__bench[method](...args)` in the page. */
    call: (method, ...args) =>
      withTimeout(page.evaluate(([m, a]) => globalThis.__bench[m](...a), [method, args]), timeoutMs, `${method}() in ${url}`),
    /** Two full garbage collections, so a heap reading or a timed region starts from a settled heap. */
    async collectGarbage() {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
    },
    /** JS heap in use after two forced collections, in bytes. */
    async heapUsed() {
      await this.collectGarbage();
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    },
  };
}
