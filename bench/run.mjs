// `npm run bench`: builds the bench pages against dist/, runs every suite's scenarios in headless Chromium, reports.
//   node bench/run.mjs [--suites avatar,cards,list,groups] [--rounds 7] [--only ours,raw-dom] [--scenarios S1,C1,L,G1]
//                      [--dist dist] [--skip-build] [--compare DIR]
// dist/ is rebuilt first (npm run build) when it is missing or older than src/ (unless --skip-build or --dist).
// --compare DIR adds a contender `before`: our contender built from another dist folder (say, a copy of dist/
// made before a change), measured in the same interleaved rounds, for A/B comparisons on a noisy machine.
// Progress goes to stderr; the Markdown summary to stdout; everything to bench/results/latest.{json,md} and shots/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { bundlePage } from './bundle.mjs';
import { benchPage } from './pages/page.mjs';
import { startServer } from './server.mjs';
import { launchBrowser, openBenchPage } from './browser.mjs';
import { suites as allSuites } from './scenarios/index.mjs';
import { tabulate, summaryTable, coverageLines, markdownReport, formatValue } from './report.mjs';

const BENCH_DIR = import.meta.dirname;
const REPO_DIR = path.dirname(BENCH_DIR);
const RESULTS_DIR = path.join(BENCH_DIR, 'results');
const SHOTS_DIR = path.join(RESULTS_DIR, 'shots');
// Generous: the list suite's scroll through 10,000 rows takes 20–50 s on a loaded 2-core machine.
const CALL_TIMEOUT_MS = 150_000;
/** How long after "rendered" the sanity pass looks again, to catch painting that lands after the timed region. */
const LATE_LOOK_MS = 300;

const startedAt = Date.now();
/** The first line of an error's message, without playwright's `page.evaluate: Error:` wrapping. */
const reason = (error) => String(error?.message ?? error).split('\n')[0].replace(/^page\.evaluate: (Error: )?/, '');
const fail = (message) => {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
};
const log = (...parts) => process.stderr.write(`${String(Math.round((Date.now() - startedAt) / 1000)).padStart(4)}s ${parts.join(' ')}\n`);

const OPTIONS = {
  suites: { type: 'string' },
  rounds: { type: 'string', default: '7' },
  only: { type: 'string' },
  scenarios: { type: 'string' },
  dist: { type: 'string', default: 'dist' },
  'skip-build': { type: 'boolean' },
  compare: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};
let args;
try {
  ({ values: args } = parseArgs({ options: OPTIONS }));
} catch (error) {
  fail(reason(error));
}
if (args.help) {
  const lines = allSuites.map((s) => `  ${s.id}: contenders ${Object.keys(s.contenders).join(',')}; scenarios ${s.scenarios.map((x) => x.id).join(',')}`
    + (s.maxRounds ? `; at most ${s.maxRounds} rounds` : ''));
  process.stdout.write(`node bench/run.mjs [--suites ${allSuites.map((s) => s.id).join(',')}] [--rounds N] [--only CONTENDERS] [--scenarios IDS] [--dist DIR] [--skip-build]\n${lines.join('\n')}\n`);
  process.exit(0);
}
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1) fail(`--rounds must be a positive integer, got ${args.rounds}`);
const listArg = (value) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : null);
const onlySuites = listArg(args.suites);
const onlyContenders = listArg(args.only);
const onlyScenarios = listArg(args.scenarios);
const known = (list, all, what) => {
  const unknown = (list ?? []).filter((id) => !all.includes(id));
  if (unknown.length) fail(`unknown ${what} ${unknown.join(', ')}; known: ${[...new Set(all)].join(', ')}`);
};
known(onlySuites, allSuites.map((s) => s.id), 'suite');
known(onlyContenders, allSuites.flatMap((s) => Object.keys(s.contenders)), 'contender');
known(onlyScenarios, allSuites.flatMap((s) => s.scenarios.map((x) => x.id)), 'scenario');

