// End-to-end: the playground (index.html + demo/) in headless Debian Chromium through playwright-core,
// served by the Vite dev server on 127.0.0.1 (and, last, as the static dist-demo build from a sub-path).
// Every host but 127.0.0.1 is unresolvable, so the page proves it needs no network.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { build, createServer } from 'vite';
import { chromiumArgs, chromiumPath, loopbackOnlyArg } from '../../scripts/chromium.mjs';

const repo = path.resolve(import.meta.dirname, '../..');
const shots = path.join(repo, '.test-results/e2e');
const breaks = {
  'flip-signature': 'signature',
  expire: 'expired',
  'other-key': 'signature',
  'alg-none': 'algorithm',
  'strip-display-name': 'claims',
};

let server;
let origin;
let browser;
/** Page errors, console errors, CSP violations and requests that left 127.0.0.1, from every page opened, counted. */
const problems = new Map();
const report = (problem) => problems.set(problem, (problems.get(problem) ?? 0) + 1);

/** A fresh context and page (fresh sessionStorage) that reports its problems. */
async function openPage({ width = 1280, height = 900, colorScheme = 'light', url = `${origin}/` } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, colorScheme });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const source = event.sourceFile.replace(/:\d+$/, '').replace(/^https?:\/\/127\.0\.0\.1:\d+/, '');
      console.error(`CSP violation: ${event.violatedDirective} from ${source.replace(/-[\w-]{8}\.js$/, '.js') || 'the page'}`);
    });
  });
  page.on('pageerror', (error) => report(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Chromium's own CSP message says less than the page's securitypolicyviolation listener above.
    if (message.type() !== 'error' || /Content Security Policy directive/.test(message.text())) return;
    report(message.text().startsWith('CSP violation') ? message.text() : `console error: ${message.text()}`);
  });
  context.on('request', (request) => {
    const requested = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(requested.protocol) && requested.hostname !== '127.0.0.1') {
      report(`request off 127.0.0.1: ${request.url()}`);
    }
  });
  await page.goto(url);
  await waitForPlayground(page);
  return page;
}

function waitForPlayground(page) {
  return page.waitForFunction(() => document.documentElement.dataset.playground === 'ready', null, { timeout: 30_000 });
}

/** What a card's shadow root shows: the name, the error code line, and the avatar's accessible name. */
function cardView(page, id) {
  return page.evaluate((cardId) => {
    const root = document.getElementById(cardId)?.shadowRoot;
    return {
      name: root?.querySelector('[part~="name"]')?.textContent?.trim() ?? null,
      code: root?.querySelector('.code')?.textContent?.trim() ?? null,
      avatarLabel: root?.querySelector('sh-avatar')?.getAttribute('aria-label') ?? root?.querySelector('sh-avatar')?.label ?? null,
      text: root?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    };
  }, id);
}

/** Waits until card `id` shows the attendee `name`, or refuses its token with error `code`. */
function waitForCard(page, id, expected) {
  return page.waitForFunction(
    ([cardId, { name, code }]) => {
      const root = document.getElementById(cardId)?.shadowRoot;
      if (name !== undefined) return root?.querySelector('[part~="name"]')?.textContent?.trim() === name;
      return root?.querySelector('.code')?.textContent?.trim().endsWith(`: ${code}`) ?? false;
    },
    [id, expected],
    { timeout: 10_000 },
  );
}

/**
 * A full-page screenshot through a viewport as tall as the page, not Playwright's `fullPage` stitching: the
 * avatars paint (and the list renders rows) only near the viewport, so off-screen parts would show blank.
 */
