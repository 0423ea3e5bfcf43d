// <sh-attendee-list public-key=…> from the built library, given all tokens at once.
import '@sh-dist/define.js';

const TAG = 'sh-attendee-list';
const ROWS_TIMEOUT_MS = 5000;

/** Resolves once `el` is connected, has started, and `verifying` is false (watched by mutations, checked every 50 ms). */
function verificationDone(el) {
  return new Promise((resolve) => {
    let observer;
    let timer;
    const check = () => {
      if (el.verifying) return;
      observer?.disconnect();
      clearInterval(timer);
      resolve();
    };
    observer = new MutationObserver(check);
    observer.observe(el.shadowRoot, { childList: true, subtree: true });
    timer = setInterval(check, 50);
    check();
  });
}

export default {
  expectsGraphic: true,
  unavailable: () => (customElements.get(TAG) ? undefined : `define.js did not register <${TAG}>`),

  mount(root, tokens, publicKeyPem) {
    const el = document.createElement(TAG);
    el.setAttribute('public-key', publicKeyPem);
    el.tokens = tokens;
    root.append(el);
    const rows = () => [...(el.shadowRoot?.querySelectorAll('[part~=row]') ?? [])];
    const ready = (async () => {
      await el.updateComplete; // the first update starts the verification
      await verificationDone(el);
      await el.updateComplete; // includes the virtualizer's layout
      const started = performance.now();
      while (rows().length === 0) {
        if (performance.now() - started > ROWS_TIMEOUT_MS) throw new Error(`<${TAG}> finished verifying but shows no [part~=row] after ${ROWS_TIMEOUT_MS} ms`);
        await new Promise(requestAnimationFrame);
      }
    })();
    return {
      ready,
      rows,
      scroller: () => el.shadowRoot.querySelector('[part~=list]'),
      settle: () => el.updateComplete,
    };
  },
};
