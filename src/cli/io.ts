import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ReadFile } from '../parse/read-input.js';
import type { Lang } from '../shared/messages.js';

/** What the CLI may touch: injected so run() is testable and never calls process.exit. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** A file's bytes ('-' is standard input), bounded by the size limit; in-memory callers may give text. */
  readFile: ReadFile;
  env: Readonly<Record<string, string | undefined>>;
  now(): number;
}

/** One line per problem reading a file: `kanmon: file[:line:column]  code  message`. */
export function describeInputProblems(diagnostics: readonly Diagnostic[], lang: Lang): string {
  return diagnostics.map((d) => {
    const where = `${d.file ?? ''}${d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ''}`;
    return `kanmon: ${where}  ${d.code}  ${d.message[lang]}\n`;
  }).join('');
}
