// Turns the benchmark's samples into medians, ratios against the baselines, target verdicts and Markdown.

/** Median, min, max and count of a list of samples, or null when there are none. */
export function summarize(samples) {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length, samples };
}

/**
 * Per suite and scenario: each contender's summary, ours' ratio to every baseline, and the target verdict.
 * @param {import('./scenarios/index.mjs').Suite[]} suites
 * @param {Record<string, Record<string, Record<string, number[]>>>} samples  suite → scenario → contender → samples
 */
export function tabulate(suites, samples) {
  return suites.map((suite) => {
    const ours = Object.keys(suite.contenders).find((c) => suite.contenders[c].ours);
    const baselines = Object.keys(suite.contenders).filter((c) => suite.contenders[c].baseline);
    // A scenario with `metrics` gives one row per metric; the others one row of their own.
    const rows = suite.scenarios.flatMap((s) => s.metrics ?? [s]);
    const scenarios = rows.filter((s) => samples[suite.id]?.[s.id]).map((scenario) => {
      const stats = Object.fromEntries(Object.entries(samples[suite.id][scenario.id]).map(([c, xs]) => [c, summarize(xs)]));
      const ratio = (vs) => (stats[ours] && stats[vs] && stats[vs].median !== 0 ? stats[ours].median / stats[vs].median : null);
      const ratios = Object.fromEntries(baselines.map((b) => [b, ratio(b)]));
      let verdict = null;
      const target = scenario.target;
      if (target && 'under' in target) {
        verdict = stats[ours] ? (stats[ours].median < target.under ? 'pass' : 'FAIL') : 'n/a';
      } else if (target) {
        const r = ratio(target.vs);
        verdict = r == null ? 'n/a' : r <= target.max ? 'pass' : 'FAIL';
      }
      return { id: scenario.id, title: scenario.title, unit: scenario.unit, target: target ?? null, stats, ratios, verdict };
    });
    return { id: suite.id, title: suite.title, ours, baselines, contenders: Object.keys(suite.contenders), scenarios };
  });
}

const num = (x, unit) => (x == null ? 'n/a' : unit === 'MiB' ? x.toFixed(2) : unit === 'count' ? String(Math.round(x * 10) / 10) : x.toFixed(x < 100 ? 1 : 0));
/** A sample as the progress log prints it. */
export const formatValue = (x, unit) => (unit === 'MiB' ? x.toFixed(2) : unit === 'count' ? String(x) : x.toFixed(0));
/** `median (min–max)`, the range only when there are several samples. */
const withRange = (st, unit) => (!st ? 'n/a' : st.n > 1 ? `${num(st.median, unit)} (${num(st.min, unit)}–${num(st.max, unit)})` : num(st.median, unit));
const targetText = (t, unit) => (!t ? '' : 'under' in t ? `< ${t.under} ${unit}` : `≤ ${t.max}× ${t.vs}`);
const times = (x) => (x == null ? 'n/a' : `${x.toFixed(2)}×`);
const cell = (s) => String(s).replace(/\|/g, '\\|');

/** The headline table of one tabulated suite: every contender's median (min–max), ratios of medians, targets. */
export function summaryTable(table) {
  const head = ['scenario', ...table.contenders, ...table.baselines.map((b) => `${table.ours} × ${b}`), 'target', 'verdict'];
  const rows = table.scenarios.map((s) => [
    `${s.id} ${s.title} (${s.unit})`,
    ...table.contenders.map((c) => withRange(s.stats[c], s.unit)),
    ...table.baselines.map((b) => times(s.ratios[b])),
    targetText(s.target, s.unit),
    s.verdict ?? '',
  ]);
  return markdownTable(head, rows, [false, ...head.slice(1, -2).map(() => true), false, false]);
}

