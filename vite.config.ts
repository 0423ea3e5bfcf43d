// `vite` serves the playground (index.html + demo/) on 127.0.0.1; `vite build` writes the library to dist/
// (an ES module per package export over one per source module, lit and jose left as dependencies; the
// standalone bundle is scripts/build-standalone.mjs); `vite build --mode demo` writes
// the playground as static files to dist-demo/.
import { defineConfig, type Plugin } from 'vite';

/**
 * Package exports and the source module each is built from. An element's export is its define module
 * (registers the tag, exports the class); `package.json` `sideEffects` lists exactly those files and
 * define.js, so every `customElements.define` must stay in an entry file, never in a shared chunk.
 */
const libraryEntries = {
  index: 'src/index.ts',
  token: 'src/token/index.ts',
  initials: 'src/initials/index.ts',
  avatar: 'src/elements/avatar/sh-avatar.ts',
  'profile-card': 'src/elements/profile-card/sh-profile-card.ts',
  'attendee-list': 'src/elements/attendee-list/sh-attendee-list.ts',
  'avatar-group': 'src/elements/avatar-group/sh-avatar-group.ts',
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
  // The playground works from any static host, from any sub-path.
  ...(mode === 'demo' ? { base: './' } : {}),
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
            // One file per source module, as Lit ships: entry files hold only their own module's code (a
            // shared chunk never swallows a define module), and dist/ mirrors the `.d.ts` layout tsc writes.
            output: {
              preserveModules: true,
              preserveModulesRoot: 'src',
              virtualDirname: 'helpers',
              // The decorator helper the compiler injects, without its versioned virtual path.
              entryFileNames: (chunk) =>
                chunk.name.startsWith('helpers/') ? `helpers/${chunk.name.replace(/^.*\//, '')}.js` : '[name].js',
            },
          },
        },
  plugins: mode === 'demo' ? [] : [entryDeclarations()],
}));
