// Issue 3's avatar scenarios (S1–S4): 1,000 <sh-avatar> beside a plain DOM text and a plain canvas baseline.
import { generateNames } from '../names.mjs';
import { avatarImages } from '../images.mjs';

const COUNT = 1000;
const IMAGE_COUNT = 50;
/** S3 gives avatar i the name of avatar (i + ROTATION) mod COUNT: every one changes, none to a neighbour's. */
const ROTATION = 337;
const SAMPLE = 40;
const IMAGE_TIMEOUT_MS = 20_000;
const MIB = 1024 * 1024;

/** @type {import('./index.mjs').Suite} */
export const avatarSuite = {
  id: 'avatar',
  title: '1,000 avatars',
  rootStyle: 'display: flex; flex-wrap: wrap; gap: 6px; align-items: center;', // 40 px avatars wrapping in rows
  harness: 'avatar-page.js',
  shotSelector: '#root',
  contenders: {
    ours: { module: 'avatar-contenders/ours.js', label: '<sh-avatar>', ours: true },
    'raw-dom': { module: 'avatar-contenders/raw-dom.js', label: 'plain DOM: <div> with initials text / <img>', baseline: true },
    'raw-canvas': { module: 'avatar-contenders/raw-canvas.js', label: 'plain canvas: fillText per avatar / <img>', baseline: true },
  },

  prepare() {
    const names = generateNames(COUNT).map(({ name }) => name);
    const files = avatarImages(IMAGE_COUNT);
    return {
      data: {
        names,
        renamed: names.map((_, i) => names[(i + ROTATION) % COUNT]),
        // Stride 7 (coprime with 50) so neighbours get different photos and each photo is used 20 times.
        images: names.map((_, i) => files[(i * 7) % IMAGE_COUNT].path),
      },
      files: files.map(({ path, body }) => ({ path, body, type: 'image/png', cacheable: true })),
    };
  },

  sanity: [
    {
      id: 'initials',
      run: (bench, data) => bench.call('render', data.names.slice(0, SAMPLE)),
    },
    {
      id: 'images',
      run: (bench, data) => bench.call('renderUntilImagesSettled', data.names.slice(0, SAMPLE), data.images.slice(0, SAMPLE), IMAGE_TIMEOUT_MS),
    },
    {
      // How much of the list has pixels when S1 stops the clock: an avatar may defer painting far off screen.
      id: 'all-initials',
      count: COUNT,
      informational: true,
      run: (bench, data) => bench.call('render', data.names),
    },
  ],
  sampleSize: SAMPLE,

  scenarios: [
    {
      id: 'S1',
      title: 'create + fully render 1,000 avatars, initials only',
      unit: 'ms',
      target: { vs: 'raw-dom', max: 1.3 },
      measure: (bench, data) => bench.call('render', data.names),
    },
    {
      id: 'S2',
      title: 'create + fully render 1,000 avatars with images (50 distinct, local)',
      unit: 'ms',
      target: { vs: 'raw-dom', max: 1.5 },
      measure: (bench, data) => bench.call('render', data.names, data.images),
    },
    {
      id: 'S2b',
      title: 'S2 until every image has loaded (informational: network + decode)',
      unit: 'ms',
      async measure(bench, data) {
        const out = await bench.call('renderUntilImagesSettled', data.names, data.images, IMAGE_TIMEOUT_MS);
        if (out.loaded < COUNT) throw new Error(`only ${out.loaded} of ${COUNT} images loaded (${out.failed} failed)`);
        return out.settledMs;
      },
    },
    {
      id: 'S3',
      title: 'rename all 1,000 rendered avatars until re-rendered',
      unit: 'ms',
      target: { vs: 'raw-dom', max: 1.2 },
      setup: (bench, data) => bench.call('render', data.names),
      measure: (bench, data) => bench.call('rename', data.renamed),
    },
    {
      id: 'S4',
      title: 'JS heap after S1, after forced GC (canvas pixels not included)',
      unit: 'MiB',
      setup: (bench, data) => bench.call('render', data.names),
      measure: async (bench) => (await bench.heapUsed()) / MIB,
    },
  ],
};
