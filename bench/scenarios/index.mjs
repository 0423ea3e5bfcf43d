// The benchmark suites `npm run bench` runs, in order. Add a suite (a page, its contenders, its scenarios) here.
import { avatarSuite } from './avatar.mjs';
import { cardsSuite } from './cards.mjs';
import { listSuite } from './list.mjs';
import { groupsSuite } from './groups.mjs';

/**
 * One benchmark page and what is measured on it. Each measurement opens the page fresh for one contender at
 * `/pages/<suite id>/<contender>/` (bench/pages/page.mjs's page loading that contender's bundle).
 * @typedef {object} Suite
 * @property {string} id
 * @property {string} title
 * @property {string} rootStyle      CSS declarations laying out #root of the suite's page (bench/pages/page.mjs)
 * @property {string} harness        module in bench/pages/ exporting `start(contender)`, which sets `globalThis.__bench`
 * @property {Record<string, Contender>} contenders
 * @property {(context: {log: (...parts: string[]) => void}) => PreparedData | Promise<PreparedData>} prepare
 *   untimed, in Node: the input every contender gets, and extra files to serve (images, keys, `/data/<suite>.json`)
 * @property {number} [maxRounds]    run at most this many rounds of this suite's scenarios (slow suites)
 * @property {SanityCheck[]} sanity  untimed checks, each on a fresh page, each followed by a screenshot
 * @property {number} sampleSize     how many elements a sanity check renders (every one of ours must show something)
 * @property {string} shotSelector   what the screenshot captures (clipped to the viewport)
 * @property {Scenario[]} scenarios
 */

/** @typedef {{data: object, files?: Array<{path: string} & import('../server.mjs').ServedFile>}} PreparedData */

/**
 * @typedef {object} Contender
 * @property {string} module         in-page contender module in bench/pages/ (default export, see the harness)
 * @property {string} label
 * @property {boolean} [ours]        the library under test: a blank sanity render fails the run
 * @property {boolean} [baseline]    ratios are reported against every baseline
 */

/**
 * @typedef {object} SanityCheck
 * @property {string} id
 * @property {(bench: BenchPage, data: object) => Promise<unknown>} run   renders `count` elements
 * @property {number} [count]        how many to inspect; default the suite's `sampleSize`
 * @property {boolean} [informational]  reported, but not required to show content, and not screenshotted
 *
 * `inspect(count)` in the page returns {total, boxed, withContent, size, shows[], detail?, orderOk?}; for ours,
 * total 0 or withContent < total fails the run; orderOk false is reported as a problem.
 */

/**
 * @typedef {object} Scenario
 * @property {string} id             'S1'; `--scenarios` selects by it
 * @property {string} title
 * @property {Unit} [unit]           when the scenario has no `metrics`
 * @property {Target} [target]       when the scenario has no `metrics`
 * @property {Metric[]} [metrics]    several numbers from one page: `measure` then returns `{[metric id]: number}`
 *                                   (keys starting with `_` are kept in latest.json only)
 * @property {string[]} [contenders] default: all of the suite's
 * @property {(bench: BenchPage, data: object) => Promise<unknown>} [setup]   untimed, on the same fresh page
 * @property {(bench: BenchPage, data: object) => Promise<number | Record<string, number>>} measure    one sample
 */

/** @typedef {'ms' | 'MiB' | 'count'} Unit */
/**
 * `{vs, max}`: ours' median ÷ that contender's median must not exceed `max`; `{under}`: ours' median must be
 * below `under` (in the metric's unit).
 * @typedef {{vs: string, max: number} | {under: number}} Target
 */
/** @typedef {{id: string, title: string, unit: Unit, target?: Target}} Metric */

/**
 * A fresh page with the contender loaded (see bench/browser.mjs `openBenchPage`).
 * @typedef {Awaited<ReturnType<typeof import('../browser.mjs').openBenchPage>>} BenchPage
 */

/** @type {Suite[]} */
export const suites = [avatarSuite, cardsSuite, listSuite, groupsSuite];
