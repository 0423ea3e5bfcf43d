// Prints raw, gzip and brotli sizes of what a page loads, against the budgets of the distribution issue:
// the standalone bundle, <sh-avatar> alone with Lit, and `./token` alone with jose (each minified, every
// dependency inside). `--check` exits 1 when a budget is exceeded; `--breakdown` lists the biggest inputs.
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minifiedBundle, standaloneFile } from './build-standalone.mjs';

/** Budgets in kB (1000 bytes) of gzip. */
const budgets = [
  { label: 'standalone bundle (everything)', entry: 'src/define.ts', file: standaloneFile, gzipKb: 24 },
  { label: '<sh-avatar> alone with Lit', entry: 'src/elements/avatar/sh-avatar.ts', gzipKb: 9 },
  { label: './token alone with jose', entry: 'src/token/index.ts', gzipKb: 8 },
];

const check = process.argv.includes('--check');
const breakdown = process.argv.includes('--breakdown');

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** Minified bytes per package (or per src/ directory) in a bundle's metafile, largest first. */
function inputsByPackage(metafile) {
  const totals = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const group = input.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1').replace(/^(src\/[^/]+(\/[^/.]+)?)\/.*$/, '$1');
      totals.set(group, (totals.get(group) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const rows = [];
for (const budget of budgets) {
  const result = await minifiedBundle(budget.entry);
  // The standalone line measures the shipped file when it is built, so the report matches dist/.
  const bytes = budget.file && existsSync(budget.file) ? readFileSync(budget.file) : result.outputFiles[0].contents;
  const gzipBytes = gzip(bytes);
  rows.push({ ...budget, raw: bytes.length, gzipBytes, brotliBytes: brotli(bytes), pass: gzipBytes <= budget.gzipKb * 1000, result });
}

const width = Math.max(...rows.map((row) => row.label.length));
console.log(`${'bundle'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}  budget (gzip)`);
for (const row of rows) {
  console.log(
    `${row.label.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzipBytes).padStart(9)}  ${kb(row.brotliBytes).padStart(9)}  ` +
      `${row.pass ? 'pass' : 'FAIL'} (${row.gzipKb} kB${row.pass ? '' : `, over by ${kb(row.gzipBytes - row.gzipKb * 1000)}`})`,
  );
  if (breakdown) {
    for (const [group, bytes] of inputsByPackage(row.result.metafile).slice(0, 12)) {
      console.log(`    ${kb(bytes).padStart(9)} minified  ${group}`);
    }
  }
}
const failed = rows.filter((row) => !row.pass).length;
console.log(failed === 0 ? 'all size budgets met' : `${failed} of ${rows.length} size budgets exceeded${check ? '' : ' (report only)'}`);
if (check && failed > 0) process.exit(1);
