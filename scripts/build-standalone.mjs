// Writes dist/social-hour-profile.min.js: src/define.ts with Lit, @lit/task, the virtualizer and jose
// inside, one minified ES module for `<script type="module">` from a CDN or the host's own server.
// `minifiedBundle` is also what scripts/report-sizes.mjs measures the per-export budgets with.
import { build, transform } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

export const standaloneFile = 'dist/social-hour-profile.min.js';

/** esbuild options shared by the standalone bundle and the size report. */
const bundleOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // Lit's and jose's notices stay in the file (their licences ask for it), once each, at the end.
  legalComments: 'eof',
  logLevel: 'warning',
};

/**
 * Minifies the CSS of the elements' `css` templates (the `*.styles.ts` modules) with esbuild's CSS
 * minifier; a template with `${...}` or a backslash is left as written. Whitespace and comments only: the
 * JS minifier keeps template text verbatim.
 */
const minifiedStyles = {
  name: 'minified-styles',
  setup(bundler) {
    bundler.onLoad({ filter: /\/src\/.*\.styles\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      let contents = '';
      let end = 0;
      for (const match of source.matchAll(/\bcss`([^`\\$]*)`/g)) {
        const { code } = await transform(match[1], { loader: 'css', minify: true });
        contents += `${source.slice(end, match.index)}css\`${code.trim()}\``;
        end = match.index + match[0].length;
      }
      return { contents: contents + source.slice(end), loader: 'ts' };
    });
  },
};

/**
 * Bundles `entry` with every dependency inside, minified. Fails when a dependency resolved to a
 * development build (Lit's `development/` files carry warnings and are larger).
 */
export async function minifiedBundle(entry, { outfile, sourcemap = false, minifyStyles = false } = {}) {
  const result = await build({
    ...bundleOptions,
    entryPoints: [entry],
    plugins: minifyStyles ? [minifiedStyles] : [],
    ...(outfile ? { outfile, sourcemap: sourcemap ? 'linked' : false } : { write: false }),
    metafile: true,
  });
  const developmentBuilds = Object.keys(result.metafile.inputs).filter((input) => input.includes('/development/'));
  if (developmentBuilds.length > 0) throw new Error(`development builds bundled: ${developmentBuilds.join(', ')}`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await minifiedBundle('src/define.ts', { outfile: standaloneFile, sourcemap: true, minifyStyles: true });
  console.log(`wrote ${standaloneFile}`);
}
