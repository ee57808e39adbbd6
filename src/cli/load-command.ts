import type { CommandRunner } from './command-line.js';
import type { Command } from './flags.js';

/**
 * The runner of one command, its module loaded on demand: a process that runs one command need not
 * load (and have Node compile) the code of every other.
 */
export async function loadCommand(command: Command): Promise<CommandRunner> {
  if (command === 'check' || command === 'gate') return (await import('./check-command.js')).runCheck;
  return (await import('./run.js')).runnerOf(command);
}
