// Paints the initials canvas of every avatar on the page, and only when it can be seen: a canvas is painted
// in the frame its box is laid out (a ResizeObserver callback, after layout and before paint, so reading
// boxes there forces no layout), repainted at the next frame when its look changes, and left alone while it
// is far from the viewport or inside a subtree the browser skips (`content-visibility: auto`). In Chromium
// every painted 2D canvas is a compositor layer of its own, so a canvas nobody sees should not be painted.
import { initialsRaster, type InitialsRasterSpec } from './initials-raster.js';
import { isNearViewport, observeNearness } from './near-viewport.js';

/** What an element gives the scheduler. */
export interface InitialsPaintTarget {
  /** The element whose box decides the raster size and visibility. */
  readonly paintBox: Element;
  readonly canvas: HTMLCanvasElement | null | undefined;
  /** Read pass: what to draw, or `null` when nothing should be drawn now. Reads only, writes nothing. */
  readInitials(): Omit<InitialsRasterSpec, 'devicePixels'> | null;
}

/** What the scheduler knows of one connected target. */
interface Tracked {
  /** The observed box (the target's `paintBox` when tracking started or last moved). */
  box: Element;
  /** CSS width of the box at its last layout; `null` until it has been laid out. */
  width: number | null;
  /** Within the margin of the viewport at the last look; `null` until known. */
  near: boolean | null;
  /** The canvas does not show the current look. */
  stale: boolean;
  /** Device pixels of the last paint, so a resize repaints. */
  paintedPixels: number;
  stopNearness: () => void;
}

const tracked = new Map<InitialsPaintTarget, Tracked>();
const targetsByBox = new Map<Element, InitialsPaintTarget>();
const queued = new Set<InitialsPaintTarget>();
const queuedNow = new Set<InitialsPaintTarget>();
let pendingPass: Promise<void> | null = null;
let resizeObserver: ResizeObserver | null = null;
let watchingScreen = false;
// Held so the queries (and their listeners) live as long as the page.
const screenQueries: MediaQueryList[] = [];
let ratioQuery: MediaQueryList | null = null;

const devicePixelsOf = (width: number) => Math.max(1, Math.round(width * (window.devicePixelRatio || 1)));

/** Paints the targets that need it and can be seen. Style is read for all of them before any canvas is written. */
function paintVisible(targets: Iterable<InitialsPaintTarget>): void {
  const reads = [];
  for (const target of targets) {
    const state = tracked.get(target);
    if (!state?.near || !state.width || !target.canvas) continue;
    const devicePixels = devicePixelsOf(state.width);
    if (!state.stale && state.paintedPixels === devicePixels) continue;
    reads.push({ target, state, canvas: target.canvas, devicePixels, look: target.readInitials() });
  }
  for (const { state, canvas, devicePixels, look } of reads) {
    state.stale = false;
    if (!look) continue;
    state.paintedPixels = devicePixels;
    if (canvas.width !== devicePixels) canvas.width = devicePixels;
    if (canvas.height !== devicePixels) canvas.height = devicePixels;
    canvas.getContext('2d')?.drawImage(initialsRaster({ ...look, devicePixels }), 0, 0);
  }
}

/** After layout: the boxes are current, so reading them is cheap. */
function handleResize(entries: ResizeObserverEntry[]): void {
  const laidOut: InitialsPaintTarget[] = [];
  for (const entry of entries) {
    const target = targetsByBox.get(entry.target);
    const state = target && tracked.get(target);
    if (!target || !state) continue;
    const box = entry.target.getBoundingClientRect();
    state.width = box.width;
    state.near = isNearViewport(box);
    laidOut.push(target);
  }
  paintVisible(laidOut);
}

function track(target: InitialsPaintTarget): Tracked {
  watchScreen();
  const box = target.paintBox;
  let state = tracked.get(target);
  if (state?.box === box) return state;
  if (state) untrack(target);
  resizeObserver ??= new ResizeObserver(handleResize);
  resizeObserver.observe(box);
  targetsByBox.set(box, target);
  state = {
    box,
    width: null,
    near: null,
    stale: true,
    paintedPixels: 0,
    stopNearness: observeNearness(box, (near) => {
      const current = tracked.get(target);
      if (!current) return;
      current.near = near;
      if (near) paintVisible([target]);
    }),
  };
  tracked.set(target, state);
  return state;
}

