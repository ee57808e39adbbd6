import type { CommandRunner } from './command-line.js';
import type { Command } from './flags.js';

/**
 * The runner of one command, its module loaded on demand: a process that runs one command need not
 * load (and have Node compile) the code of every other.
 */
export async function loadCommand(command: Command): Promise<CommandRunner> {
  switch (command) {
    case 'check':
    case 'gate': return (await import('./check-command.js')).runCheck;
    case 'packs': return (await import('./packs-command.js')).runPacks;
    case 'graph': return (await import('./graph-command.js')).runGraph;
    case 'diff': return (await import('./diff-command.js')).runDiff;
    case 'test': return (await import('./test-command.js')).runTest;
    case 'lint': return (await import('./lint-command.js')).runLint;
  }
}
