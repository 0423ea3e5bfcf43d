// Issue 5's list scenario: 10,000 signed tokens into one <sh-attendee-list>: load (verification until the first
// screen is painted) with its long tasks, JS heap, then a scroll through the whole list. Beside bare WebCrypto in
// the same batches + a plain, non-virtualized DOM list. Each sample is slow (~20 s), so fewer rounds.
import { signedTokens } from '../tokens.mjs';

const COUNT = 10_000;
const MIB = 1024 * 1024;

/** @type {import('./index.mjs').Suite} */
export const listSuite = {
  id: 'list',
  title: '10,000 attendees from signed tokens in one list',
  rootStyle: 'display: block;', // one 480 px high scrolling list
  harness: 'list-page.js',
  shotSelector: '#root',
  maxRounds: 3,
  contenders: {
    ours: { module: 'list-contenders/ours.js', label: '<sh-attendee-list public-key=PEM .tokens=[…10,000]>', ours: true },
    raw: {
      module: 'list-contenders/raw.js',
      label: 'bare crypto.subtle.verify in batches of 100 (Promise.all, then scheduler.yield) with a progress text, one Intl.Collator sort, then a plain NON-virtualized DOM list of 10,000 <div> rows (name + first value, no avatar, no content-visibility) in a 480 px scroller',
      baseline: true,
    },
  },

  async prepare({ log }) {
    const { publicKeyPem, tokens, names, firstValues } = await signedTokens({ count: COUNT, log });
    return {
      data: { count: COUNT },
      files: [{ path: '/data/list.json', body: JSON.stringify({ publicKeyPem, tokens, names, firstValues }), type: 'application/json' }],
    };
  },

  sanity: [
    { id: 'top', run: (bench) => bench.call('load') },
    { id: 'bottom', run: async (bench) => { await bench.call('load'); await bench.call('jumpToEnd'); } },
  ],
  sampleSize: 0, // inspect() looks at the rows in view, however many

  scenarios: [
    {
      id: 'L',
      title: '10,000 tokens: load, heap, scroll top to bottom',
      metrics: [
        { id: 'L1', title: 'load: every token verified, first screen painted', unit: 'ms' },
        { id: 'L1t', title: 'longest task during load', unit: 'ms', target: { under: 50 } },
        { id: 'L1n', title: 'long tasks (> 50 ms) during load', unit: 'count' },
        { id: 'L1f', title: 'longest gap between animation frames during load', unit: 'ms' },
        { id: 'L1h', title: 'JS heap after load, after forced GC', unit: 'MiB' },
        { id: 'L2', title: 'scroll top to bottom, one viewport per frame: duration', unit: 'ms' },
        { id: 'L2d', title: 'dropped frames (rAF interval > 1.5× idle frame)', unit: 'count' },
        { id: 'L2f', title: 'longest frame interval while scrolling', unit: 'ms' },
        { id: 'L2t', title: 'longest task while scrolling', unit: 'ms', target: { under: 50 } },
        { id: 'L2n', title: 'long tasks while scrolling', unit: 'count' },
        { id: 'L2r', title: 'most rows in the DOM while scrolling (counted every 10th frame)', unit: 'count' },
        { id: 'L2h', title: 'JS heap after the scroll, after forced GC', unit: 'MiB' },
      ],
      async measure(bench) {
        const load = await bench.call('load');
        const heap = (await bench.heapUsed()) / MIB;
        const scroll = await bench.call('scroll');
        const heapAfterScroll = (await bench.heapUsed()) / MIB;
        return {
          L1: load.loadMs, L1t: load.longestTaskMs, L1n: load.longTasks, L1f: load.longestFrameMs, L1h: heap,
          L2: scroll.scrollMs, L2d: scroll.droppedFrames, L2f: scroll.longestFrameMs, L2t: scroll.longestTaskMs, L2n: scroll.longTasks, L2r: scroll.maxRowsInDom, L2h: heapAfterScroll,
          _frames: scroll.frames, _frameMs: scroll.frameMs, _rowsInDom: load.rowsInDom, _loadFrames: load.frames,
        };
      },
    },
  ],
};
