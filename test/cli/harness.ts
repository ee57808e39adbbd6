import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { run } from '../../src/cli/run.js';

// The kanmon CLI run in memory, as a user runs it: files given in memory (a folder is a prefix of
// their paths) in front of the repository's own files, standard input, and the files it writes.

/** What one run printed, wrote and returned. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
  /** Files written with --output, by path. */
  written: Record<string, string>;
}

/** Options of a run: in-memory files, environment, standard input. */
export interface CliOptions {
  files?: Record<string, string>;
  env?: Record<string, string>;
  stdin?: string;
}

/** The fixed clock of every run: 2026-11-22, noon in Japan. */
export const NOW = Date.parse('2026-11-22T03:00:00Z');

const notFound = (path: string, code: string): Error => Object.assign(new Error(`${code}: ${path}`), { code });

/** Run `kanmon <argv>` in memory. */
export function runCli(argv: readonly string[], options: CliOptions = {}): CliRun {
  const files = options.files ?? {};
  let stdout = '';
  let stderr = '';
  const written: Record<string, string> = {};
  const status = run(argv, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readFile: (p) => {
      if (p === '-') { if (options.stdin === undefined) throw notFound(p, 'EBADF'); return options.stdin; }
      if (p in files) return files[p]!;
      return readFileSync(p, 'utf8');
    },
    listDir: (p) => {
      const prefix = p.replace(/\/+$/, '') === '.' ? '' : `${p.replace(/\/+$/, '')}/`;
      const entries = new Set(Object.keys(files).filter((f) => f.startsWith(prefix)).map((f) => {
        const rest = f.slice(prefix.length);
        return rest.includes('/') ? `${rest.slice(0, rest.indexOf('/'))}/` : rest;
      }));
      const real = existsSync(p || '.') && statSync(p || '.').isDirectory();
      if (real) for (const e of readdirSync(p || '.', { withFileTypes: true })) entries.add(e.isDirectory() ? `${e.name}/` : e.name);
      if (entries.size === 0 && !real) throw notFound(p, p in files || existsSync(p) ? 'ENOTDIR' : 'ENOENT');
      return [...entries].sort();
    },
    writeFile: (p, t) => { written[p] = t; },
    env: { LANG: 'C', ...options.env },
    now: () => NOW,
  });
  return { status, stdout, stderr, written };
}
