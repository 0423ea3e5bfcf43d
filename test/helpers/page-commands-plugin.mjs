// Test-runner plugin with commands that need the browser side of the page:
// - `save-screenshot` {name, clip}: writes a PNG of a page region to .test-results/screenshots/<name>.png;
// - `set-device-scale-factor` {factor}: emulates a screen of that device pixel ratio (800×600 CSS px).
import { mkdirSync } from 'node:fs';

export function pageCommandsPlugin() {
  return {
    name: 'page-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'save-screenshot' && command !== 'set-device-scale-factor') return undefined;
      const page = session.browser.getPage(session.id);
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
