// Runs the packaging test (test/package/: the packed tarball installed into a fresh project, used from Node
// and Chromium) with node:test; totals go to .test-results/package.json. Builds first when dist/ is missing
// or older than its sources. Then prints the bundle sizes against their budgets, as information only: the
// budgets are not met yet (see scripts/report-sizes.mjs), and a size report must not block `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { standaloneFile } from './build-standalone.mjs';

/** What the build writes that the package ships: every file `exports` names, the standalone bundle, the manifest. */
function builtFiles() {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  const targets = Object.values(exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  return [...new Set([...targets, standaloneFile, 'custom-elements.json'])];
}

/** The newest modification time among the build's inputs. */
function newestSource() {
  const inputs = [
    ...readdirSync('src', { recursive: true }).map((file) => path.join('src', file)),
    'package.json',
    'vite.config.ts',
    'tsconfig.json',
    'tsconfig.build.json',
    'custom-elements-manifest.config.mjs',
    'scripts/build-standalone.mjs',
    'scripts/cem-manifest-fixes.mjs',
  ];
  return Math.max(...inputs.filter((file) => existsSync(file)).map((file) => statSync(file).mtimeMs));
}

const outputs = builtFiles();
const missing = outputs.filter((file) => !existsSync(file));
const stale = missing.length === 0 && Math.min(...outputs.map((file) => statSync(file).mtimeMs)) < newestSource();
if (missing.length > 0 || stale) {
  console.log(missing.length > 0 ? `building: ${missing.join(', ')} missing` : 'building: dist/ is older than its sources');
  // The build's file-by-file listing only matters when it fails.
  const built = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (built.status !== 0) {
    process.stdout.write(built.stdout);
    process.stderr.write(built.stderr);
    process.exit(built.status ?? 1);
  }
}

mkdirSync('.test-results', { recursive: true });
const { status } = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-count-reporter.mjs', '--test-reporter-destination=.test-results/package.json',
    'test/package/package.test.mjs',
  ],
  { stdio: 'inherit' },
);
if (status === 0) spawnSync(process.execPath, ['scripts/report-sizes.mjs'], { stdio: 'inherit' });
process.exit(status ?? 1);
