// One shared IntersectionObserver for "tell me when this element comes near the viewport".

/** How far outside the viewport (CSS px) an element already counts as near. */
export const nearViewportMargin = 400;

const watchers = new Map<Element, Set<() => void>>();
let observer: IntersectionObserver | null = null;

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const callbacks = watchers.get(entry.target);
        watchers.delete(entry.target);
        observer?.unobserve(entry.target);
        callbacks?.forEach((callback) => callback());
      }
    },
    { rootMargin: `${nearViewportMargin}px` },
  );
  return observer;
}

/**
 * Calls `onNear` once, the first time `element` is laid out within the margin of the viewport.
 * Returns a function that cancels the watch.
 */
export function watchNearViewport(element: Element, onNear: () => void): () => void {
  let callbacks = watchers.get(element);
  if (!callbacks) {
    callbacks = new Set();
    watchers.set(element, callbacks);
    sharedObserver().observe(element);
  }
  callbacks.add(onNear);
  return () => {
    const current = watchers.get(element);
    if (!current?.delete(onNear) || current.size > 0) return;
    watchers.delete(element);
    observer?.unobserve(element);
  };
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
