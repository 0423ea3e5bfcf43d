// Baseline: one bare <canvas> per avatar, a filled circle and fillText of the initials (a plain <img> for photos).
import { firstLetters, hueOf } from '../first-letters.js';

const SIZE = 40;
const style = document.createElement('style');
style.textContent = `.rc-av { display: block; flex: none; width: ${SIZE}px; height: ${SIZE}px; border-radius: 50%; object-fit: cover; }`;
document.head.append(style);

function draw(canvas, name) {
  canvas.setAttribute('aria-label', name);
  const ctx = canvas.getContext('2d');
  ctx.clearRect(0, 0, SIZE, SIZE);
  ctx.fillStyle = `hsl(${hueOf(name)} 45% 38%)`;
  ctx.beginPath();
  ctx.arc(SIZE / 2, SIZE / 2, SIZE / 2, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#fff';
  ctx.font = '600 15px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(firstLetters(name), SIZE / 2, SIZE / 2 + 1, SIZE - 6);
}

export default {
  create(name, image) {
    if (image) {
      const img = document.createElement('img');
      img.className = 'rc-av';
      img.alt = name;
      img.src = image;
      return img;
    }
    const canvas = document.createElement('canvas');
    canvas.className = 'rc-av';
    canvas.width = SIZE;
    canvas.height = SIZE;
    canvas.setAttribute('role', 'img');
    draw(canvas, name);
    return canvas;
  },
  rename: draw,
};
