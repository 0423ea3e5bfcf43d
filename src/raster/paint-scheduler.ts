// Batches the canvas painting of every initials avatar on the page: once a frame, one read pass (styles,
// boxes) then one write pass (drawImage from the shared raster cache). Avatars far from the viewport wait
// until they come near: in Chromium every painted 2D canvas is a compositor layer of its own, so a canvas
// nobody sees should not be painted.
import { initialsRaster, type InitialsRasterSpec } from './initials-raster.js';
import { isNearViewport, watchNearViewport } from './near-viewport.js';

/** What an element gives the scheduler. */
export interface InitialsPaintTarget {
  /** The element whose box decides the raster size and visibility. */
  readonly paintBox: Element;
  readonly canvas: HTMLCanvasElement | null | undefined;
  /** Read pass: what to draw, or `null` when nothing should be drawn now. Reads only, writes nothing. */
  readInitials(): Omit<InitialsRasterSpec, 'devicePixels'> | null;
}

const queued = new Set<InitialsPaintTarget>();
const connected = new Set<InitialsPaintTarget>();
let watchingScreen = false;
// Held so the queries (and their listeners) live as long as the page.
const screenQueries: MediaQueryList[] = [];
let ratioQuery: MediaQueryList | null = null;
const cancelViewportWatch = new Map<InitialsPaintTarget, () => void>();
let pendingPass: Promise<void> | null = null;

function paint(canvas: HTMLCanvasElement, spec: InitialsRasterSpec): void {
  if (canvas.width !== spec.devicePixels) canvas.width = spec.devicePixels;
  if (canvas.height !== spec.devicePixels) canvas.height = spec.devicePixels;
  canvas.getContext('2d')?.drawImage(initialsRaster(spec), 0, 0);
}

function runPass(): void {
  const targets = [...queued];
  queued.clear();
  pendingPass = null;
  const ratio = window.devicePixelRatio || 1;
  // All reads before any write, so style and layout are computed once for the whole batch.
  const reads = targets.map((target) => ({
    target,
    box: target.paintBox.getBoundingClientRect(),
    look: target.readInitials(),
  }));
  for (const { target, box, look } of reads) {
    if (!target.canvas || !look) continue;
    if (isNearViewport(box)) {
      paint(target.canvas, { ...look, devicePixels: Math.max(1, Math.round(box.width * ratio)) });
    } else {
      cancelViewportWatch.set(
        target,
        watchNearViewport(target.paintBox, () => {
          cancelViewportWatch.delete(target);
          void schedulePaint(target);
        }),
      );
    }
  }
}

/** A hidden page gets no animation frames; the pass then runs on this timer instead. */
const hiddenPageDelay = 100;

/**
 * Runs `pass` at the start of the next frame, where style and layout are due anyway, so the boxes it reads
 * cost one layout per frame however many elements updated in between (a microtask pass would force one
 * layout per burst of updates: a thousand cards verifying one by one would lay the page out a thousand
 * times).
 */
function atNextFrame(pass: () => void): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      pass();
      resolve();
    };
    const frame = requestAnimationFrame(run);
    const timer = setTimeout(run, hiddenPageDelay);
  });
}

/** Queues `target` for the paint pass at the next frame; settles when that pass has run. */
export function schedulePaint(target: InitialsPaintTarget): Promise<void> {
  stopViewportWatch(target);
  queued.add(target);
  pendingPass ??= atNextFrame(runPass);
  return pendingPass;
}

/** Drops `target` from the queue and from the viewport watch (on disconnect). */
export function cancelPaint(target: InitialsPaintTarget): void {
  queued.delete(target);
  connected.delete(target);
  stopViewportWatch(target);
}

/**
 * Keeps `target` crisp and in the right colours while it is connected: it is repainted when the device
 * pixel ratio changes (zoom, another screen) and when forced colours or the colour scheme switch.
 * `cancelPaint` ends it.
 */
export function keepPainted(target: InitialsPaintTarget): void {
  connected.add(target);
  if (!watchingScreen) {
    watchingScreen = true;
    watchDevicePixelRatio();
    for (const query of ['(forced-colors: active)', '(prefers-color-scheme: dark)']) {
      const list = matchMedia(query);
      list.addEventListener('change', repaintAll);
      screenQueries.push(list);
    }
  }
}

function repaintAll(): void {
  for (const target of connected) void schedulePaint(target);
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

function stopViewportWatch(target: InitialsPaintTarget): void {
  cancelViewportWatch.get(target)?.();
  cancelViewportWatch.delete(target);
}
