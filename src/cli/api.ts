// The CLI as a library (`import { run } from 'kanmon/cli'`): run the kanmon command with your own
// I/O, e.g. in a test or an editor extension. Kept out of the main entry, which imports nothing
// from Node and so runs in a browser.
export { run, langFromEnv, type ExitCode } from './run.js';
export type { CliIo } from './io.js';
