// Where the time goes: one suite's harness call in headless Chromium under the V8 CPU profiler.
//   node bench/profile.mjs --suite cards --contender ours [--call render] [--before load] [--top 40] [--trace]
//                          [--out bench/results/cards-ours.cpuprofile]
// Prints the functions with the most self time (and by script), and writes the .cpuprofile (open it in DevTools).
// --call and --before name harness calls that take no arguments (cards: render; list: load, scroll).
// --before: harness calls made first, untimed (comma-separated). --trace: a Chromium trace instead, summed by
// event name, with what the tasks over 50 ms were made of.
// Uses dist/ as it is: run `npm run build` first.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundlePage } from './bundle.mjs';
import { benchPage } from './pages/page.mjs';
import { startServer } from './server.mjs';
import { launchBrowser, openBenchPage } from './browser.mjs';
import { suites } from './scenarios/index.mjs';

const BENCH_DIR = import.meta.dirname;
const { values: args } = parseArgs({
  options: {
    suite: { type: 'string', default: 'cards' },
    contender: { type: 'string', default: 'ours' },
    call: { type: 'string', default: 'render' },
    top: { type: 'string', default: '40' },
    out: { type: 'string' },
    trace: { type: 'boolean' },
    before: { type: 'string' },
  },
});
const suite = suites.find((s) => s.id === args.suite);
if (!suite) throw new Error(`unknown suite ${args.suite}; known: ${suites.map((s) => s.id).join(', ')}`);
const contender = suite.contenders[args.contender];
if (!contender) throw new Error(`unknown contender ${args.contender}; known: ${Object.keys(suite.contenders).join(', ')}`);

const files = new Map();
const bundle = await bundlePage({ harness: suite.harness, contender: contender.module, distDir: path.resolve(BENCH_DIR, '..', 'dist') });
files.set('/page/index.html', { body: benchPage(suite), type: 'text/html; charset=utf-8' });
files.set('/page/bundle.js', { body: bundle.code, type: 'text/javascript; charset=utf-8' });
const log = (...parts) => process.stderr.write(`${parts.join(' ')}\n`);
for (const { path: filePath, ...file } of (await suite.prepare({ log })).files ?? []) files.set(filePath, file);

/** --trace: main-thread time by trace event (Layout, UpdateLayoutTree, Paint, FunctionCall, ...). */
async function traceCall(bench, cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'blink', 'v8.execute'] }, transferMode: 'ReportEvents' });
  const result = await bench.call(args.call);
  await cdp.send('Tracing.end');
  await done;
  log(JSON.stringify(result));
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number');
  const byName = new Map();
  for (const e of own) {
    const entry = byName.get(e.name) ?? { us: 0, n: 0, max: 0 };
    entry.us += e.dur; entry.n += 1; entry.max = Math.max(entry.max, e.dur);
    byName.set(e.name, entry);
  }
  const table = (map) => [...map].sort((a, b) => b[1].us - a[1].us).slice(0, Number(args.top)).map(([name, e]) =>
    `${(e.us / 1000).toFixed(1).padStart(8)} ms ×${String(e.n).padStart(5)} max ${(e.max / 1000).toFixed(1).padStart(6)} ms  ${name}`).join('\n');
  process.stdout.write(`main-thread trace events (inclusive; nested events overlap)\n${table(byName)}\n`);
  // Top-level events: those no other event of the thread encloses.
  const sorted = [...own].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const topLevel = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts >= end) {
      topLevel.push(e);
      end = e.ts + e.dur;
    }
  }
  const tasks = topLevel.filter((e) => e.dur > 50_000).sort((a, b) => b.dur - a.dur);
  process.stdout.write(`\n${tasks.length} top-level events over 50 ms\n`);
  for (const task of tasks.slice(0, 5)) {
    const inside = new Map();
    for (const e of own) {
      if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
      const entry = inside.get(e.name) ?? { us: 0, n: 0, max: 0 };
      entry.us += e.dur; entry.n += 1; entry.max = Math.max(entry.max, e.dur);
      inside.set(e.name, entry);
    }
    process.stdout.write(`\n${task.name} of ${(task.dur / 1000).toFixed(1)} ms at ${((task.ts - own[0].ts) / 1000).toFixed(0)} ms:\n${table(inside).split('\n').slice(0, 14).join('\n')}\n`);
  }
}

const server = await startServer(files);
const browser = await launchBrowser();
try {
  const bench = await openBenchPage(browser, { url: `${server.origin}/page/`, origin: server.origin, timeoutMs: 150_000, onProblem: log });
  const cdp = await bench.page.context().newCDPSession(bench.page);
  for (const call of (args.before ?? '').split(',').filter(Boolean)) await bench.call(call);
  await bench.collectGarbage();
  if (args.trace) {
    await traceCall(bench, cdp);
    await bench.close();
    process.exit(0);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await bench.call(args.call);
  const { profile } = await cdp.send('Profiler.stop');
  log(JSON.stringify(result));
  const out = args.out ?? path.join(BENCH_DIR, 'results', `${args.suite}-${args.contender}.cpuprofile`);
  fs.writeFileSync(out, JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i] ?? 0)));
  const byFunction = new Map();
  const byScript = new Map();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const script = url.replace(server.origin, '') || '(native)';
    const name = `${functionName || '(anonymous)'} ${script}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byScript.set(script, (byScript.get(script) ?? 0) + us);
  }
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const rows = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))
    .map(([name, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`).join('\n');
  process.stdout.write(`total sampled ${(total / 1000).toFixed(0)} ms\n\nself time by function\n${rows(byFunction)}\n\nby script\n${rows(byScript)}\n`);
  log(`wrote ${path.relative(process.cwd(), out)}`);
  await bench.close();
} finally {
  await browser.close();
  await server.close();
}
