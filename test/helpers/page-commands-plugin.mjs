// Test-runner plugin with commands that need the browser side of the page:
// - `save-screenshot` {name, clip}: writes a PNG of a page region to .test-results/screenshots/<name>.png;
// - `set-device-scale-factor` {factor}: emulates a screen of that device pixel ratio (800×600 CSS px);
// - `emulate-media-features` {features: [{name, value}]}: emulates media features such as prefers-color-scheme.
import { mkdirSync } from 'node:fs';

export function pageCommandsPlugin() {
  return {
    name: 'page-commands',
    async executeCommand({ command, payload, session }) {
      if (!['save-screenshot', 'set-device-scale-factor', 'emulate-media-features'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'emulate-media-features') {
        await page.emulateMediaFeatures(payload.features);
        return true;
      }
      if (command === 'set-device-scale-factor') {
        await page.setViewport({ width: 800, height: 600, deviceScaleFactor: Number(payload.factor) });
        return true;
      }
      const name = String(payload.name).replace(/[^\w.-]+/g, '-');
      mkdirSync('.test-results/screenshots', { recursive: true });
      const { x, y, width, height } = payload.clip;
      await page.screenshot({
        path: `.test-results/screenshots/${name}.png`,
        clip: { x: Math.max(0, x - 8), y: Math.max(0, y - 8), width: width + 16, height: height + 16 },
      });
      return true;
    },
  };
}
