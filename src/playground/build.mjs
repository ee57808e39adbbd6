/* global URL */
// Builds the playground into a folder any static host can serve: index.html, playground.js and
// playground.css, nothing inline and nothing from elsewhere, so it runs under
// `Content-Security-Policy: script-src 'self'`. The worked examples are embedded at build time.
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = join(ROOT, 'src', 'playground');
const EXAMPLES_DIR = join(ROOT, 'docs', 'examples');

/** The example the page opens with: the one the README's first command checks. */
const FIRST_EXAMPLE = 'secure-zone.yaml';

/** The bundled worked examples, the secure-zone one first, then by name. */
export async function readExamples() {
  const files = (await readdir(EXAMPLES_DIR)).filter((f) => f.endsWith('.yaml')).sort();
  const ordered = [FIRST_EXAMPLE, ...files.filter((f) => f !== FIRST_EXAMPLE)].filter((f) => files.includes(f));
  return Promise.all(ordered.map(async (file) => ({ file, text: await readFile(join(EXAMPLES_DIR, file), 'utf8') })));
}

/** An esbuild plugin giving the page the examples as the module `kanmon-playground:examples`. */
function examplesPlugin(examples) {
  return {
    name: 'kanmon-playground-examples',
    setup(b) {
      b.onResolve({ filter: /^kanmon-playground:examples$/ }, () => ({ path: 'examples', namespace: 'kanmon-playground' }));
      b.onLoad({ filter: /.*/, namespace: 'kanmon-playground' }, () => ({ contents: `export const EXAMPLES = ${JSON.stringify(examples)};`, loader: 'js' }));
    },
  };
}

/** Build the playground into `outdir` (default dist/playground); returns the folder and its files. */
export async function buildPlayground({ outdir = join(ROOT, 'dist', 'playground') } = {}) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const examples = await readExamples();
  await build({
    entryPoints: { playground: join(HERE, 'main.ts'), 'playground-style': join(HERE, 'playground.css') },
    outdir, bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true,
    charset: 'utf8', legalComments: 'none', logLevel: 'warning', plugins: [examplesPlugin(examples)],
  });
  // esbuild names a CSS entry after its key; the page links playground.css.
  await copyFile(join(outdir, 'playground-style.css'), join(outdir, 'playground.css'));
  await rm(join(outdir, 'playground-style.css'));
  await copyFile(join(HERE, 'index.html'), join(outdir, 'index.html'));
  return { outdir, files: (await readdir(outdir)).sort() };
}
