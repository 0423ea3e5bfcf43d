// <sh-profile-card layout="row"> from the built library, one per token, all with the same `public-key` PEM.
import '@sh-dist/define.js';

const TAG = 'sh-profile-card';

export default {
  expectsGraphic: true,
  unavailable: () => (customElements.get(TAG) ? undefined : `define.js did not register <${TAG}>`),

  mount(root, tokens, publicKeyPem) {
    const outcomes = [];
    const elements = tokens.map((token, i) => {
      const el = document.createElement(TAG);
      el.setAttribute('layout', 'row');
      el.setAttribute('public-key', publicKeyPem);
      el.token = token;
      outcomes.push(new Promise((resolve, reject) => {
        el.addEventListener('sh-profile-verified', () => resolve(), { once: true });
        el.addEventListener('sh-profile-error', (event) => reject(new Error(`card ${i} fired sh-profile-error (${event.code})`)), { once: true });
      }));
      return el;
    });
    const fragment = document.createDocumentFragment();
    fragment.append(...elements);
    root.append(fragment);
    return { verified: Promise.all(outcomes).then(() => ({ elements, verifiedAt: performance.now() })) };
  },

  /** The card's own update, then the update (and initials paint pass) of the <sh-avatar> it rendered. */
  async settle(el) {
    await el.updateComplete;
    await el.shadowRoot?.querySelector('sh-avatar')?.updateComplete;
  },
};