/** One line per informational sanity check of a suite: how many elements of each contender show content. */
export function coverageLines(suiteId, sanity) {
  const byCheck = new Map();
  for (const s of sanity.filter((r) => r.suite === suiteId && r.informational)) {
    const text = s.error ? `${s.contender} ERROR` : `${s.contender} ${s.atRender.withContent}/${s.atRender.total}`
      + (s.atRender.detail ? ` [${s.atRender.detail}]` : '')
      + (s.later.withContent !== s.atRender.withContent ? ` (${s.later.withContent} after ${s.lateMs} ms)` : '');
    byCheck.set(s.check, [...(byCheck.get(s.check) ?? []), text]);
  }
  return [...byCheck].map(([check, texts]) => `Showing content when the clock stops (\`${check}\`, untimed): ${texts.join(', ')}.`);
}

/** Median, min, max and n of every contender in every scenario of one tabulated suite. */
export function detailTable(table) {
  const rows = [];
  for (const s of table.scenarios) {
    for (const c of table.contenders) {
      const st = s.stats[c];
      rows.push([s.id, c, num(st?.median, s.unit), num(st?.min, s.unit), num(st?.max, s.unit), st?.n ?? 0]);
    }
  }
  return markdownTable(['scenario', 'contender', 'median', 'min', 'max', 'n'], rows, [false, false, true, true, true, true]);
}

/** A Markdown table; `right[i]` right-aligns column i. */
export function markdownTable(head, rows, right = []) {
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), `|${head.map((_, i) => (right[i] ? '---:' : '---')).join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * The full Markdown report.
 * @param {{tables: ReturnType<typeof tabulate>, env: object, sanity: object[], problems: Record<string, string[]>,
 *   bundles: Record<string, {bytes: number, gzipBytes: number}>, suites: import('./scenarios/index.mjs').Suite[]}} run
 */
export function markdownReport({ tables, env, sanity, problems, bundles, suites }) {
  const out = [`# Benchmark: social-hour-profile`, '',
    `${env.when} · Chromium ${env.chromium} · Node ${env.node} · ${env.cpus} CPUs · ${env.rounds} rounds, interleaved, `
    + `fresh context + page per sample · dist: \`${env.dist}\` · wall ${env.wallSeconds} s`, '',
    'Medians (min–max over the rounds). Ratios are ours ÷ baseline medians within this run; lower is better. Only compare numbers from one run.', ''];
  for (const table of tables) {
    const suite = suites.find((s) => s.id === table.id);
    const n = env.suiteRounds?.[table.id];
    out.push(`## ${table.title}`, '', ...(n != null && n !== env.rounds ? [`${n} rounds (this suite is capped at ${suite.maxRounds}).`, ''] : []), summaryTable(table), '', ...coverageLines(table.id, sanity), '', '<details><summary>all contenders</summary>', '', detailTable(table), '', '</details>', '');
    out.push('Contenders:', '', ...Object.entries(suite.contenders).map(([id, c]) => `- \`${id}\`: ${c.label}`), '');
  }
  out.push('## Sanity pass (untimed)', '', markdownTable(
    ['suite', 'contender', 'check', 'with content at "rendered"', 'later', 'size', 'detail', 'first shown'],
    sanity.map((s) => [s.suite, s.contender, s.check, s.error ? `ERROR: ${s.error}` : `${s.atRender.withContent}/${s.atRender.total}`,
      s.later ? `${s.later.withContent}/${s.later.total}` : '', s.atRender?.size ?? '', s.atRender?.detail ?? '',
      (s.later?.shows ?? []).slice(0, 6).map((x) => x.slice(0, 40)).join(', ')]),
  ), '', 'Screenshots: `bench/results/shots/<suite>-<contender>-<check>.png`.', '');
  out.push('## Page bundles (esbuild, minified)', '', markdownTable(['bundle', 'bytes', 'gzip -9'],
    Object.entries(bundles).map(([k, b]) => [k, b.bytes, b.gzipBytes]), [false, true, true]), '');
  const reported = Object.entries(problems).filter(([, list]) => list.length);
  out.push('## Problems', '');
  if (reported.length === 0) out.push('None: no page errors, console errors, external requests or failed samples.');
  for (const [where, list] of reported) {
    const counts = new Map();
    for (const p of list) counts.set(p, (counts.get(p) ?? 0) + 1);
    out.push(`- **${where}**: ${[...counts].slice(0, 8).map(([p, n]) => `${n}× ${p}`).join('; ')}`);
  }
  out.push('');
  return out.join('\n');
}
