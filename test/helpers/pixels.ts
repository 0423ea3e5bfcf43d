// Reading canvas pixels back in tests.

export type Rgba = readonly [number, number, number, number];

/** The pixel at (x, y) of a canvas, in device pixels. */
export function pixelAt(canvas: HTMLCanvasElement, x: number, y: number): Rgba {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  const [r, g, b, a] = context.getImageData(x, y, 1, 1).data;
  return [r ?? 0, g ?? 0, b ?? 0, a ?? 0];
}

/** `#rrggbb` or `rgb(r, g, b)` as [r, g, b, 255]. */
export function parseColor(color: string): Rgba {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (hex) return [parseInt(hex[1] ?? '0', 16), parseInt(hex[2] ?? '0', 16), parseInt(hex[3] ?? '0', 16), 255];
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), 255];
  throw new Error(`unparsed colour ${color}`);
}

/** Whether two colours are within `tolerance` on every channel. */
export function near(actual: Rgba, expected: Rgba, tolerance = 3): boolean {
  return actual.every((channel, i) => Math.abs(channel - (expected[i] ?? 0)) <= tolerance);
}

/** How many pixels of the canvas are within `tolerance` of `color`. */
export function countPixels(canvas: HTMLCanvasElement, color: Rgba, tolerance = 40): number {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (near([data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0], color, tolerance)) count += 1;
  }
  return count;
}

/** The canvas's pixels as one string, to compare two renderings. */
export function pixelSignature(canvas: HTMLCanvasElement): string {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  return Array.from(context.getImageData(0, 0, canvas.width, canvas.height).data).join(',');
}
