import { describe, expect, it } from 'vitest';
import { expandGlob } from '../../src/cli/glob.js';

// The file patterns kanmon expands itself (quoted on a command line, or on Windows): `*` and `?`
// within a name, `**` across folders, hidden names only when the pattern names them.

const TREE: Record<string, string[]> = {
  '.': ['a.yaml', 'b.yml', '.hidden.yaml', 'sub/', '.git/'],
  sub: ['c.yaml', 'c1.json', 'deep/'],
  'sub/deep': ['d.yaml'],
  '.git': ['x.yaml'],
};
const listDir = (path: string): string[] => {
  const key = path === '' ? '.' : path.replace(/\/$/, '');
  if (!(key in TREE)) throw Object.assign(new Error(key), { code: 'ENOENT' });
  return TREE[key]!;
};

describe('expandGlob', () => {
  it('* matches within one name, not hidden ones', () => {
    expect(expandGlob('*.yaml', listDir)).toEqual(['a.yaml']);
    expect(expandGlob('*', listDir)).toEqual(['a.yaml', 'b.yml', 'sub/']);
  });
  it('? matches one character', () => {
    expect(expandGlob('sub/c?.json', listDir)).toEqual(['sub/c1.json']);
    expect(expandGlob('sub/c?.yaml', listDir)).toEqual([]);
  });
  it('** matches any number of folders, none included, and skips hidden folders', () => {
    expect(expandGlob('**/*.yaml', listDir)).toEqual(['a.yaml', 'sub/c.yaml', 'sub/deep/d.yaml']);
    expect(expandGlob('sub/**/d.yaml', listDir)).toEqual(['sub/deep/d.yaml']);
  });
  it('a hidden name is matched when the pattern names it', () => {
    expect(expandGlob('.*.yaml', listDir)).toEqual(['.hidden.yaml']);
  });
  it('a folder that does not exist matches nothing', () => {
    expect(expandGlob('nowhere/*.yaml', listDir)).toEqual([]);
  });
});
