// Browser-side wrappers of the commands in page-commands-plugin.mjs.
import { executeServerCommand } from '@web/test-runner-commands';

/** Saves a screenshot of `el` to .test-results/screenshots/<name>.png, to look at after the run. */
export async function saveScreenshot(name: string, el: Element): Promise<void> {
  const { x, y, width, height } = el.getBoundingClientRect();
  const saved = await executeServerCommand('save-screenshot', { name, clip: { x, y, width, height } });
  if (saved !== true) throw new Error(`screenshot ${name} was not saved`);
}

/** Emulates a screen with this device pixel ratio until set back. */
export async function setDeviceScaleFactor(factor: number): Promise<void> {
  const done = await executeServerCommand('set-device-scale-factor', { factor });
  if (done !== true) throw new Error('device scale factor not set');
}

/** Emulates media features (`[{ name: 'prefers-color-scheme', value: 'dark' }]`); an empty list resets them. */
export async function emulateMediaFeatures(features: ReadonlyArray<{ name: string; value: string }>): Promise<void> {
  const done = await executeServerCommand('emulate-media-features', { features });
  if (done !== true) throw new Error('media features not emulated');
}
