/** What the CLI may touch: injected so run() is testable and never calls process.exit. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  /** Entries of a folder, folders with a trailing `/` (kanmon test searches folders for case tables). */
  listDir?(path: string): readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  now(): number;
}
