// Issue 5's avatar-group scenario: 200 <sh-avatar-group> of 8 people each (names only), beside plain DOM groups.
import { generateNames } from '../names.mjs';

const GROUPS = 200;
const PER_GROUP = 8;
/** <sh-avatar-group>'s default `max` of 5 slots, chip included: 4 avatars and "+4" for 8 people. */
const SHOWN = 4;
const SAMPLE = 40;
const MIB = 1024 * 1024;

/** @type {import('./index.mjs').Suite} */
export const groupsSuite = {
  id: 'groups',
  title: '200 avatar groups of 8',
  rootStyle: 'display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: center;', // groups wrapping in rows
  harness: 'groups-page.js',
  shotSelector: '#root',
  contenders: {
    ours: { module: 'groups-contenders/ours.js', label: '<sh-avatar-group .items=[{name} ×8]> (default max 5: 4 avatars + "+4")', ours: true },
    raw: { module: 'groups-contenders/raw.js', label: 'plain <div> group: 4 overlapping <div>s with initials text + a "+4" <span> chip', baseline: true },
  },

  prepare() {
    const names = generateNames(GROUPS * PER_GROUP, 20260608).map(({ name }) => name);
    const groups = Array.from({ length: GROUPS }, (_, g) => names.slice(g * PER_GROUP, (g + 1) * PER_GROUP).map((name) => ({ name })));
    return {
      data: { groups: GROUPS },
      files: [{ path: '/data/groups.json', body: JSON.stringify({ groups, shown: SHOWN, hidden: PER_GROUP - SHOWN }), type: 'application/json' }],
    };
  },

  sanity: [
    { id: 'groups', run: (bench) => bench.call('render') },
    { id: 'all-groups', count: GROUPS, informational: true, run: (bench) => bench.call('render') },
  ],
  sampleSize: SAMPLE,

  scenarios: [
    {
      id: 'G1',
      title: 'create + fully render 200 groups of 8',
      metrics: [
        { id: 'G1', title: 'create + fully render 200 groups of 8', unit: 'ms' },
        { id: 'G1h', title: 'JS heap afterwards, after forced GC', unit: 'MiB' },
      ],
      async measure(bench) {
        const ms = await bench.call('render');
        return { G1: ms, G1h: (await bench.heapUsed()) / MIB };
      },
    },
  ],
};
