import { msg } from '../diagnostics/catalogue/index.js';
import { UsageError } from './args.js';
import { expandGlob, isGlob, type ListDir } from './glob.js';
import type { CliIo } from './io.js';

/** One input to read: the path to read it from (`-` is standard input) and the name reports give it. */
export interface InputFile {
  path: string;
  label: string;
}

/** The name standard input goes by in reports and messages. */
export const STDIN_LABEL = '<stdin>';

const DESCRIPTOR_FILE = /\.(ya?ml|json)$/i;

/** Whether a path is a folder (only a caller that can list folders has any). */
function isFolder(path: string, listDir: ListDir | undefined): boolean {
  if (!listDir) return false;
  try {
    listDir(path);
    return true;
  } catch {
    return false;
  }
}

/** Every *.yaml, *.yml and *.json file under a folder, sorted; hidden folders and node_modules are skipped. */
function filesUnder(folder: string, listDir: ListDir): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of listDir(dir)) {
      if (entry.startsWith('.')) continue;
      const path = `${dir.replace(/\/+$/, '')}/${entry}`;
      if (entry.endsWith('/')) { if (entry !== 'node_modules/') visit(path.slice(0, -1)); }
      else if (DESCRIPTOR_FILE.test(entry)) out.push(path);
    }
  };
  visit(folder);
  return out.sort();
}

/**
 * The descriptor files the arguments name, in order: `-` is standard input, a folder stands for the
 * descriptor files under it, a pattern with `*`, `?` or `**` for the paths it matches; anything
 * else is a file (read later, where a missing file is reported). A pattern that matches nothing, or
 * a folder without descriptors, is a usage error: it is most likely a typo.
 */
export function expandInputs(args: readonly string[], io: Pick<CliIo, 'listDir'>): InputFile[] {
  const listDir = io.listDir ? (path: string) => io.listDir!(path) : undefined;
  const out: InputFile[] = [];
  const folder = (path: string): void => {
    const files = filesUnder(path, listDir!);
    if (files.length === 0) throw new UsageError(msg('cli.empty-folder', { folder: path }));
    out.push(...files.map((f) => ({ path: f, label: f })));
  };
  for (const arg of args) {
    if (arg === '-') out.push({ path: '-', label: STDIN_LABEL });
    else if (isGlob(arg) && listDir) {
      const matches = expandGlob(arg, listDir);
      const files = matches.flatMap((m) => (m.endsWith('/') ? filesUnder(m.slice(0, -1), listDir) : [m]));
      if (files.length === 0) throw new UsageError(msg('cli.no-match', { pattern: arg }));
      out.push(...files.map((f) => ({ path: f, label: f })));
    } else if (isFolder(arg, listDir)) folder(arg);
    else out.push({ path: arg, label: arg });
  }
  return out;
}