async function pageShot(page, name, colorScheme) {
  const viewport = page.viewportSize();
  await page.emulateMedia({ colorScheme });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.evaluate(async () => {
    await Promise.all([...document.querySelectorAll('sh-profile-card, sh-avatar-group, sh-attendee-list')].map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
  await page.setViewportSize(viewport);
}

async function runAxe(page) {
  // By URL from the dev server, not by path: the page's CSP rightly refuses an inline <script>.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ url: `${origin}/node_modules/axe-core/axe.min.js` });
  return page.evaluate(async () => {
    const { violations } = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
  });
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await createServer({
    root: repo,
    configFile: path.join(repo, 'vite.config.ts'),
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    // Its own dependency cache: another dev server or test runner re-optimizing node_modules/.vite at the
    // same time would delete chunks this page still imports.
    cacheDir: path.join(repo, '.test-results/e2e-vite-cache'),
    logLevel: 'error',
    clearScreen: false,
  });
  await server.listen();
  origin = new URL(server.resolvedUrls.local[0]).origin;
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, loopbackOnlyArg] });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('playground on the dev server', () => {
  let page;
  before(async () => {
    page = await openPage();
  });
  after(() => page?.context().close());

  test('generates an RSA-2048 key pair on first load, shows it as SPKI PEM and keeps it for a reload in sessionStorage only', async () => {
    const pem = await page.inputValue('#public-key');
    assert.match(pem, /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n?$/);
    // 2048-bit SPKI: 294 DER bytes, 392 base64 characters.
    assert.equal(pem.replace(/-----[^-]+-----|\s/g, '').length, 392);
    const storage = await page.evaluate(() => ({ session: Object.keys(sessionStorage), local: localStorage.length }));
    assert.deepEqual(storage, { session: ['social-hour-profile/playground/keys'], local: 0 });
    await page.reload();
    await waitForPlayground(page);
    assert.equal(await page.inputValue('#public-key'), pem);
    assert.match(await page.textContent('#key-status'), /Restored from this tab's sessionStorage/);
  });

  test('copies the public key to the clipboard', async () => {
    await page.click('button[data-copy-from="public-key"]');
    await page.waitForFunction(() => document.getElementById('copy-status')?.textContent?.includes('copied'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.inputValue('#public-key'));
  });

  test('shows the seed attendee verified in every layout', async () => {
    await waitForCard(page, 'card-layout-card', { name: 'Larry David' });
    const card = await cardView(page, 'card-layout-card');
    assert.match(card.text, /larry@example\.com/);
    assert.match(card.text, /organization\s*Seinfield/);
    await waitForCard(page, 'card-layout-row', { name: 'Larry David' });
    assert.equal((await cardView(page, 'card-layout-avatar')).avatarLabel, 'Larry David');
    const header = JSON.parse(await page.textContent('#token-header'));
    assert.deepEqual(header, { alg: 'RS256', typ: 'JWT' });
    const payload = JSON.parse(await page.textContent('#token-payload'));
    assert.equal(payload.exp - payload.iat, 300);
    assert.match(await page.textContent('#event-link'), new RegExp(`^${origin}/\\?token=eyJ`));
  });

  test('re-verifies as the name is typed: the cards, the JSON and the token follow', async () => {
    await page.fill('#claim-display-name', 'Ada Lovelace');
    await waitForCard(page, 'card-layout-card', { name: 'Ada Lovelace' });
    await waitForCard(page, 'card-layout-row', { name: 'Ada Lovelace' });
    assert.equal(JSON.parse(await page.inputValue('#claims-json')).displayName, 'Ada Lovelace');
    assert.equal(JSON.parse(await page.textContent('#token-payload')).displayName, 'Ada Lovelace');
    assert.equal((await cardView(page, 'card-layout-avatar')).avatarLabel, 'Ada Lovelace');
  });

  test('edits the claims as raw JSON, and the form follows', async () => {
    const claims = { displayName: 'Grace Hopper', email: 'grace@example.com', userProfile: [['rank', 'Rear admiral'], ['language', 'COBOL']] };
    await page.fill('#claims-json', JSON.stringify(claims));
    await waitForCard(page, 'card-layout-card', { name: 'Grace Hopper' });
    assert.equal(await page.inputValue('#claim-display-name'), 'Grace Hopper');
    assert.deepEqual(await page.$$eval('#user-profile-rows .pair-label', (inputs) => inputs.map((input) => input.value)), ['rank', 'language']);
    await page.fill('#claims-json', '{"displayName": ');
    assert.match(await page.textContent('#claims-json-problem'), /Not valid JSON/);
    await waitForCard(page, 'card-layout-card', { name: 'Grace Hopper' });
  });

  test('adds, reorders and removes userProfile rows from the keyboard, keeping focus on the moved row', async () => {
    await page.click('#add-user-profile-row');
    await page.keyboard.type('ship');
    await page.keyboard.press('Tab');
    await page.keyboard.type('USS Hopper');
    await waitForCard(page, 'card-layout-card', { name: 'Grace Hopper' });
    await page.waitForFunction(() => document.getElementById('card-layout-card')?.shadowRoot?.textContent?.includes('USS Hopper'));
    await page.focus('[aria-label="Move row 3 up"]');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Move row 2 up');
    const labels = () => page.$$eval('#user-profile-rows .pair-label', (inputs) => inputs.map((input) => input.value));
    assert.deepEqual(await labels(), ['rank', 'ship', 'language']);
    assert.deepEqual(JSON.parse(await page.inputValue('#claims-json')).userProfile.map(([label]) => label), ['rank', 'ship', 'language']);
    await page.keyboard.press('Tab'); // to "Move row 2 down"
    await page.keyboard.press('Tab'); // to "Remove row 2"
    await page.keyboard.press('Space');
    assert.deepEqual(await labels(), ['rank', 'language']);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Remove row 2');
    await page.waitForFunction(() => !document.getElementById('card-layout-card')?.shadowRoot?.textContent?.includes('USS Hopper'));
  });

  for (const [id, code] of Object.entries(breaks)) {
    test(`breaks the token (${id}): every card refuses it with "${code}"`, async () => {
      await page.focus(`[data-break="${id}"] button`);
      await page.keyboard.press('Enter');
      const result = page.locator(`[data-break="${id}"] .break-result[data-code]`);
      await result.waitFor({ timeout: 10_000 });
      assert.equal(await result.getAttribute('data-code'), code);
      assert.match(await result.textContent(), new RegExp(`✓ Refused with ${code}`));
      assert.match(await result.textContent(), /Developer message: The profile token/);
      await waitForCard(page, 'card-layout-card', { code });
      await waitForCard(page, 'card-layout-row', { code });
      await page.waitForFunction(
        (expected) => document.getElementById('card-status')?.textContent?.includes(`layout="avatar": sh-profile-error, code "${expected}"`),
        code,
      );
      assert.match(await page.textContent('#token-source'), /Broken on purpose/);
    });
  }

  test('restores the valid token', async () => {
    await page.click('#restore-token');
    await waitForCard(page, 'card-layout-card', { name: 'Grace Hopper' });
    assert.equal(await page.isDisabled('#restore-token'), true);
  });

  test('renders 1,000 generated attendees in <sh-attendee-list> and <sh-avatar-group>, with measured times', async (t) => {
    const available = await page.evaluate(() => Boolean(customElements.get('sh-attendee-list') && customElements.get('sh-avatar-group')));
    if (!available) {
      assert.match(await page.textContent('#attendees-unavailable'), /Not available in this build/);
      assert.equal(await page.isDisabled('#generate-attendees'), true);
      t.skip('<sh-attendee-list> or <sh-avatar-group> is not registered by src/define.ts yet; the section says so');
      return;
    }
    await page.selectOption('#attendee-count', '1000');
    await page.click('#generate-attendees');
    await page.waitForFunction(() => document.getElementById('attendee-status')?.dataset.done === '1000', null, { timeout: 60_000 });
    const status = await page.textContent('#attendee-status');
    assert.match(status, /997 attendees shown, 3 refused/);
    for (const id of ['timing-sign', 'timing-verify', 'timing-render', 'timing-group']) {
      assert.match(await page.textContent(`#${id}`), /\d ms/, `#${id} shows a time`);
    }
    const list = await page.evaluate(() => {
      const root = document.querySelector('sh-attendee-list')?.shadowRoot;
      return { rows: root?.querySelectorAll('[role="listitem"]').length ?? 0, errors: root?.querySelector('[part~="errors"]')?.textContent ?? '' };
    });
    assert.ok(list.rows > 0 && list.rows < 200, `a virtualized window of rows, got ${list.rows}`);
    assert.match(list.errors, /3 attendees could not be shown/);
    const chip = await page.evaluate(() => document.querySelector('sh-avatar-group')?.shadowRoot?.querySelector('[part~="overflow"]')?.textContent?.trim());
    assert.equal(chip, '99+');
  });

  test('passes axe, light and dark', async () => {
    assert.deepEqual(await runAxe(page), []);
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await runAxe(page), []);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('saves desktop screenshots (1280 wide, light and dark)', async () => {
    await pageShot(page, 'desktop-light', 'light');
    await pageShot(page, 'desktop-dark', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });
});

describe('playground at 360 px', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`fits 360 px without horizontal scrolling, passes axe and saves a screenshot (${colorScheme})`, async () => {
      const page = await openPage({ width: 360, height: 740, colorScheme });
      try {
        await waitForCard(page, 'card-layout-card', { name: 'Larry David' });
        const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        assert.ok(widths.scroll <= widths.client, `page is ${widths.scroll} px wide in a ${widths.client} px viewport`);
        if (await page.isEnabled('#generate-attendees')) {
          await page.click('#generate-attendees');
          await page.waitForFunction(() => document.getElementById('attendee-status')?.dataset.done === '1000', null, { timeout: 60_000 });
        }
        await page.click('[data-break="expire"] button');
        await page.locator('[data-break="expire"] .break-result[data-code]').waitFor();
        await page.click('#restore-token');
        await waitForCard(page, 'card-layout-card', { name: 'Larry David' });
        // The virtualizer renders no row while the list is off screen (and then nothing in it is focusable,
        // which axe reports): look at it, as the attendee would.
        await page.locator('sh-attendee-list').scrollIntoViewIfNeeded();
        await page.waitForFunction(() => document.querySelector('sh-attendee-list')?.shadowRoot?.querySelector('[role="listitem"]'));
        assert.deepEqual(await runAxe(page), []);
        await pageShot(page, `mobile-${colorScheme}`, colorScheme);
      } finally {
        await page.context().close();
      }
    });
  }
});

describe('demo/host-server.mjs', () => {
  let host;
  let hostOrigin;
  let hostPublicKey;
  before(async () => {
    host = spawn(process.execPath, [path.join(repo, 'demo/host-server.mjs')], {
      cwd: repo,
      env: { ...process.env, PORT: '0', PLAYGROUND_URL: `${origin}/`, SOCIAL_HOUR_PRIVATE_KEY: '', SOCIAL_HOUR_PRIVATE_KEY_FILE: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`host server did not start: ${output}`)), 20_000);
      host.stderr.on('data', (chunk) => (output += chunk));
      host.on('exit', (status) => reject(new Error(`host server exited with ${status}: ${output}`)));
      host.stdout.on('data', (chunk) => {
        output += chunk;
        const pem = /-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/.exec(output);
        const listening = /Host server: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (pem && listening) {
          clearTimeout(timer);
          hostPublicKey = pem[0];
          hostOrigin = listening[1];
          resolve();
        }
      });
    });
  });
  after(() => host?.kill());

  test('redirects with 302 to the playground with a fresh 300-second token, which the playground verifies with the pasted public key', async () => {
    const response = await fetch(`${hostOrigin}/social-hour?as=hanako`, { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const location = new URL(response.headers.get('location'));
    assert.equal(`${location.origin}${location.pathname}`, `${origin}/`);
    const token = location.searchParams.get('token');
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
    assert.equal(payload.displayName, '山田 花子');
    assert.equal(payload.exp - payload.iat, 300);

    const page = await openPage();
    try {
      await page.fill('#public-key', hostPublicKey);
      await page.click('#private-key-details summary');
      await page.fill('#private-key', '');
      await page.click('#use-pasted-keys');
      await page.waitForFunction(() => document.getElementById('key-status')?.textContent?.includes('pasted public key'));
      await page.goto(location.href);
      await waitForPlayground(page);
      await waitForCard(page, 'card-layout-card', { name: '山田 花子' });
      assert.equal(new URL(page.url()).search, '', 'the card removed ?token= from the address bar');
      assert.match(await page.textContent('#token-source'), /from your own server/);
      assert.equal(await page.inputValue('#pasted-token'), token);
    } finally {
      await page.context().close();
    }
  });
});

describe('static build (vite build --mode demo)', () => {
  let outDir;
  let staticServer;
  let staticOrigin;
  before(async () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'sh-playground-'));
    await build({ root: repo, configFile: path.join(repo, 'vite.config.ts'), mode: 'demo', logLevel: 'error', build: { outDir, emptyOutDir: true } });
    // Served from a sub-path, as on GitHub Pages: every asset path must be relative.
    staticServer = createHttpServer((request, response) => {
      const prefix = '/some/sub/path/';
      const url = new URL(request.url, 'http://127.0.0.1');
      if (!url.pathname.startsWith(prefix)) return void response.writeHead(404).end();
      const file = path.join(outDir, decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
      if (!file.startsWith(outDir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return void response.writeHead(404).end();
      const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
      response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise((resolve) => staticServer.listen(0, '127.0.0.1', resolve));
    staticOrigin = `http://127.0.0.1:${staticServer.address().port}`;
  });
  after(() => {
    staticServer?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  test('works from a sub-path of a static host: keys, signing, verification, the avatar files and the signing workers', async () => {
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /(src|href)="\/(?!\/)/, 'no root-relative asset paths');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    const page = await openPage({ url: `${staticOrigin}/some/sub/path/` });
    try {
      await waitForCard(page, 'card-layout-card', { name: 'Larry David' });
      const avatar = await page.evaluate(() => document.querySelector('#demo-avatar-urls option')?.value ?? '');
      assert.match(avatar, /\/some\/sub\/path\/assets\/.+\.svg$/);
      assert.equal((await fetch(avatar)).status, 200);
      await page.click('#generate-attendees');
      await page.waitForFunction(() => document.getElementById('attendee-status')?.dataset.done === '1000', null, { timeout: 60_000 });
    } finally {
      await page.context().close();
    }
  });
});

const listed = (entries) => entries.map(([problem, count]) => `${problem} (×${count})`);

test('no page error, console error or request off 127.0.0.1 in any page', () => {
  assert.deepEqual(listed([...problems].filter(([problem]) => !problem.startsWith('CSP violation'))), []);
});

test('no violation of the page\'s strict CSP (no inline script or style) in any page', () => {
  assert.deepEqual(listed([...problems].filter(([problem]) => problem.startsWith('CSP violation'))), []);
});