function untrack(target: InitialsPaintTarget): void {
  const state = tracked.get(target);
  if (!state) return;
  tracked.delete(target);
  targetsByBox.delete(state.box);
  resizeObserver?.unobserve(state.box);
  state.stopNearness();
}

function paintQueuedNow(): void {
  const targets = [...queuedNow];
  queuedNow.clear();
  paintVisible(targets);
}

/** A hidden page gets no animation frames; the pass then runs on this timer instead. */
const hiddenPageDelay = 100;

function runPass(fromTimer: boolean): void {
  const targets = [...queued];
  queued.clear();
  pendingPass = null;
  if (fromTimer) {
    // No frame came (a hidden page): nothing laid the boxes out for us, so read them here.
    for (const target of targets) {
      const state = tracked.get(target);
      if (!state) continue;
      const box = state.box.getBoundingClientRect();
      state.width = box.width;
      state.near = isNearViewport(box);
    }
  }
  paintVisible(targets);
}

/**
 * Runs the pass at the start of the next frame and settles after that frame's layout and resize
 * callbacks, so a target laid out for the first time in that frame is painted by then too.
 */
function atNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const run = (fromTimer: boolean) => {
      if (done) return;
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      runPass(fromTimer);
      if (fromTimer) {
        resolve();
        return;
      }
      // A task queued in a frame callback runs once the frame's rendering steps are over.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    };
    const frame = requestAnimationFrame(() => run(false));
    const timer = setTimeout(() => run(true), hiddenPageDelay);
  });
}

/**
 * Marks `target`'s canvas as out of date: it is repainted once the current updates are done when it is laid
 * out in view, at the next frame if it can be seen then, otherwise when it is laid out near the viewport. From then on until `cancelPaint` it is also repainted
 * when it is resized, and when the pixel ratio, forced colours or colour scheme change. Settles once the
 * next frame has been rendered.
 */
export function schedulePaint(target: InitialsPaintTarget): Promise<void> {
  const state = track(target);
  state.stale = true;
  if (state.width && state.near) {
    // Laid out and in view already (a renamed avatar, a recycled list row): its size is known, so it can
    // be painted right after this burst of updates, in the frame that shows the new name.
    if (queuedNow.size === 0) queueMicrotask(paintQueuedNow);
    queuedNow.add(target);
  }
  queued.add(target);
  pendingPass ??= atNextFrame();
  return pendingPass;
}

/**
 * Paints `target` now at `width` CSS pixels, without waiting for a layout or an observer: for an element
 * whose size is fixed and that is known to be in view (a list row it was just handed to).
 */
export function paintNow(target: InitialsPaintTarget, width: number): void {
  const state = track(target);
  state.width = width;
  state.near = true;
  state.stale = true;
  paintVisible([target]);
}

/** Forgets `target` (on disconnect). */
export function cancelPaint(target: InitialsPaintTarget): void {
  queued.delete(target);
  queuedNow.delete(target);
  untrack(target);
}

/**
 * Every tracked target is repainted when the device pixel ratio changes (zoom, another screen) and when
 * forced colours or the colour scheme switch.
 */
function watchScreen(): void {
  if (watchingScreen) return;
  watchingScreen = true;
  watchDevicePixelRatio();
  for (const query of ['(forced-colors: active)', '(prefers-color-scheme: dark)']) {
    const list = matchMedia(query);
    list.addEventListener('change', repaintAll);
    screenQueries.push(list);
  }
}

function repaintAll(): void {
  for (const target of tracked.keys()) void schedulePaint(target);
}

function watchDevicePixelRatio(): void {
  // A resolution query matches one ratio only: listen for leaving it, then watch the new one.
  ratioQuery = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
  ratioQuery.addEventListener(
    'change',
    () => {
      watchDevicePixelRatio();
      repaintAll();
    },
    { once: true },
  );
}
