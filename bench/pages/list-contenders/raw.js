// Baseline: bare crypto.subtle.verify in batches of 100 (Promise.all, then yield, as <sh-attendee-list> does)
// with a "Verifying n of N" text, then one Intl.Collator sort and a plain, NON-virtualized DOM list of all
// rows (name + first userProfile value; no avatar) in a 480 px scrolling <div>.
import { importPublicKey, plainRow, verifyToken, yieldToMain } from '../raw-verify.js';

const BATCH = 100;
const style = document.createElement('style');
style.textContent = `.rl-host { box-sizing: border-box; display: flex; flex-direction: column; height: 480px;
  border: 1px solid #d0d7de; border-radius: 8px; overflow: hidden; font: 14px/1.4 system-ui, sans-serif; color: #1b1f24; }
  .rl-status { padding: 4px 12px; color: #57606a; }
  .rl-list { flex: 1 1 auto; min-height: 0; overflow: auto; }
  .rl-row { box-sizing: border-box; display: flex; align-items: center; gap: 12px; height: 44px; padding: 0 12px;
    border-bottom: 1px solid #d0d7de; }
  .rl-name, .rl-value { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .rl-name { flex: 0 1 auto; font-weight: 600; } .rl-value { flex: 1 1 0; min-width: 0; color: #57606a; }`;
document.head.append(style);

function row(claims) {
  const el = plainRow(claims, 'rl');
  el.setAttribute('role', 'listitem');
  return el;
}

export default {
  mount(root, tokens, publicKeyPem) {
    const host = document.createElement('div');
    host.className = 'rl-host';
    const status = document.createElement('div');
    status.className = 'rl-status';
    status.setAttribute('role', 'status');
    const list = document.createElement('div');
    list.className = 'rl-list';
    list.setAttribute('role', 'list');
    host.append(status, list);
    root.append(host);
    const ready = (async () => {
      const key = await importPublicKey(publicKeyPem);
      const profiles = [];
      for (let start = 0; start < tokens.length; start += BATCH) {
        profiles.push(...await Promise.all(tokens.slice(start, start + BATCH).map((token) => verifyToken(key, token))));
        status.textContent = `Verifying ${profiles.length.toLocaleString()} of ${tokens.length.toLocaleString()}`;
        await yieldToMain();
      }
      status.remove();
      const collator = new Intl.Collator(document.documentElement.lang || undefined, { sensitivity: 'base', numeric: true });
      profiles.sort((a, b) => collator.compare(a.displayName, b.displayName));
      const fragment = document.createDocumentFragment();
      fragment.append(...profiles.map(row));
      list.append(fragment);
    })();
    return { ready, rows: () => [...list.children], scroller: () => list };
  },
};
