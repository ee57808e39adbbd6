import { runCheck } from './check-command.js';
import { langFromEnv, runWith, type CommandRunner, type ExitCode } from './command-line.js';
import { runDiff } from './diff-command.js';
import type { Command } from './flags.js';
import { runGraph } from './graph-command.js';
import type { CliIo } from './io.js';
import { runLint } from './lint-command.js';
import { runPacks } from './packs-command.js';
import { runTest } from './test-command.js';

export { langFromEnv, type ExitCode };

/** The runner of each command. */
export const runnerOf = (command: Command): CommandRunner => RUNNERS[command];

const RUNNERS: Readonly<Record<Command, CommandRunner>> = {
  check: runCheck, gate: runCheck, packs: runPacks, graph: runGraph, diff: runDiff, test: runTest, lint: runLint,
};

/** Run the kanmon CLI with arguments (without node and script); returns the exit status. */
export function run(argv: readonly string[], io: CliIo): ExitCode {
  return runWith(argv, io, runnerOf);
}
