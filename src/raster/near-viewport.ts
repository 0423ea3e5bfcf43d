// One shared IntersectionObserver for "is this element near the viewport?", for as long as anyone asks.

/** How far outside the viewport (CSS px) an element already counts as near. */
export const nearViewportMargin = 400;

type NearnessListener = (near: boolean) => void;

const listeners = new Map<Element, Set<NearnessListener>>();
let observer: IntersectionObserver | null = null;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        for (const listener of [...(listeners.get(entry.target) ?? [])]) listener(entry.isIntersecting);
      }
    },
    { rootMargin: `${nearViewportMargin}px` },
  );
  return observer;
}

/**
 * Calls `listener` with `true` or `false` each time `element` comes within the margin of the viewport or
 * leaves it (and once soon after the call, with where it is now). Returns a function that stops it.
 */
export function observeNearness(element: Element, listener: NearnessListener): () => void {
  let set = listeners.get(element);
  if (!set) {
    set = new Set();
    listeners.set(element, set);
    sharedObserver().observe(element);
  }
  set.add(listener);
  return () => {
    const current = listeners.get(element);
    if (!current?.delete(listener) || current.size > 0) return;
    listeners.delete(element);
    observer?.unobserve(element);
  };
}

/**
 * Calls `onNear` once, the first time `element` is laid out within the margin of the viewport.
 * Returns a function that cancels the watch.
 */
export function watchNearViewport(element: Element, onNear: () => void): () => void {
  const stop = observeNearness(element, (near) => {
    if (!near) return;
    stop();
    onNear();
  });
  return stop;
}

/** Whether a box read with getBoundingClientRect is laid out and within the margin of the viewport. */
export function isNearViewport(box: DOMRect): boolean {
  return (
    box.width > 0 &&
    box.bottom >= -nearViewportMargin &&
    box.right >= -nearViewportMargin &&
    box.top <= window.innerHeight + nearViewportMargin &&
    box.left <= window.innerWidth + nearViewportMargin
  );
}
