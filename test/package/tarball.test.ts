import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What `npm pack` would publish (scripts skipped: dist/ is built already, see dist.test.ts): each
// file once, no source maps, no builder's paths, a licence and a changelog, smaller than the
// 962 kB tarball of 0.1.0.
interface PackedFile { path: string; size: number }
interface Pack { size: number; unpackedSize: number; files: PackedFile[] }

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pack = (): Pack => {
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return (JSON.parse(out) as Pack[])[0]!;
};
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown>; bin: Record<string, string> };

/** Every file the exports map and bin name (wildcards left out). */
function namedFiles(): string[] {
  const files: string[] = Object.values(manifest.bin);
  const walk = (value: unknown): void => {
    if (typeof value === 'string') { if (!value.includes('*')) files.push(value); } else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  return [...new Set(files.map((f) => f.replace(/^\.\//, '')))].sort();
}

describe('the published tarball', () => {
  const packed = pack();
  const paths = packed.files.map((f) => f.path);
  const dist = paths.filter((p) => p.startsWith('dist/'));

  it('has the licence, the changelog, the readme and every file the exports map and bin name', () => {
    expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', ...namedFiles()]));
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n/);
  });

  it('ships no source maps, and no file names the machine it was built on', () => {
    expect(paths.filter((p) => p.endsWith('.map'))).toEqual([]);
    const builder = process.cwd();
    expect(dist.filter((p) => readFileSync(p, 'utf8').includes(builder))).toEqual([]);
  });

  it("ships the bundled packs' case tables once, as files, not inside the code", () => {
    const tables = readdirSync('policies', { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).split('\\').join('/')).filter((p) => /^policies\/[^/]+\/tests\//.test(p));
    expect(tables.length).toBeGreaterThan(5);
    expect(paths).toEqual(expect.arrayContaining(tables));
    // A case's name is in the table and nowhere in the code.
    const names = tables.filter((t) => t.endsWith('.cases.yaml')).map((t) => /^\s*- name: (.{20,})$/m.exec(readFileSync(t, 'utf8'))![1]!.trim());
    const code = dist.map((p) => readFileSync(p, 'utf8')).join('\n');
    expect(names.filter((n) => code.includes(n))).toEqual([]);
  });

  it('leaves out the web playground, which npm run playground builds into dist/playground', () => {
    expect(dist.filter((p) => p.startsWith('dist/playground/'))).toEqual([]);
  });

  it('is smaller than the 962 kB tarball of 0.1.0', () => {
    expect(packed.size).toBeLessThan(962_000);
  });
});
