// The virtualizer resizes rows from a ResizeObserver callback; Chromium then reports "ResizeObserver
// loop completed with undelivered notifications" as an error event. It is a notification that layout
// settled a frame later, not an exception, and would otherwise fail the test that happens to be running.
window.addEventListener('error', (event) => {
  if (event.message.startsWith('ResizeObserver loop')) event.stopImmediatePropagation();
});