// ---- the library build: rebuilt when missing or older than src/ ----
const distDir = path.resolve(REPO_DIR, args.dist);
/** The newest modification time of any file under `dir`, in ms. */
const newestMtime = (dir) => fs.readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile())
  .reduce((newest, entry) => Math.max(newest, fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs), 0);
const definePath = path.join(distDir, 'define.js');
const ownDist = path.resolve(REPO_DIR, 'dist') === distDir;
let buildReason = null;
if (!fs.existsSync(definePath)) {
  if (!ownDist) fail(`${definePath} does not exist`);
  buildReason = 'dist/define.js missing';
} else if (ownDist && !args['skip-build'] && newestMtime(path.join(REPO_DIR, 'src')) > fs.statSync(definePath).mtimeMs) {
  buildReason = 'src/ is newer than dist/define.js';
}
if (buildReason) {
  log(`${buildReason}: npm run build`);
  const built = spawnSync('npm', ['run', 'build'], { cwd: REPO_DIR, stdio: ['ignore', process.stderr, process.stderr] });
  if (built.status !== 0 || !fs.existsSync(path.join(distDir, 'define.js'))) {
    fail('npm run build failed or wrote no dist/define.js; nothing to measure (--skip-build measures the dist/ there is)');
  }
}

// ---- what runs: suites, their contenders and scenarios after --only / --scenarios ----
const compareDir = args.compare ? path.resolve(args.compare) : null;
if (compareDir && !fs.existsSync(path.join(compareDir, 'define.js'))) fail(`--compare: ${compareDir}/define.js does not exist`);
/** With --compare, every suite's own contender a second time, from the other build. */
const withComparison = (contenders) => {
  if (!compareDir) return contenders;
  const [, ours] = Object.entries(contenders).find(([, c]) => c.ours) ?? [];
  return ours ? { ...contenders, before: { ...ours, ours: false, distDir: compareDir, label: `${ours.label} (built in ${compareDir})` } } : contenders;
};
const suites = allSuites
  .filter((suite) => !onlySuites || onlySuites.includes(suite.id))
  .map((suite) => ({
    ...suite,
    contenders: Object.fromEntries(Object.entries(withComparison(suite.contenders)).filter(([id]) => !onlyContenders || onlyContenders.includes(id) || id === 'before')),
    scenarios: suite.scenarios.filter((s) => !onlyScenarios || onlyScenarios.includes(s.id)),
  }))
  .filter((suite) => Object.keys(suite.contenders).length > 0 && suite.scenarios.length > 0);
if (suites.length === 0) fail('--suites / --only / --scenarios left nothing to run');

// ---- pages, bundles and data, served from memory ----
const files = new Map();
const bundles = {};
const data = {};
for (const suite of suites) {
  const html = benchPage(suite);
  for (const [id, contender] of Object.entries(suite.contenders)) {
    const bundle = await bundlePage({ harness: suite.harness, contender: contender.module, distDir: contender.distDir ?? distDir })
      .catch((error) => fail(`bundling ${suite.id}/${id} failed: ${error.message}`));
    bundles[`${suite.id}/${id}`] = { bytes: bundle.bytes, gzipBytes: bundle.gzipBytes };
    files.set(`/pages/${suite.id}/${id}/index.html`, { body: html, type: 'text/html; charset=utf-8' });
    files.set(`/pages/${suite.id}/${id}/bundle.js`, { body: bundle.code, type: 'text/javascript; charset=utf-8' });
  }
  const prepared = await suite.prepare({ log });
  data[suite.id] = prepared.data;
  for (const { path: filePath, ...file } of prepared.files ?? []) files.set(filePath, file);
}
log(`bundled ${Object.keys(bundles).length} pages (${Object.entries(bundles).map(([k, b]) => `${k} ${(b.gzipBytes / 1024).toFixed(1)} KiB gz`).join(', ')})`);

