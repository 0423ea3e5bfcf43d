// In-page harness for the avatar scenarios: renders, renames and inspects avatars of one contender, timing in-page.
//
// A contender module's default export:
//   create(name, image?)      one avatar element, not yet connected (`image` is a URL or undefined)
//   rename(el, name)          give a rendered avatar another name
//   watchImage?(el, signal)   resolves 'load' | 'error' once el's image has shown or failed (default: its <img>)
//   unavailable?()            a reason this contender cannot run on this page, or undefined
//   imageHint?                appended to the S2b timeout message

const raf = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * "Fully rendered": every element's `updateComplete` (where it has one), then two animation frames (the frame
 * that paints the update has run), then a forced layout read.
 */
export async function fullyRendered(elements) {
  const pending = [];
  for (const el of elements) {
    const done = el.updateComplete;
    if (done && typeof done.then === 'function') pending.push(done);
  }
  await Promise.all(pending);
  await raf();
  await raf();
  return document.body.offsetHeight;
}

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

const scratch = document.createElement('canvas').getContext('2d', { willReadFrequently: true });

/** True when any pixel of the canvas is not fully transparent (works whatever context the canvas uses). */
function isPainted(canvas) {
  if (canvas.width === 0 || canvas.height === 0) return false;
  scratch.canvas.width = canvas.width;
  scratch.canvas.height = canvas.height;
  scratch.drawImage(canvas, 0, 0);
  const { data } = scratch.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
  return false;
}

const visible = (el) => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && (!el.checkVisibility || el.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
};

/** Visible text of a node, through shadow roots and slots. */
function visibleText(node) {
  let text = '';
  const visit = (n) => {
    if (n.nodeType === Node.TEXT_NODE) text += n.data;
    if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (n.nodeType === Node.ELEMENT_NODE) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(n.tagName)) return;
      if (n.checkVisibility && !n.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
      if (n.tagName === 'SLOT') return n.assignedNodes({ flatten: true }).forEach(visit);
      if (n.shadowRoot) return n.shadowRoot.childNodes.forEach(visit);
    }
    n.childNodes.forEach(visit);
  };
  visit(node);
  return text.replace(/\s+/g, ' ').trim();
}

/** The visible canvases, images and SVGs of an avatar: itself, its light DOM and shadow roots (two levels). */
function graphicsOf(el) {
  const found = [];
  const search = (root, depth) => {
    if (root instanceof Element && root.matches('canvas, img, svg')) found.push(root);
    for (const g of root.querySelectorAll('canvas, img, svg')) found.push(g);
    if (depth < 2) for (const host of [root, ...root.querySelectorAll('*')]) if (host.shadowRoot) search(host.shadowRoot, depth + 1);
  };
  search(el, 0);
  return found.filter(visible);
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
