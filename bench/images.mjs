// The benchmark's avatar photos: distinct small solid-colour PNGs, made in Node with the test server's encoder.
import { solidPng } from '../test/helpers/test-server.mjs';

/** `#rrggbb` without the hash for a hue (degrees) at fixed saturation and lightness. */
function hexOfHue(hue, lightness) {
  const s = 0.55;
  const a = s * Math.min(lightness, 1 - lightness);
  const channel = (n) => {
    const k = (n + hue / 30) % 12;
    const v = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255).toString(16).padStart(2, '0');
  };
  return channel(0) + channel(8) + channel(4);
}

/**
 * `count` distinct 64×64 PNGs, each `{ path: '/img/av-NN.png', body }`; hues spread round the wheel,
 * alternating two lightnesses so neighbours differ.
 * @param {number} [count]
 * @returns {{path: string, body: Buffer}[]}
 */
export function avatarImages(count = 50) {
  return Array.from({ length: count }, (_, i) => ({
    path: `/img/av-${String(i).padStart(2, '0')}.png`,
    body: solidPng(hexOfHue((i * 360) / count, i % 2 ? 0.38 : 0.62), 64),
  }));
}