const server = await startServer(files);
const browser = await launchBrowser();
log(`serving on ${server.origin}; Chromium ${browser.version()}`);

/** Screenshot of `selector`'s box, clipped to the viewport (long lists would otherwise make huge, mostly unpainted shots). */
async function shoot(page, selector, file) {
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize();
  if (!box) throw new Error(`screenshot: ${selector} has no box`);
  const x = Math.max(0, box.x);
  const y = Math.max(0, box.y);
  const clip = { x, y, width: Math.min(box.x + box.width, viewport.width) - x, height: Math.min(box.y + box.height, viewport.height) - y };
  if (clip.width <= 0 || clip.height <= 0) throw new Error(`screenshot: ${selector} is outside the viewport`);
  await page.screenshot({ path: file, clip });
}

/** Problems (page errors, external requests, failed samples) by `suite/contender`. */
const problems = {};
const report = (where, message) => (problems[where] ??= []).push(message);

async function openContender(suite, contender) {
  const where = `${suite.id}/${contender}`;
  const bench = await openBenchPage(browser, {
    url: `${server.origin}/pages/${suite.id}/${contender}/`,
    origin: server.origin,
    timeoutMs: CALL_TIMEOUT_MS,
    onProblem: (message) => report(where, message),
  });
  const unavailable = await bench.page.evaluate(() => globalThis.__bench.unavailable);
  if (unavailable) {
    await bench.close();
    throw new Error(unavailable);
  }
  return bench;
}

// ---- sanity pass: render a sample, look at it twice, screenshot it ----
fs.mkdirSync(SHOTS_DIR, { recursive: true });
const sanity = [];
const fatal = [];
log('sanity pass');
for (const suite of suites) {
  for (const [contender, meta] of Object.entries(suite.contenders)) {
    for (const check of suite.sanity) {
      const record = { suite: suite.id, contender, check: check.id, informational: Boolean(check.informational), lateMs: LATE_LOOK_MS };
      let bench;
      try {
        bench = await openContender(suite, contender);
        const count = check.count ?? suite.sampleSize;
        await check.run(bench, data[suite.id]);
        record.atRender = await bench.call('inspect', count);
        await bench.page.waitForTimeout(LATE_LOOK_MS);
        record.later = await bench.call('inspect', count);
        if (!check.informational) {
          record.shot = path.relative(REPO_DIR, path.join(SHOTS_DIR, `${suite.id}-${contender}-${check.id}.png`));
          await shoot(bench.page, suite.shotSelector, path.join(REPO_DIR, record.shot));
        }
      } catch (error) {
        record.error = reason(error);
      } finally {
        await bench?.close();
      }
      sanity.push(record);
      const { atRender, later } = record;
      log(`  ${suite.id}/${contender} ${check.id}: ${record.error ? `ERROR ${record.error}`
        : `${atRender.withContent}/${atRender.total} show something, ${atRender.size}${atRender.detail ? ` (${atRender.detail})` : ''}, e.g. ${later.shows.slice(0, 4).join(' | ')}`}`);
      if (atRender?.orderOk === false) report(`${suite.id}/${contender}`, `${check.id}: ${atRender.detail}`);
      if (later && later.withContent > atRender.withContent && !check.informational) {
        report(`${suite.id}/${contender}`, `${check.id}: ${later.withContent - atRender.withContent} of ${atRender.total} `
          + `showed content only ${LATE_LOOK_MS} ms after "fully rendered": its timings understate the work`);
      }
      if (meta.ours && !check.informational && (record.error || atRender.total === 0 || atRender.withContent < atRender.total)) {
        fatal.push(`${suite.id}/${contender} ${check.id}: ${record.error
          ?? (atRender.total === 0 ? 'nothing rendered: no elements / rows to inspect'
            : `only ${atRender.withContent} of ${atRender.total} rendered elements show what they should (${atRender.detail ?? 'a painted canvas, a loaded image, an SVG or text'})`)}`);
      }
    }
  }
}

