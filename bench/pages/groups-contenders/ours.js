// <sh-avatar-group .items=[{name}, …]> from the built library, default max (5 slots: 4 avatars + the chip).
import '@sh-dist/define.js';

const TAG = 'sh-avatar-group';

export default {
  unavailable: () => (customElements.get(TAG) ? undefined : `define.js did not register <${TAG}>`),
  create(items) {
    const el = document.createElement(TAG);
    el.items = items;
    return el;
  },
  // The group's updateComplete already waits for its avatars' (initials paint pass included).
};
