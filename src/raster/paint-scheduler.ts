// Batches the canvas painting of every initials avatar on the page: one read pass (styles, boxes) then
// one write pass (drawImage from the shared raster cache). Avatars far from the viewport wait until they
// come near: in Chromium every painted 2D canvas is a compositor layer of its own, so a canvas nobody
// sees should not be painted.
import { initialsRaster, type InitialsRasterSpec } from './initials-raster.js';
import { isNearViewport, watchNearViewport } from './near-viewport.js';

/** What an element gives the scheduler. */
export interface InitialsPaintTarget {
  /** The element whose box decides the raster size and visibility. */
  readonly host: Element;
  readonly canvas: HTMLCanvasElement | null | undefined;
  /** Read pass: what to draw, or `null` when nothing should be drawn now. Reads only, writes nothing. */
  readInitials(): Omit<InitialsRasterSpec, 'devicePixels'> | null;
}

const queued = new Set<InitialsPaintTarget>();
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
    box: target.host.getBoundingClientRect(),
    look: target.readInitials(),
  }));
  for (const { target, box, look } of reads) {
    if (!target.canvas || !look) continue;
    if (isNearViewport(box)) {
      paint(target.canvas, { ...look, devicePixels: Math.max(1, Math.round(box.width * ratio)) });
    } else {
      cancelViewportWatch.set(
        target,
        watchNearViewport(target.host, () => {
          cancelViewportWatch.delete(target);
          void schedulePaint(target);
        }),
      );
    }
  }
}

/** Queues `target` for the next paint pass (a microtask away); settles when that pass has run. */
export function schedulePaint(target: InitialsPaintTarget): Promise<void> {
  stopViewportWatch(target);
  queued.add(target);
  pendingPass ??= Promise.resolve().then(runPass);
  return pendingPass;
}

/** Drops `target` from the queue and from the viewport watch (on disconnect). */
export function cancelPaint(target: InitialsPaintTarget): void {
  queued.delete(target);
  stopViewportWatch(target);
}

function stopViewportWatch(target: InitialsPaintTarget): void {
  cancelViewportWatch.get(target)?.();
  cancelViewportWatch.delete(target);
}
