// In-page harness for the avatar scenarios: renders, renames and inspects avatars of one contender, timing in-page.
//
// A contender module's default export:
//   create(name, image?)      one avatar element, not yet connected (`image` is a URL or undefined)
//   rename(el, name)          give a rendered avatar another name
//   watchImage?(el, signal)   resolves 'load' | 'error' once el's image has shown or failed (default: its <img>)
//   unavailable?()            a reason this contender cannot run on this page, or undefined
//   imageHint?                appended to the S2b timeout message

import { fullyRendered, graphicsOf, isPainted, visibleText } from './common.js';

/** Resolves when a plain <img> (the element itself or one inside it) has loaded or failed. */
function watchPlainImage(el) {
  const img = el.tagName === 'IMG' ? el : el.querySelector('img');
  if (!img) return Promise.resolve('error');
  if (img.complete && img.getAttribute('src')) return Promise.resolve(img.naturalWidth > 0 ? 'load' : 'error');
  return new Promise((resolve) => {
    img.addEventListener('load', () => resolve('load'), { once: true });
    img.addEventListener('error', () => resolve('error'), { once: true });
  });
}

/** What one avatar shows: its box, and whether a painted canvas, a loaded image, an SVG or text is visible. */
function inspectAvatar(el) {
  const box = el.getBoundingClientRect();
  const graphics = graphicsOf(el);
  const canvas = graphics.filter((g) => g.tagName === 'CANVAS');
  const img = graphics.filter((g) => g.tagName === 'IMG');
  const painted = canvas.some(isPainted);
  const loaded = img.some((i) => i.complete && i.naturalWidth > 0);
  const svg = graphics.some((g) => g.tagName.toLowerCase() === 'svg');
  const text = visibleText(el);
  const shows = [painted && '[canvas]', loaded && '[img]', svg && '[svg]', text].filter(Boolean).join(' ');
  return { boxed: box.width > 0 && box.height > 0, size: `${Math.round(box.width)}x${Math.round(box.height)}`, shows, painted, loaded };
}

/** Installs `globalThis.__bench` for `contender`. */
export function start(contender) {
  const root = document.getElementById('root');
  let elements = [];

  function createAll(names, images) {
    const fragment = document.createDocumentFragment();
    elements = names.map((name, i) => contender.create(name, images ? images[i] : undefined));
    fragment.append(...elements);
    return fragment;
  }

  globalThis.__bench = {
    unavailable: contender.unavailable ? contender.unavailable() : undefined,

    /** S1/S2: create and fully render one avatar per name (with `images[i]` when given); ms. */
    async render(names, images) {
      const t0 = performance.now();
      root.append(createAll(names, images));
      await fullyRendered(elements);
      return performance.now() - t0;
    },

    /** S2b: as render() with images, then until every avatar's image has loaded or failed. */
    async renderUntilImagesSettled(names, images, timeoutMs) {
      const watch = contender.watchImage ?? watchPlainImage;
      const stop = new AbortController();
      let last = 0;
      let timer;
      const t0 = performance.now();
      const fragment = createAll(names, images);
      const outcomes = elements.map((el) => watch(el, stop.signal).then((outcome) => {
        last = performance.now();
        return outcome;
      }));
      root.append(fragment);
      await fullyRendered(elements);
      const renderMs = performance.now() - t0;
      let settledCount = 0;
      outcomes.forEach((o) => o.then(() => { settledCount += 1; }));
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${elements.length - settledCount} of ${elements.length} avatars' `
          + `images neither loaded nor failed within ${timeoutMs / 1000} s${contender.imageHint ? ` (${contender.imageHint})` : ''}`)), timeoutMs);
      });
      try {
        const settled = await Promise.race([Promise.all(outcomes), timeout]);
        return {
          renderMs,
          settledMs: Math.max(renderMs, last - t0),
          loaded: settled.filter((o) => o === 'load').length,
          failed: settled.filter((o) => o === 'error').length,
        };
      } finally {
        clearTimeout(timer);
        stop.abort();
      }
    },

    /** S3: give every rendered avatar the name at the same index of `names`, until re-rendered; ms. */
    async rename(names) {
      const t0 = performance.now();
      for (let i = 0; i < elements.length; i += 1) contender.rename(elements[i], names[i]);
      await fullyRendered(elements);
      return performance.now() - t0;
    },

    /** Untimed: what the first `count` avatars show (listed for at most 40). */
    inspect(count) {
      const avatars = elements.slice(0, count).map(inspectAvatar);
      return {
        total: avatars.length,
        boxed: avatars.filter((a) => a.boxed).length,
        withContent: avatars.filter((a) => a.shows).length,
        size: avatars[0]?.size ?? '0x0',
        shows: avatars.slice(0, 40).map((a) => a.shows),
      };
    },
  };
}
