// Baseline: a plain <div role="group"> of overlapping 32 px <div>s with initials text and a per-name colour,
// then a "+N" chip: the same slots <sh-avatar-group> shows by default (max 5: 4 avatars + "+4" for 8 people).
import { firstLetters, hueOf } from '../first-letters.js';

const MAX = 5;
const style = document.createElement('style');
style.textContent = `.rg { display: inline-flex; align-items: center; }
  .rg-av, .rg-chip { box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center; flex: none;
    width: 32px; height: 32px; border-radius: 50%; box-shadow: 0 0 0 2px #fff; overflow: hidden;
    font: 600 12px/1 system-ui, sans-serif; color: #fff; }
  .rg > * + * { margin-inline-start: -8px; }
  .rg-chip { background: #e7ebef; color: #1b1f24; }`;
document.head.append(style);

export default {
  create(items) {
    const group = document.createElement('div');
    group.className = 'rg';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'Attendees');
    const shown = items.length > MAX ? items.slice(0, MAX - 1) : items;
    for (const { name } of shown) {
      const av = document.createElement('div');
      av.className = 'rg-av';
      av.dataset.benchAvatar = '';
      av.setAttribute('role', 'img');
      av.setAttribute('aria-label', name);
      av.title = name;
      av.style.background = `hsl(${hueOf(name)} 45% 38%)`;
      av.textContent = firstLetters(name);
      group.append(av);
    }
    if (shown.length < items.length) {
      const chip = document.createElement('span');
      chip.className = 'rg-chip';
      chip.setAttribute('role', 'img');
      chip.setAttribute('aria-label', `${items.length - shown.length} more`);
      chip.textContent = `+${items.length - shown.length}`;
      group.append(chip);
    }
    return group;
  },
};
