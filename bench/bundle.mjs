// Bundles each benchmark page (harness + one contender) with esbuild, minified and in memory, as production does.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const PAGES_DIR = path.join(import.meta.dirname, 'pages');
const REPO_MODULES = path.join(import.meta.dirname, '..', 'node_modules');

/**
 * Resolves `@sh-dist/<file>` to `<distDir>/<file>`, so contender modules import the built library from
 * whichever folder `--dist` names.
 */
function distAlias(distDir) {
  return {
    name: 'sh-dist',
    setup(b) {
      b.onResolve({ filter: /^@sh-dist\// }, (args) => ({ path: path.join(distDir, args.path.slice('@sh-dist/'.length)) }));
    },
  };
}

/**
 * One ES module: `start(contender)` from `harness`, with the contender module's default export.
 * Paths are relative to bench/pages/. Bare specifiers (`lit`, `jose`) resolve from the repo's node_modules
 * even when `distDir` lies outside the repo.
 * @param {{harness: string, contender: string, distDir: string, minify?: boolean}} options  (`minify: false` for profiling)
 * @returns {Promise<{code: string, bytes: number, gzipBytes: number}>}
 */
export async function bundlePage({ harness, contender, distDir, minify = true }) {
  const result = await build({
    stdin: {
      contents: `import { start } from './${harness}';\nimport contender from './${contender}';\nstart(contender);\n`,
      resolveDir: PAGES_DIR,
      sourcefile: `${contender}.entry.js`,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    write: false,
    logLevel: 'silent',
    nodePaths: [REPO_MODULES],
    plugins: [distAlias(distDir)],
  });
  const code = result.outputFiles[0].text;
  return { code, bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length };
}
