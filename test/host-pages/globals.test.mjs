// Loading the library adds its four custom elements to a page and nothing else: no global styles, no
// <style> or <link> in the document, no patched built-ins, and no globals except Lit's own markers.
//
// Lit's markers are in contract: lit-html, ReactiveElement and LitElement each push their version onto
// `litHtmlVersions`, `reactiveElementVersions` and `litElementVersions` (how Lit detects several copies on
// one page), and ReactiveElement keeps decorator metadata in `litPropertyMetadata`. Every other copy of Lit
// on the page shares them; the library itself defines none.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium, openPage, pageFile, serve, strictCsp } from './host-page-server.mjs';
import { hostPageRoutes, waitForHostPage } from './host-page.mjs';
import { hostGlobals } from './pages/host-globals.js';

const litMarkers = ['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions'];
const tags = ['sh-avatar', 'sh-profile-card', 'sh-attendee-list', 'sh-avatar-group'];

let server;
let browser;
let initial;
let loaded;
let registered;
let problems;

const added = (key) => loaded[key].filter((name) => !initial[key].includes(name)).sort();
const removed = (key) => initial[key].filter((name) => !loaded[key].includes(name)).sort();

before(async () => {
  const routes = await hostPageRoutes({ attendeeCount: 20, pageScript: 'globals-page.js' });
  routes['/host-globals.js'] = pageFile('host-globals.js');
  server = await serve(routes, { headers: { 'content-security-policy': strictCsp } });
  browser = await launchChromium();
  const view = await openPage(browser, `${server.origin}/`);
  await waitForHostPage(view.page);
  initial = JSON.parse(await view.page.evaluate(() => document.documentElement.dataset.globalsBefore));
  loaded = await view.page.evaluate(hostGlobals);
  registered = await view.page.evaluate((names) => names.filter((name) => customElements.get(name) !== undefined), tags);
  problems = view.problems;
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('loading the library into a host page', () => {
  test('reports no console error or page error', () => {
    assert.deepEqual(problems, []);
  });

  test('registers the four custom elements', () => {
    assert.deepEqual(registered, tags);
  });

  test("adds no window property but Lit's version and metadata markers", () => {
    assert.deepEqual(added('names'), litMarkers);
    assert.deepEqual(added('keys'), litMarkers);
    assert.deepEqual(removed('names'), []);
    assert.deepEqual(added('symbols'), []);
  });

  test('patches no built-in prototype', () => {
    for (const [name, properties] of Object.entries(loaded.prototypes)) {
      assert.deepEqual(properties, initial.prototypes[name], `${name}.prototype`);
    }
  });

  test('adds no style sheet, adopted sheet, <style> or head element to the document', () => {
    for (const key of ['styleSheets', 'adoptedStyleSheets', 'styleElements', 'head']) {
      assert.deepEqual(loaded[key], initial[key], key);
    }
  });
});
