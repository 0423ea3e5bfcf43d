// Baseline: bare crypto.subtle.verify per token (one imported key, all started at once), then one plain
// <div> row per token with the name and the first userProfile value as text. No avatar, no shadow DOM.
import { importPublicKey, plainRow, verifyToken } from '../raw-verify.js';

const style = document.createElement('style');
style.textContent = `.rr-row { box-sizing: border-box; display: flex; align-items: center; gap: 12px; height: 45px;
  padding: 0 12px; border-bottom: 1px solid #d0d7de; font: 14px/1.4 system-ui, sans-serif; color: #1b1f24; }
  .rr-name, .rr-value { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .rr-name { flex: 0 1 auto; font-weight: 600; } .rr-value { flex: 1 1 0; min-width: 0; color: #57606a; }`;
document.head.append(style);

export default {
  mount(root, tokens, publicKeyPem) {
    const verified = (async () => {
      const key = await importPublicKey(publicKeyPem);
      const claims = await Promise.all(tokens.map((token) => verifyToken(key, token)));
      const verifiedAt = performance.now();
      const elements = claims.map((c) => plainRow(c, 'rr'));
      const fragment = document.createDocumentFragment();
      fragment.append(...elements);
      root.append(fragment);
      return { elements, verifiedAt };
    })();
    return { verified };
  },
};
