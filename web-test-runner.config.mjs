// Browser tests: Debian's Chromium (or CHROME_PATH), never a downloaded browser.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { testServerMiddleware } from './test/helpers/test-server.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  concurrency: 2,
  testsFinishTimeout: 180_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [testServerMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          '--font-render-hinting=none',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 20_000 } },
  reporters: [process.env.CI ? summaryReporter({ flatten: false }) : defaultReporter(), countReporter('browser')],
};
