// In-page harness for the avatar-group suite: `groups.length` groups of `items` people each, created and
// fully rendered at once.
//
// A contender module's default export:
//   create(items)    one group element for `[{name}, …]`, not yet connected
//   settle?(el)      what "rendered" waits for per group (default: its updateComplete)
//   unavailable?()   a reason this contender cannot run on this page, or undefined
// `data.shown` avatars and a `+${data.hidden}` chip are what every group must show (max 5 slots, chip included).
import { fullyRendered, graphicsOf, isPainted, loadData, visible, visibleText } from './common.js';

/** A visible avatar of a group: a painted canvas, a loaded image, or a box with initials text. */
function avatarsShown(el) {
  const painted = graphicsOf(el).filter((g) => (g.tagName === 'CANVAS' && isPainted(g)) || (g.tagName === 'IMG' && g.naturalWidth > 0)).length;
  const textual = el.querySelectorAll('[data-bench-avatar]');
  return painted + [...textual].filter((a) => a.getBoundingClientRect().width > 0 && a.textContent.trim()).length;
}

/** Whether `el` (light DOM or shadow roots) holds a visible element whose whole text is `text`, e.g. the `+4` chip. */
function showsTextElement(el, text) {
  const search = (root) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.shadowRoot && search(node.shadowRoot)) return true;
      if (node.children.length === 0 && node.textContent.trim() === text && visible(node)) return true;
    }
    return false;
  };
  return search(el.shadowRoot ?? el) || (el.shadowRoot ? search(el) : false);
}

export function start(contender) {
  loadData('groups').then((data) => {
    const root = document.getElementById('root');
    let elements = [];
    globalThis.__bench = {
      unavailable: contender.unavailable ? contender.unavailable() : undefined,

      /** G1: create and fully render all groups; ms. */
      async render(count = data.groups.length) {
        const t0 = performance.now();
        elements = data.groups.slice(0, count).map((items) => contender.create(items));
        const fragment = document.createDocumentFragment();
        fragment.append(...elements);
        root.append(fragment);
        await fullyRendered(elements, contender.settle);
        return performance.now() - t0;
      },

      /** Untimed: each of the first `count` groups must show `data.shown` avatars and the `+N` chip. */
      inspect(count) {
        const chip = `+${data.hidden}`;
        const groups = elements.slice(0, count).map((el) => {
          const box = el.getBoundingClientRect();
          const avatars = avatarsShown(el);
          const text = visibleText(el);
          const chipShown = showsTextElement(el, chip);
          return { ok: avatars === data.shown && chipShown, avatars, chipShown, text, size: `${Math.round(box.width)}x${Math.round(box.height)}` };
        });
        return {
          total: groups.length,
          boxed: groups.filter((g) => g.size !== '0x0').length,
          withContent: groups.filter((g) => g.ok).length,
          size: groups[0]?.size ?? '0x0',
          shows: groups.slice(0, 40).map((g) => `${g.avatars} avatars, ${g.text}`.slice(0, 60)),
          detail: `${groups.filter((g) => g.avatars === data.shown).length}/${groups.length} show ${data.shown} avatars, ${groups.filter((g) => g.chipShown).length}/${groups.length} the ${chip} chip`,
        };
      },
    };
  }).catch((error) => {
    globalThis.__bench = { unavailable: `groups harness: ${error.message}` };
  });
}