// ---- timed rounds, interleaved: each round runs every contender once per scenario, start rotated ----
const samples = {};
const rotate = (list, k) => list.map((_, i) => list[(i + k) % list.length]);
if (fatal.length === 0) {
  for (let round = 0; round < rounds; round += 1) {
    const line = [];
    for (const suite of suites) {
      if (suite.maxRounds && round >= suite.maxRounds) continue;
      for (const scenario of suite.scenarios) {
        const contenders = Object.keys(suite.contenders).filter((c) => !scenario.contenders || scenario.contenders.includes(c));
        for (const contender of rotate(contenders, round)) {
          let bench;
          try {
            bench = await openContender(suite, contender);
            await scenario.setup?.(bench, data[suite.id]);
            await bench.collectGarbage();
            const value = await scenario.measure(bench, data[suite.id]);
            const values = scenario.metrics ? value : { [scenario.id]: value };
            const metrics = scenario.metrics ?? [scenario];
            for (const metric of metrics) {
              if (typeof values[metric.id] !== 'number' || !Number.isFinite(values[metric.id])) throw new Error(`${metric.id} is ${values[metric.id]}, not a number`);
            }
            for (const [id, x] of Object.entries(values)) {
              ((samples[suite.id] ??= {})[id] ??= {})[contender] ??= [];
              samples[suite.id][id][contender].push(x);
            }
            line.push(`${contender}:${metrics.map((m) => `${m.id}=${formatValue(values[m.id], m.unit)}`).join(',')}`);
          } catch (error) {
            report(`${suite.id}/${contender}`, `${scenario.id}: ${reason(error)}`);
            line.push(`${scenario.id}/${contender}=ERR`);
          } finally {
            await bench?.close();
          }
        }
      }
    }
    log(`round ${round + 1}/${rounds}: ${line.join(' ')}`);
  }
}

const chromium = browser.version();
await browser.close();
await server.close();

// ---- report ----
const tables = tabulate(suites, samples);
const env = {
  when: new Date().toISOString(),
  chromium,
  node: process.version,
  cpus: os.cpus().length,
  platform: `${os.platform()} ${os.arch()}`,
  rounds,
  suiteRounds: Object.fromEntries(suites.map((s) => [s.id, Math.min(rounds, s.maxRounds ?? rounds)])),
  dist: path.relative(REPO_DIR, distDir) || '.',
  only: onlyContenders,
  scenarios: onlyScenarios,
  suites: onlySuites,
  wallSeconds: Math.round((Date.now() - startedAt) / 1000),
};
const markdown = markdownReport({ tables, env, sanity, problems, bundles, suites });
fs.writeFileSync(path.join(RESULTS_DIR, 'latest.md'), `${markdown}\n`);
fs.writeFileSync(path.join(RESULTS_DIR, 'latest.json'), `${JSON.stringify({ env, tables, sanity, problems, bundles, fatal, samples }, null, 1)}\n`);

if (fatal.length > 0) {
  for (const message of fatal) log(`FATAL ${message}`);
  log('our contender failed the sanity pass (see bench/results/latest.md and shots/); no timings taken');
  process.exitCode = 1;
} else {
  for (const table of tables) {
    const n = env.suiteRounds[table.id];
    process.stdout.write(`## ${table.title}${n !== rounds ? ` (${n} rounds)` : ''}\n\n${summaryTable(table)}\n\n${coverageLines(table.id, sanity).map((l) => `${l}\n\n`).join('')}`);
  }
  const problemCount = Object.values(problems).reduce((n, list) => n + list.length, 0);
  if (problemCount) log(`${problemCount} problems recorded: see bench/results/latest.md`);
  log(`wrote bench/results/latest.{md,json} and shots/ in ${env.wallSeconds} s`);
}
