// Baseline: a plain <div> whose text is the initials (a plain <img> inside for photos); no framework, no shadow DOM.
import { firstLetters, hueOf } from '../first-letters.js';

const style = document.createElement('style');
style.textContent = `.rd-av { display: inline-flex; align-items: center; justify-content: center; flex: none;
  width: 40px; height: 40px; border-radius: 50%; overflow: hidden; font: 600 15px/1 system-ui, sans-serif; color: #fff; }
  .rd-av img { width: 100%; height: 100%; object-fit: cover; }`;
document.head.append(style);

function paint(el, name) {
  el.setAttribute('aria-label', name);
  el.style.background = `hsl(${hueOf(name)} 45% 38%)`;
  el.textContent = firstLetters(name);
}

export default {
  create(name, image) {
    const el = document.createElement('div');
    el.className = 'rd-av';
    el.setAttribute('role', 'img');
    if (image) {
      el.setAttribute('aria-label', name);
      const img = document.createElement('img');
      img.alt = '';
      img.src = image;
      el.append(img);
    } else {
      paint(el, name);
    }
    return el;
  },
  rename: paint,
};
