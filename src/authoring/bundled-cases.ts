import type { CaseFileSystem } from './types.js';

// The case tables of the bundled packs, embedded like the packs themselves so `kanmon test` with no
// argument checks exactly what is shipped, with no file system.
const FILES: Readonly<Record<string, string>> = {};

/** Paths of the bundled packs' case tables (policies/<pack>/tests/*.cases.yaml), in a stable order. */
export function bundledCaseTables(): string[] {
  return Object.keys(FILES).filter((path) => /\.cases\.ya?ml$/.test(path)).sort();
}

/** The pack a bundled case table belongs to, from its place policies/<pack>/tests/. */
export function bundledTablePack(path: string): string | undefined {
  return /^policies\/([^/]+)\/tests\//.exec(path)?.[1];
}

/** The embedded files (case tables, their bases and fixtures) as a read-only file system. */
export const bundledCaseFiles: CaseFileSystem = {
  readFile(path) {
    const text = FILES[path];
    if (text === undefined) throw Object.assign(new Error(`${path} is not a bundled case file`), { code: 'ENOENT' });
    return text;
  },
};
