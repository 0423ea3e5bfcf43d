// @custom-elements-manifest/analyzer: custom-elements.json from the elements' JSDoc (`npm run build`).
import { manifestFixes } from './scripts/cem-manifest-fixes.mjs';

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  plugins: [manifestFixes()],
};
