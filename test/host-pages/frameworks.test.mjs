// The React 19 and Vue 3 examples (demo/react/, demo/vue/) in Chromium: each app hands the elements
// properties (the key or PEM, the token, the list's tokens, a selected profile), listens to their events
// and writes what they report into its own DOM.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { solidPng } from '../helpers/test-server.mjs';
import { bundle, json, launchChromium, openPage, repo, serve, strictCsp } from './host-page-server.mjs';
import { attendeeProfiles, signedSession } from './signed-session.mjs';

const attendeeCount = 50;
/** The list sorts by name: its first row is this attendee. */
const firstAttendee = attendeeProfiles(attendeeCount).map((profile) => profile.displayName).sort(new Intl.Collator('en').compare)[0];
/** What the examples import the library as, mapped to the source (the examples read like a host app). */
const alias = { 'social-hour-profile': path.join(repo, 'src') };
const production = { 'process.env.NODE_ENV': '"production"' };

let browser;
let session;

before(async () => {
  session = await signedSession({
    card: { displayName: 'Larry David', userProfile: [['title', 'Producer']] },
    attendees: attendeeProfiles(attendeeCount),
  });
  browser = await launchChromium();
});

after(() => browser?.close());

/** Serves demo/<framework>/index.html, its bundled `entry` and the session under `csp`; opens it. */
async function openExample(framework, entry, bundled, csp) {
  const directory = `/demo/${framework}`;
  const server = await serve(
    {
      [`${directory}/`]: { type: 'text/html', body: readFileSync(path.join(repo, directory, 'index.html')) },
      [`${directory}/${entry}`]: { type: 'text/javascript', body: bundled },
      [`${directory}/session.json`]: json({ publicKey: session.publicKey, token: session.token, tokens: session.tokens }),
      '/favicon.ico': { type: 'image/png', body: solidPng('0b5cad', 16) },
    },
    { headers: { 'content-security-policy': csp } },
  );
  const view = await openPage(browser, `${server.origin}${directory}/`);
  return { ...view, close: async () => (await view.close(), await server.close()) };
}

/** The app's own text for `selector`, once it is `expected` (the app wrote it from an event). */
async function appText(page, selector, expected) {
  await page.waitForFunction(
    ([css, text]) => document.querySelector(css)?.textContent === text,
    [selector, expected],
    { timeout: 15_000 },
  ).catch(() => {});
  return page.evaluate((css) => document.querySelector(css)?.textContent ?? null, selector);
}

/** The name a card's shadow root shows. */
function cardName(page, id) {
  return page.evaluate((cardId) => document.getElementById(cardId)?.shadowRoot?.querySelector('[part~=name]')?.textContent.trim() ?? null, id);
}

/** Clicks the first row of the list once every token is verified; returns the shown count. */
async function selectFirstAttendee(page) {
  await page.waitForFunction(
    (count) => {
      const list = document.getElementById('attendees');
      return list && !list.verifying && list.shownProfiles.length === count;
    },
    attendeeCount,
    { timeout: 15_000 },
  );
  await page.locator('#attendees [part~="row"]').first().click();
}

const examples = [
  {
    framework: 'react',
    title: 'the React 19 example',
    entry: 'main.jsx',
    options: { jsx: 'automatic', alias, define: production },
    csp: strictCsp,
    /** React sets `publicKey` and `token` as properties: no attribute appears. */
    keyCheck: () => {
      const card = document.getElementById('attendee');
      return { key: typeof card.publicKey === 'string' && card.publicKey.includes('BEGIN PUBLIC KEY'), attributes: card.getAttributeNames() };
    },
  },
  {
    framework: 'vue',
    title: 'the Vue 3 example',
    entry: 'main.js',
    options: { alias, define: { ...production, __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' } },
    // Vue's in-browser template compiler builds render functions with `new Function`.
    csp: strictCsp.replace("default-src 'self';", "default-src 'self'; script-src 'self' 'unsafe-eval';"),
    /** Vue sets `.key` (a CryptoKey) and `.token` as properties: no attribute appears. */
    keyCheck: () => {
      const card = document.getElementById('attendee');
      return { key: card.key instanceof CryptoKey, attributes: card.getAttributeNames() };
    },
  },
];

for (const example of examples) {
  describe(example.title, () => {
    let view;

    before(async () => {
      view = await openExample(example.framework, example.entry, await bundle(`demo/${example.framework}/${example.entry}`, example.options), example.csp);
    });

    after(() => view?.close());

    test('verifies the token handed over as a property, and the app hears sh-profile-verified', async () => {
      assert.equal(await appText(view.page, '#verified-name', 'Larry David'), 'Larry David');
      assert.equal(await cardName(view.page, 'attendee'), 'Larry David');
      const handedOver = await view.page.evaluate(example.keyCheck);
      // `layout` is the card's own reflected attribute; nothing the app handed over shows up as one.
      assert.deepEqual(handedOver, { key: true, attributes: ['id', 'layout'] });
      assert.equal(await view.page.evaluate(() => document.getElementById('attendee').token), session.token);
    });

    test('verifies the tokens array of the list, and a click on a row reaches the app as sh-attendee-select', async () => {
      await selectFirstAttendee(view.page);
      assert.equal(await appText(view.page, '#selected-name', `Selected: ${firstAttendee}`), `Selected: ${firstAttendee}`);
    });

    test('shows the selected profile, handed over as an object property, in a second card', async () => {
      assert.equal(await cardName(view.page, 'selected'), firstAttendee);
      const card = await view.page.evaluate(() => {
        const selected = document.getElementById('selected');
        return { profile: typeof selected.profile, layout: selected.getAttribute('layout'), attributes: selected.getAttributeNames().sort() };
      });
      assert.deepEqual(card, { profile: 'object', layout: 'row', attributes: ['id', 'layout'] });
    });

    test('reports no console error (CSP violations included) or page error', () => {
      assert.deepEqual(view.problems, []);
    });
  });
}
