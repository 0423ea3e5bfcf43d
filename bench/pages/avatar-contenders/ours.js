// Our <sh-avatar> from the built library (`@sh-dist/` is the --dist folder): it computes its own initials.
import '@sh-dist/define.js';

const TAG = 'sh-avatar';

export default {
  unavailable: () => (customElements.get(TAG) ? undefined : `define.js did not register <${TAG}>`),

  imageHint: `<${TAG}> fired neither sh-avatar-load nor sh-avatar-error, and no loaded <img> appeared in its shadow root`,

  create(name, image) {
    const el = document.createElement(TAG);
    el.setAttribute('name', name);
    if (image) {
      // Eager, like the baselines' plain <img>: a lazy avatar below the fold would not be fetched at all.
      el.setAttribute('loading', 'eager');
      el.setAttribute('src', image);
    }
    return el;
  },

  rename(el, name) {
    el.setAttribute('name', name);
  },

  /** The element's own events; failing that, a loaded or failed <img> in its shadow root. */
  watchImage(el, signal) {
    return new Promise((resolve) => {
      const options = { once: true, signal };
      el.addEventListener('sh-avatar-load', () => resolve('load'), options);
      el.addEventListener('sh-avatar-error', () => resolve('error'), options);
      const probe = () => {
        if (signal.aborted) return;
        const img = el.shadowRoot?.querySelector('img');
        if (!img || !img.getAttribute('src')) return void setTimeout(probe, 100);
        if (img.complete) return resolve(img.naturalWidth > 0 ? 'load' : 'error');
        img.addEventListener('load', () => resolve('load'), options);
        img.addEventListener('error', () => resolve('error'), options);
      };
      Promise.resolve(el.updateComplete).then(probe);
    });
  },
};
