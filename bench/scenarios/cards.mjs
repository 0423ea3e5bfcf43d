// Issue 4's card scenario: 1,000 <sh-profile-card layout="row"> from 1,000 distinct signed tokens and one public
// key, beside bare WebCrypto verification + plain DOM rows.
import { signedTokens } from '../tokens.mjs';

const COUNT = 1000;
/** Rows that fit the 600 px viewport (45 px each): every one of ours must show name, value and a painted avatar. */
const SAMPLE = 12;
const MIB = 1024 * 1024;

/** @type {import('./index.mjs').Suite} */
export const cardsSuite = {
  id: 'cards',
  title: '1,000 profile cards (row layout) from signed tokens',
  rootStyle: 'display: block;', // one row per token, a 724 px column
  harness: 'cards-page.js',
  shotSelector: '#root',
  viewportShot: true,
  contenders: {
    ours: { module: 'cards-contenders/ours.js', label: '<sh-profile-card layout="row" public-key=PEM .token=…>, one per token', ours: true },
    raw: {
      module: 'cards-contenders/raw.js',
      label: 'one importKey(spki) + 1,000 bare crypto.subtle.verify (RSASSA-PKCS1-v1_5/SHA-256, all at once, payload JSON decoded, exp checked), then 1,000 plain <div> rows (name + first value, no avatar)',
      baseline: true,
    },
  },

  async prepare({ log }) {
    const { publicKeyPem, tokens, names, firstValues } = await signedTokens({ count: COUNT, log });
    return {
      data: { count: COUNT },
      files: [{ path: '/data/cards.json', body: JSON.stringify({ publicKeyPem, tokens, names, firstValues }), type: 'application/json' }],
    };
  },

  sanity: [
    { id: 'rows', run: (bench) => bench.call('render') },
    // How much of the list has pixels when C1 stops the clock (avatars far off screen may defer painting).
    { id: 'all-rows', count: COUNT, informational: true, run: (bench) => bench.call('render') },
  ],
  sampleSize: SAMPLE,

  scenarios: [
    {
      id: 'C1',
      title: 'append 1,000 cards from 1,000 tokens',
      metrics: [
        { id: 'C1', title: 'until every card is verified and fully rendered', unit: 'ms', target: { vs: 'raw', max: 1.5 } },
        { id: 'C1v', title: 'of which: until the last token is verified (informational)', unit: 'ms' },
        { id: 'C1t', title: 'longest task meanwhile', unit: 'ms' },
        { id: 'C1h', title: 'JS heap afterwards, after forced GC', unit: 'MiB' },
      ],
      async measure(bench) {
        const out = await bench.call('render');
        return { C1: out.renderMs, C1v: out.verifiedMs, C1t: out.longestTaskMs, C1h: (await bench.heapUsed()) / MIB };
      },
    },
  ],
};
