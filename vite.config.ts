// `vite` serves the playground (index.html + demo/) on 127.0.0.1; `vite build` writes the library to dist/
// (one ES module per package export, lit and jose left as dependencies); `vite build --mode demo` writes
// the playground as static files to dist-demo/.
import { defineConfig, type Plugin } from 'vite';

/** Package exports and the source module each is built from. */
const libraryEntries = {
  index: 'src/index.ts',
  token: 'src/token/index.ts',
  initials: 'src/initials/index.ts',
  define: 'src/define.ts',
};

/** `tsc` writes declarations beside the source layout (dist/token/index.d.ts); each export gets a dist/<name>.d.ts. */
function entryDeclarations(): Plugin {
  return {
    name: 'entry-declarations',
    generateBundle() {
      for (const [name, source] of Object.entries(libraryEntries)) {
        const target = source.replace(/^src\//, './').replace(/\.ts$/, '.js');
        if (target === `./${name}.js`) continue;
        this.emitFile({ type: 'asset', fileName: `${name}.d.ts`, source: `export * from '${target}';\n` });
      }
    },
  };
}

export default defineConfig(({ mode }) => ({
  server: { host: '127.0.0.1', strictPort: false },
  preview: { host: '127.0.0.1' },
  build:
    mode === 'demo'
      ? { outDir: 'dist-demo', target: 'es2022' }
      : {
          outDir: 'dist',
          target: 'es2022',
          sourcemap: true,
          minify: false,
          lib: { entry: libraryEntries, formats: ['es'] },
          rollupOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^jose($|\/)/],
            output: { chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
  plugins: mode === 'demo' ? [] : [entryDeclarations()],
}));
