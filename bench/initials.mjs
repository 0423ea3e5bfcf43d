// Benchmark of initials() in Node: median time per call for very long names, beside ordinary ones. The
// linear-time (and bounded-time) claim is proven here rather than in a timed unit test.
// Usage: node bench/initials.mjs [rounds]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const rounds = Number(process.argv[2] ?? 21);
const directory = mkdtempSync(join(tmpdir(), 'initials-bench-'));
const outfile = join(directory, 'initials.mjs');
await build({
  entryPoints: ['src/initials/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile,
  logLevel: 'warning',
});
const { initials } = await import(pathToFileURL(outfile).href);
rmSync(directory, { recursive: true, force: true });

const international = ['Ada', 'Lovelace', 'Émile', 'Иван', 'خسرو', 'דוד', 'क्षितिज', 'สมชาย', '李小龙', '김민준', '👨‍👩‍👧‍👦'];
const words = (count) => Array.from({ length: count }, (_, index) => international[index % international.length]);
const scenarios = [
  ['ordinary name', 'Ada Lovelace'],
  ['ordinary name with title, nickname, suffix', 'Dr. Robert "Bob" Smith (he/him), Jr.'],
  ['10,000-character name', `Ada ${'x'.repeat(9_987)} Lovelace`],
  ['10,000-character international name', words(2_000).join(' ').slice(0, 10_000)],
  ['2,000-word name', words(2_000).join(' ')],
  ['100 kB name', `Ada ${'Middle '.repeat(14_285)}Lovelace`],
  ['100 kB of combining marks', `A${'\u0301'.repeat(100_000)}`],
  ['100 kB of brackets', '('.repeat(100_000)],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

console.log(`initials() in Node ${process.version}: median of ${rounds} rounds, each the mean of a batch of calls\n`);
console.log('scenario'.padEnd(46), 'length'.padStart(8), 'median µs/call'.padStart(16), 'result'.padStart(10));
for (const [label, name] of scenarios) {
  // Warm up so the JIT has compiled the code paths this name takes.
  for (let index = 0; index < 5_000; index += 1) initials(name);
  const batch = 1_000;
  const times = [];
  let result = '';
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    for (let index = 0; index < batch; index += 1) result = initials(name);
    times.push(((performance.now() - start) * 1000) / batch);
  }
  console.log(
    label.padEnd(46),
    String(name.length).padStart(8),
    median(times).toFixed(2).padStart(16),
    JSON.stringify(result).padStart(10),
  );
}
