// Rasterises one initials avatar (text or the person glyph on a colour square) and keeps each distinct
// raster once per page, so a thousand avatars with the same look share one bitmap.

/** Everything that decides the pixels of one initials avatar. */
export interface InitialsRasterSpec {
  /** The initials to draw; `''` draws the person glyph. */
  readonly text: string;
  readonly background: string;
  readonly foreground: string;
  /** Edge length in device pixels. */
  readonly devicePixels: number;
  readonly fontFamily: string;
  readonly fontWeight: string;
}

/** A cached raster: an `ImageBitmap` where supported, else the canvas it was drawn on. */
export type InitialsRaster = ImageBitmap | HTMLCanvasElement;

const maxCachedRasters = 1024;
const rasters = new Map<string, InitialsRaster>();

let scratch: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null = null;

function scratchContext(devicePixels: number): OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D {
  if (!scratch) {
    const canvas: OffscreenCanvas | HTMLCanvasElement =
      typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1) : document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) throw new Error('2D canvas is not available');
    scratch = context;
  }
  // Resizing resets the context state, which is what we want before each raster.
  scratch.canvas.width = devicePixels;
  scratch.canvas.height = devicePixels;
  return scratch;
}

function keyOf(spec: InitialsRasterSpec): string {
  return [spec.text, spec.background, spec.foreground, spec.devicePixels, spec.fontWeight, spec.fontFamily].join('\u0000');
}

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** Share of the square the initials may cover, so wide clusters shrink instead of touching the edge. */
const maxTextWidth = 0.78;
const maxTextHeight = 0.62;

function drawText(context: Context2D, spec: InitialsRasterSpec): void {
  const edge = spec.devicePixels;
  let fontSize = edge * 0.42;
  context.font = `${spec.fontWeight} ${fontSize}px ${spec.fontFamily}`;
  let metrics = context.measureText(spec.text);
  const width = metrics.actualBoundingBoxLeft + metrics.actualBoundingBoxRight;
  const height = metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent;
  const fit = Math.min(1, (edge * maxTextWidth) / (width || 1), (edge * maxTextHeight) / (height || 1));
  if (fit < 1) {
    fontSize *= fit;
    context.font = `${spec.fontWeight} ${fontSize}px ${spec.fontFamily}`;
    metrics = context.measureText(spec.text);
  }
  // Centre the ink, not the advance box: the measured glyph bounds put "Ag", "李" and "👋🏽" in the
  // optical middle whatever the font's ascent and descent.
  const inkLeft = metrics.actualBoundingBoxLeft;
  const inkRight = metrics.actualBoundingBoxRight;
  const ascent = metrics.actualBoundingBoxAscent;
  const descent = metrics.actualBoundingBoxDescent;
  context.textAlign = 'left';
  context.textBaseline = 'alphabetic';
  context.fillStyle = spec.foreground;
  context.fillText(spec.text, edge / 2 - (inkRight - inkLeft) / 2, edge / 2 + (ascent - descent) / 2);
}

function drawPersonGlyph(context: Context2D, spec: InitialsRasterSpec): void {
  const edge = spec.devicePixels;
  context.fillStyle = spec.foreground;
  context.beginPath();
  context.arc(edge / 2, edge * 0.39, edge * 0.17, 0, Math.PI * 2);
  context.fill();
  context.beginPath();
  context.ellipse(edge / 2, edge * 0.93, edge * 0.33, edge * 0.3, 0, Math.PI, 0);
  context.fill();
}

function rasterise(spec: InitialsRasterSpec): InitialsRaster {
  const context = scratchContext(spec.devicePixels);
  context.fillStyle = spec.background;
  context.fillRect(0, 0, spec.devicePixels, spec.devicePixels);
  if (spec.text) drawText(context, spec);
  else drawPersonGlyph(context, spec);
  const canvas = context.canvas;
  if ('transferToImageBitmap' in canvas) return canvas.transferToImageBitmap();
  // No OffscreenCanvas: keep this canvas as the raster and start a fresh scratch.
  scratch = null;
  return canvas;
}

/** The raster for `spec`, drawn on first use and reused afterwards (least recently used ones are dropped). */
export function initialsRaster(spec: InitialsRasterSpec): InitialsRaster {
  const key = keyOf(spec);
  let raster = rasters.get(key);
  if (raster) {
    rasters.delete(key);
  } else {
    raster = rasterise(spec);
    if (rasters.size >= maxCachedRasters) {
      const [oldestKey, oldest] = rasters.entries().next().value as [string, InitialsRaster];
      rasters.delete(oldestKey);
      if ('close' in oldest) oldest.close();
    }
  }
  rasters.set(key, raster);
  return raster;
}

/** How many distinct rasters the page holds (for tests and the benchmark). */
export function cachedRasterCount(): number {
  return rasters.size;
}
