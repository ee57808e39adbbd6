/** What the CLI may touch: injected so run() is testable and never calls process.exit. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  env: Readonly<Record<string, string | undefined>>;
  now(): number;
}
