import type { CaseFileSystem } from '../authoring/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readInput, type ReadFile } from '../parse/read-input.js';
import type { Lang } from '../shared/messages.js';
import { packageFile } from './package-root.js';

/** What the CLI may touch: injected so run() is testable and never calls process.exit. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** A file's bytes ('-' is standard input), bounded by the size limit; in-memory callers may give text. */
  readFile: ReadFile;
  /** Entries of a folder, folders with a trailing `/`; throws when the path is not a folder (folders and globs need it). */
  listDir?(path: string): readonly string[];
  /** Write a whole file (--output); throws an error with a Node `code` when it cannot. */
  writeFile?(path: string, text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  now(): number;
}

/**
 * A writer that gathers small pieces (a report is written line by line) into writes of about
 * 64 KiB, so a large report costs few system calls and is never one string in memory.
 */
export function bufferedWriter(write: (text: string) => void, size = 1 << 16): { write: (chunk: string) => void; flush: () => void } {
  let parts: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (parts.length === 0) return;
    write(parts.join(''));
    parts = [];
    length = 0;
  };
  return {
    write: (chunk) => {
      parts.push(chunk);
      length += chunk.length;
      if (length >= size) flush();
    },
    flush,
  };
}

/** One line per problem reading a file: `kanmon: file[:line:column]  code  message`. */
export function describeInputProblems(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return diagnostics.map((d) => {
    const where = `${d.file ?? ''}${d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ''}`;
    return `kanmon: ${where}  ${d.code}  ${d.message[lang]}\n`;
  }).join('');
}

/**
 * A reader of text for code that takes strings (case tables and the files they name): bounded and
 * UTF-8 like every read. A problem is thrown as an error whose `code` is the reason to show: the
 * system's (ENOENT …) for an unreadable file, else the problem's code and line:column.
 */
export function textReader(read: ReadFile): (path: string) => string {
  return (path) => {
    const result = readInput(path, read, { kind: 'input' });
    if ('text' in result) return result.text;
    const d = result.diagnostics[0]!;
    const code = d.code === 'unreadable' ? String(d.params?.reason) : `${d.code}${d.line !== undefined ? ` ${d.line}:${d.column ?? 1}` : ''}`;
    throw Object.assign(new Error(d.message.en), { code });
  };
}

/**
 * Readers for kanmon test and lint: the files and folders named on the command line, and the
 * bundled packs' files (editions, case tables), which ship with the installed package and are read there.
 */
export function packFileReaders(io: CliIo): { files: CaseFileSystem; bundledFiles: Pick<CaseFileSystem, 'readFile'> } {
  const readFile = textReader(io.readFile);
  return {
    files: { readFile, ...(io.listDir ? { listDir: (path: string) => io.listDir!(path) } : {}) },
    bundledFiles: { readFile: (path: string) => readFile(packageFile(path)) },
  };
}
