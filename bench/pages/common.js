// In-page helpers shared by every suite's harness: "fully rendered", what an element visibly shows, long tasks,
// and the suite's input data (served as JSON by the bench server).

export const raf = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * "Fully rendered": every element's `updateComplete` (where it has one) and the contender's own `settle(el)`
 * hook (nested elements), then two animation frames (the frame that paints the update has run), then a forced
 * layout read.
 */
export async function fullyRendered(elements, settle) {
  const pending = [];
  for (const el of elements) {
    const done = settle ? settle(el) : el.updateComplete;
    if (done && typeof done.then === 'function') pending.push(done);
  }
  await Promise.all(pending);
  await raf();
  await raf();
  return document.body.offsetHeight;
}

/** The suite's data file (`/data/<suite>.json`), fetched and parsed before the harness starts (untimed). */
export async function loadData(suiteId) {
  const response = await fetch(`/data/${suiteId}.json`);
  if (!response.ok) throw new Error(`/data/${suiteId}.json: HTTP ${response.status}`);
  return response.json();
}

const scratch = document.createElement('canvas').getContext('2d', { willReadFrequently: true });

/** True when any pixel of the canvas is not fully transparent (works whatever context the canvas uses). */
export function isPainted(canvas) {
  if (canvas.width === 0 || canvas.height === 0) return false;
  scratch.canvas.width = canvas.width;
  scratch.canvas.height = canvas.height;
  scratch.drawImage(canvas, 0, 0);
  const { data } = scratch.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
  return false;
}

export const visible = (el) => {
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && (!el.checkVisibility || el.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
};

/** Visible text of a node, through shadow roots and slots. */
export function visibleText(node) {
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

/** The visible canvases, images and SVGs of an element: itself, its light DOM and shadow roots (two levels). */
export function graphicsOf(el) {
  const found = [];
  const search = (root, depth) => {
    if (root instanceof Element && root.matches('canvas, img, svg')) found.push(root);
    for (const g of root.querySelectorAll('canvas, img, svg')) found.push(g);
    if (depth < 2) for (const host of [root, ...root.querySelectorAll('*')]) if (host.shadowRoot) search(host.shadowRoot, depth + 1);
  };
  search(el, 0);
  return found.filter(visible);
}

/** How many visible canvases of `el` are painted and how many visible images have loaded. */
export function graphicsShown(el) {
  const graphics = graphicsOf(el);
  return {
    painted: graphics.filter((g) => g.tagName === 'CANVAS' && isPainted(g)).length,
    loaded: graphics.filter((g) => g.tagName === 'IMG' && g.complete && g.naturalWidth > 0).length,
    svg: graphics.filter((g) => g.tagName.toLowerCase() === 'svg').length,
  };
}

/**
 * Records long tasks (> 50 ms on the main thread) from page load on; `between(t0, t1)` summarises those that
 * overlap [t0, t1). Call it after a macrotask has passed since t1, so the last task's entry has been queued.
 */
export function watchLongTasks() {
  const entries = [];
  let supported = true;
  let observer;
  try {
    observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
  } catch {
    supported = false;
  }
  return {
    supported,
    between(t0, t1) {
      if (observer) entries.push(...observer.takeRecords());
      const inside = entries.filter((e) => e.startTime < t1 && e.startTime + e.duration > t0);
      return {
        longestMs: inside.reduce((m, e) => Math.max(m, e.duration), 0),
        count: inside.length,
        totalMs: inside.reduce((s, e) => s + e.duration, 0),
      };
    },
  };
}

/** Resolves after a macrotask (so long-task entries of the task that just ended are queued). */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
