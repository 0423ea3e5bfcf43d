// Runs the host-page suite (test/host-pages/: the library in real host pages in headless Chromium —
// strict CSP, hostile global CSS, no globals, the React and Vue examples) with node:test; totals go to
// .test-results/host-pages.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';

mkdirSync('.test-results', { recursive: true });
// Listed, not left to `node --test test/host-pages/`: from Node 21 a directory argument is taken as a
// glob that matches the directory itself, which then fails as a module (nodejs/node#64555).
const files = readdirSync('test/host-pages').filter((file) => file.endsWith('.test.mjs')).map((file) => `test/host-pages/${file}`);
const { status } = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs', '--test-reporter-destination=.test-results/host-pages.json',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(status ?? 1);
