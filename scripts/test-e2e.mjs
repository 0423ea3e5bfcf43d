// Runs the end-to-end suite (test/e2e/: the playground in headless Chromium) with node:test; totals go to
// .test-results/e2e.json. demo/host-server.mjs imports the built social-hour-profile/token, so the library
// is built first when that file is missing (as on a fresh clone, where npm test runs before the build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const builtToken = fileURLToPath(import.meta.resolve('social-hour-profile/token'));
if (!existsSync(builtToken)) {
  console.log(`${builtToken} missing: building the library (vite build)`);
  const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
mkdirSync('.test-results', { recursive: true });
// Listed, not left to `node --test test/e2e/`: Node 20's directory search skips names like *.e2e.mjs.
const files = readdirSync('test/e2e').filter((file) => file.endsWith('.e2e.mjs')).map((file) => `test/e2e/${file}`);
const { status } = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs', '--test-reporter-destination=.test-results/e2e.json',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(status ?? 1);
