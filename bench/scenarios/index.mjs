// The benchmark suites `npm run bench` runs, in order. Add a suite (a page, its contenders, its scenarios) here.
import { avatarSuite } from './avatar.mjs';

/**
 * One benchmark page and what is measured on it. Each measurement opens the page fresh for one contender at
 * `/pages/<suite id>/<contender>/` (bench/pages/<html> loading that contender's bundle).
 * @typedef {object} Suite
 * @property {string} id
 * @property {string} title
 * @property {string} html           HTML file in bench/pages/; it loads `./bundle.js`
 * @property {string} harness        module in bench/pages/ exporting `start(contender)`, which sets `globalThis.__bench`
 * @property {Record<string, Contender>} contenders
 * @property {() => {data: object, files?: Array<{path: string} & import('../server.mjs').ServedFile>}} prepare
 *   untimed, in Node: the input every contender gets, and extra files to serve (images, keys)
 * @property {SanityCheck[]} sanity  untimed checks, each on a fresh page, each followed by a screenshot
 * @property {number} sampleSize     how many elements a sanity check renders (every one of ours must show something)
 * @property {string} shotSelector   what the screenshot captures
 * @property {Scenario[]} scenarios
 */

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
 */

/**
 * @typedef {object} Scenario
 * @property {string} id             'S1'; `--scenarios` selects by it
 * @property {string} title
 * @property {'ms' | 'MiB'} unit
 * @property {{vs: string, max: number}} [target]   ours ÷ that contender's median must not exceed `max`
 * @property {string[]} [contenders] default: all of the suite's
 * @property {(bench: BenchPage, data: object) => Promise<unknown>} [setup]   untimed, on the same fresh page
 * @property {(bench: BenchPage, data: object) => Promise<number>} measure    one sample
 */

/**
 * A fresh page with the contender loaded (see bench/browser.mjs `openBenchPage`).
 * @typedef {Awaited<ReturnType<typeof import('../browser.mjs').openBenchPage>>} BenchPage
 */

/** @type {Suite[]} */
export const suites = [avatarSuite];
