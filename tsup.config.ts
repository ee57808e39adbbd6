import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

// The bin is an entry of the ESM build so it shares the engine's chunks with the library instead of
// carrying its own copy; esbuild keeps an entry file's hashbang, so the bin gets one here.
const hashbang: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'hashbang',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]cli[\\/]bin\.ts$/ }, async (args) => ({
      contents: `#!/usr/bin/env node\n${await readFile(args.path, 'utf8')}`,
      loader: 'ts',
    }));
  },
};

const library = { index: 'src/index.ts', node: 'src/node.ts', 'cli-api': 'src/cli/api.ts' };

// No source maps: they were half the tarball and embedded the builder's absolute paths. The main
// entry (index) imports nothing from Node; `shims` gives the CommonJS build an import.meta.url for
// the CLI's lookup of the installed package's own files.
const common: Options = { target: 'node20', sourcemap: false, shims: true, splitting: true };

// yaml is bundled in: as a package of its own it is some eighty modules, and finding and loading them
// took a cold \`kanmon check\` longer than all of kanmon's own code. The ES module build takes yaml's
// ES module files (published as its browser build: the same code, warnings through console.warn,
// which kanmon never triggers: it collects the parser's warnings itself).
const yaml: Partial<Options> = { noExternal: ['yaml'] };
const yamlModules: Options['esbuildOptions'] = (options) => {
  options.alias = { yaml: fileURLToPath(new URL('./node_modules/yaml/browser/index.js', import.meta.url)) };
};

export default defineConfig([
  { ...common, entry: { ...library, cli: 'src/cli/bin.ts' }, format: ['esm'], clean: true, dts: { entry: library }, esbuildPlugins: [hashbang], ...yaml, esbuildOptions: yamlModules },
  { ...common, entry: library, format: ['cjs'], dts: { entry: library }, ...yaml },
]);
