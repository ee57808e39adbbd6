import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The built main entry must run in a browser: nothing reachable from dist/index.js or dist/index.cjs
// (its chunks, statically or by dynamic import) may import or require a Node built-in. The CLI and
// the file readers are kanmon/cli and kanmon/node, which may.

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Every module specifier outside the package that the files reachable from `entry` import or require. */
async function externalImports(entry: string): Promise<string[]> {
  const result = await build({ entryPoints: [entry], bundle: true, platform: 'node', packages: 'external', write: false, metafile: true, logLevel: 'silent', outdir: 'unused' });
  const found = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) for (const i of input.imports) if (i.external) found.add(i.path);
  return [...found].sort();
}

describe('the main entry is browser-safe', () => {
  it('dist/ exists (run npm run build)', () => {
    expect(existsSync('dist/index.js') && existsSync('dist/index.cjs') && existsSync('dist/node.js')).toBe(true);
  });

  // yaml is bundled into every build (it loads far faster so); json-rules-engine stays a dependency.
  for (const entry of ['dist/index.js', 'dist/index.cjs']) {
    it(`${entry} reaches no Node built-in, only its dependencies`, async () => {
      const imports = await externalImports(entry);
      expect(imports.filter((i) => builtins.has(i))).toEqual([]);
      expect(imports).toEqual(['json-rules-engine']);
    });
  }

  it('kanmon/node and kanmon/cli do reach Node built-ins (so the check above can see them)', async () => {
    expect((await externalImports('dist/node.js')).filter((i) => builtins.has(i))).toEqual(['fs']);
    expect((await externalImports('dist/cli-api.cjs')).filter((i) => builtins.has(i)).length).toBeGreaterThan(0);
  });
});
