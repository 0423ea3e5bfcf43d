// Runs the DOM-free suites (token, initials, lists) in Node: esbuild compiles the same test files the browser
// runs, node:test executes them with mocha-style globals, and the totals go to .test-results/node.json.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';

const outdir = '.test-results/node-build';
const entryPoints = ['test/token', 'test/initials', 'test/lists'].filter((dir) => existsSync(dir)).flatMap((dir) =>
  readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `${dir}/${file}`),
);
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints,
  outdir,
  outbase: 'test',
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const files = entryPoints.map((file) => `${outdir}/${file.slice('test/'.length).replace(/\.ts$/, '.js')}`);
const { status } = spawnSync(
  process.execPath,
  [
    '--enable-source-maps',
    '--import', './scripts/node-test-globals.mjs',
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs', '--test-reporter-destination=.test-results/node.json',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(status ?? 1);
