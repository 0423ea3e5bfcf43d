// A host page under a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval) renders every
// element — initials and image avatars, a card verifying a real token, a list of hundreds of tokens and
// an avatar group — with no CSP violation, console error or page error, and keeps it so while used.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchChromium, openPage, serve, strictCsp } from './host-page-server.mjs';
import { hostPageRoutes, waitForHostPage } from './host-page.mjs';

const attendeeCount = 300;

let server;
let browser;
let view;

before(async () => {
  server = await serve(await hostPageRoutes({ attendeeCount }), { headers: { 'content-security-policy': strictCsp } });
  browser = await launchChromium();
  view = await openPage(browser, `${server.origin}/`);
  await waitForHostPage(view.page);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Everything that went wrong on the page so far, one line per kind of problem with its count. */
async function pageProblems() {
  const violations = await view.page.evaluate(() => window.cspViolations);
  const lines = [...view.problems, ...violations.map((v) => `CSP ${v.directive} (${v.blockedURI}) from ${v.source} on ${v.target}`)];
  const counts = new Map();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, count]) => (count > 1 ? `${count} × ${line}` : line));
}

/** Size of a shadow root's `<canvas>` and how many distinct opaque colours it holds (0 when unpainted). */
function canvasSummaryIn(root) {
  const canvas = root?.querySelector('canvas');
  if (!canvas || canvas.width === 0) return null;
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const colours = new Set();
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
  return { width: canvas.width, colours: colours.size };
}

describe('a host page with a strict Content-Security-Policy', () => {
  test('reports no CSP violation, console error or page error while rendering', async () => {
    assert.deepEqual(await pageProblems(), []);
  });

  test('paints the initials of an avatar on its canvas', async () => {
    const summary = await view.page.evaluate(`(${canvasSummaryIn})(document.getElementById('initials').shadowRoot)`);
    assert.equal(summary?.width, 48, 'the canvas is 48 device pixels wide (size="48")');
    assert.ok(summary.colours >= 2, `background and initials: ${summary.colours} colours`);
  });

  test('shows a same-origin image avatar', async () => {
    const image = await view.page.evaluate(() => {
      const avatar = document.getElementById('photo');
      const img = avatar.shadowRoot.querySelector('[part~=image]');
      const box = img?.getBoundingClientRect();
      const hit = box && avatar.shadowRoot.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return { loaded: img?.complete && img.naturalWidth > 0, canvasHidden: avatar.shadowRoot.querySelector('canvas').hidden, onTop: hit === img };
    });
    assert.deepEqual(image, { loaded: true, canvasHidden: true, onTop: true });
  });

  test('verifies the token in the card and shows the name and details', async () => {
    const card = await view.page.evaluate(() => {
      const root = document.getElementById('card').shadowRoot;
      return {
        name: root.querySelector('[part~=name]')?.textContent.trim(),
        keys: [...root.querySelectorAll('[part~=key]')].map((key) => key.textContent),
        badge: root.querySelector('[part~=badge]') !== null,
        avatarPainted: root.querySelector('sh-avatar').shadowRoot.querySelector('canvas').width > 0,
      };
    });
    assert.deepEqual(card, { name: 'Larry David', keys: ['organization', 'title'], badge: false, avatarPainted: true });
  });

  test(`verifies all ${attendeeCount} tokens of the list and renders rows with painted avatars`, async () => {
    const list = await view.page.evaluate(`(() => {
      const list = document.getElementById('list');
      const rows = [...list.shadowRoot.querySelectorAll('[part~=row]')];
      return {
        shown: list.shownProfiles.length,
        errors: list.shadowRoot.querySelector('[part~=errors]') !== null,
        rows: rows.length,
        firstName: rows[0]?.querySelector('[part~=name]')?.textContent,
        paintedAvatars: rows.filter((row) => (${canvasSummaryIn})(row.querySelector('sh-avatar').shadowRoot)?.colours >= 2).length,
      };
    })()`);
    assert.equal(list.shown, attendeeCount);
    assert.equal(list.errors, false);
    assert.ok(list.rows > 3 && list.rows < attendeeCount, `virtualized: ${list.rows} rows in the DOM`);
    assert.equal(list.firstName, 'Ada Allen', 'sorted by name');
    assert.ok(list.paintedAvatars >= 3, `${list.paintedAvatars} painted row avatars`);
  });

  test('renders the avatar group, sized by its size attribute, with its overflow chip', async () => {
    // Grace Hopper's photo replaces her initials once loaded (they may never be painted if it loads first).
    await view.page.waitForFunction(() =>
      [...document.getElementById('group').shadowRoot.querySelectorAll('sh-avatar')].some((avatar) => avatar.shadowRoot.querySelector('img')?.naturalWidth > 0),
    );
    const group = await view.page.evaluate(async () => {
      const root = document.getElementById('group').shadowRoot;
      const avatars = [...root.querySelectorAll('sh-avatar')];
      await Promise.all(avatars.map((avatar) => avatar.updateComplete));
      return {
        avatars: avatars.length,
        shown: avatars.map((avatar) => {
          const canvas = avatar.shadowRoot.querySelector('canvas');
          return canvas.hidden ? 'photo' : canvas.width;
        }),
        overflow: root.querySelector('[part~=overflow]')?.textContent.trim(),
      };
    });
    assert.deepEqual(group, { avatars: 3, shown: [36, 'photo', 36], overflow: '+3' });
  });

  test('stays free of violations while the list is scrolled and filtered and the avatars resized', async () => {
    const { page } = view;
    await page.evaluate(async () => {
      const list = document.getElementById('list');
      list.shadowRoot.querySelector('[part~=list]').scrollTop = 4000;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const filter = list.shadowRoot.querySelector('[part~=filter]');
      filter.value = 'hopper';
      filter.dispatchEvent(new Event('input'));
      document.getElementById('initials').size = 64;
      document.getElementById('group').size = 28;
      await Promise.all([...document.querySelectorAll('sh-attendee-list, sh-avatar, sh-avatar-group')].map((el) => el.updateComplete));
      document.getElementById('initials').size = null;
      await document.getElementById('initials').updateComplete;
    });
    const after = await page.evaluate(() => ({
      filtered: document.getElementById('list').shownProfiles.every((profile) => profile.displayName.endsWith('Hopper')),
      avatarCanvas: document.getElementById('initials').shadowRoot.querySelector('canvas').width,
      groupCanvas: document.getElementById('group').shadowRoot.querySelector('sh-avatar').shadowRoot.querySelector('canvas').width,
    }));
    assert.deepEqual(after, { filtered: true, avatarCanvas: 40, groupCanvas: 28 });
    assert.deepEqual(await pageProblems(), []);
  });
});
