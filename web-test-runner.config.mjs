// Browser tests: Debian's Chromium (or CHROME_PATH), never a downloaded browser.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { testServerMiddleware } from './test/helpers/test-server.mjs';
import { pageCommandsPlugin } from './test/helpers/page-commands-plugin.mjs';

import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // One page at a time: headless Chromium gives a second, background page no animation frames, and
  // fixtures, IntersectionObserver and screenshots wait for frames.
  concurrency: 1,
  testsFinishTimeout: 180_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), pageCommandsPlugin()],
  middleware: [testServerMiddleware],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: [...chromiumArgs] } })],
  testFramework: { config: { timeout: 20_000 } },
  reporters: [process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(), countReporter('browser')],
};
