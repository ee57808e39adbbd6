import { readdirSync } from 'node:fs';
import { readBounded } from '../parse/read-bounded.js';
import { run } from './run.js';

// The only place that touches the process: run() returns the exit status, we set it.
try {
  process.exitCode = run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: readBounded,
    listDir: (path) => readdirSync(path, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name)),
    env: process.env,
    now: () => Date.now(),
  });
} catch (error) {
  // A bug, not a user error: say so briefly; the stack only with KANMON_DEBUG=1.
  process.stderr.write(`kanmon: internal error: ${(error as Error).message}\nPlease report it. Set KANMON_DEBUG=1 for details.\n`);
  if (process.env.KANMON_DEBUG === '1') process.stderr.write(`${(error as Error).stack ?? ''}\n`);
  process.exitCode = 2;
}
