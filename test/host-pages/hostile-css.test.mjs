// A host page with a hostile global stylesheet (pages/hostile.css: `* { all: revert !important }`, a
// 40px root font, `img`/`canvas` hidden, padding on every div, content-box and line-height 5 everywhere)
// does not change what the elements show inside.
//
// What is in contract, and what the page may change:
// - The host element's own box is the page's, as for any element: page rules that match the host beat
//   its :host defaults, so `all: revert` makes every host `display: inline` and drops the list's :host
//   height and border (pages/host-layout.css gives the list its box, as a page with such a reset must).
// - Inside, nothing changes: the boxes of every part relative to the outermost part, the typography of
//   every text part (font size, line height, family and colour come from the elements' own custom
//   properties and are set inside, never inherited from the host element), the canvas pixels (the raster
//   is sized from the avatar's base part, not its host) and the images' visibility.
// - Custom properties (`--sh-*`) do cross, by design: they are the theming API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium, openPage, serve, strictCsp } from './host-page-server.mjs';
import { hostPageRoutes, waitForHostPage } from './host-page.mjs';
import { insideView } from './pages/inside-view.js';

let server;
let browser;
let plain;
let hostile;

/** The page at `path`, once rendered: its inside view, host styles, CSP violations and problems. */
async function renderedPage(path) {
  // Tall enough that every element is near the viewport in both variants (avatars far away wait to paint).
  const view = await openPage(browser, `${server.origin}${path}`, { height: 2400 });
  await waitForHostPage(view.page);
  // The view once it holds still: two readings 300 ms apart that agree.
  let inside = await view.page.evaluate(insideView);
  for (let reading = 0; reading < 20; reading += 1) {
    await view.page.waitForTimeout(300);
    const again = await view.page.evaluate(insideView);
    if (JSON.stringify(again) === JSON.stringify(inside)) break;
    inside = again;
  }
  const hosts = await view.page.evaluate(() =>
    Object.fromEntries(
      [...document.body.children].map((host) => {
        const style = getComputedStyle(host);
        return [host.id, `${style.display} ${style.fontSize}/${style.lineHeight}`];
      }),
    ),
  );
  const rootFontSize = await view.page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  const violations = await view.page.evaluate(() => window.cspViolations);
  await view.close();
  return { inside, hosts, rootFontSize, problems: [...view.problems, ...violations.map((v) => `CSP ${v.directive}`)] };
}

/** Every entry of `kind` whose value differs between the two views of the element `id`. */
function differences(id, kind) {
  const before = plain.inside[id][kind];
  const after = hostile.inside[id][kind];
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name] ?? 'absent'} → ${after[name] ?? 'absent'}`);
}

before(async () => {
  server = await serve(await hostPageRoutes({ attendeeCount: 60 }), { headers: { 'content-security-policy': strictCsp } });
  browser = await launchChromium();
  // One after the other: a background page may get no animation frames, and avatars paint on frames.
  plain = await renderedPage('/');
  hostile = await renderedPage('/hostile.html');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('a host page with a hostile global stylesheet', () => {
  test('applies the stylesheet to the page and the host elements (the test is not vacuous)', () => {
    assert.equal(hostile.rootFontSize, '40px');
    for (const [id, style] of Object.entries(hostile.hosts)) {
      const expected = id === 'list' ? 'block 40px/200px' : 'inline 40px/200px';
      assert.equal(style, expected, `#${id}`);
    }
    assert.deepEqual(plain.problems, []);
    assert.deepEqual(hostile.problems, []);
  });

  for (const id of ['initials', 'photo', 'card', 'list', 'group']) {
    test(`leaves the boxes and typography of every part of #${id} unchanged`, () => {
      assert.ok(Object.keys(plain.inside[id].parts).length > 1, 'parts were measured');
      assert.deepEqual(differences(id, 'parts'), []);
    });
  }

  test('leaves the canvas pixels of every initials avatar unchanged', () => {
    const ids = ['initials', 'photo', 'card', 'list', 'group'];
    const canvases = ids.flatMap((id) => Object.values(plain.inside[id].canvases));
    assert.ok(canvases.length >= 8 && canvases.every((canvas) => canvas !== 'unpainted'), `${canvases.length} painted canvases`);
    assert.deepEqual(ids.flatMap((id) => differences(id, 'canvases')), []);
  });

  test('keeps the image avatars visible, on top of their initials', () => {
    for (const id of ['photo', 'group']) {
      const images = Object.values(hostile.inside[id].images);
      assert.deepEqual(images, ['block visible opacity 1 loaded on top'], `#${id}`);
      assert.deepEqual(differences(id, 'images'), []);
    }
  });
});
