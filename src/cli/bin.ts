import { readdirSync, writeFileSync } from 'node:fs';
import { msg } from '../diagnostics/catalogue/index.js';
import { readBounded } from '../parse/read-bounded.js';
import { langFromEnv, runLoading } from './command-line.js';
import { loadCommand } from './load-command.js';

// The only place that touches the process: the run returns the exit status, we set it. It is run()
// with each command's code loaded only when that command runs.

// A reader that stopped reading (`kanmon packs | head -1`) closes the pipe: the rest of the output
// has nowhere to go, and that is no error. Anything else on the streams is.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stream.destroy();
  });
}

try {
  process.exitCode = await runLoading(process.argv.slice(2), {
    stdout: (text) => { if (!process.stdout.destroyed) process.stdout.write(text); },
    stderr: (text) => { if (!process.stderr.destroyed) process.stderr.write(text); },
    readFile: readBounded,
    listDir: (path) => readdirSync(path, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name)),
    writeFile: (path, text) => writeFileSync(path, text),
    env: process.env,
    now: () => Date.now(),
  }, loadCommand);
} catch (error) {
  // A bug, not a user error: say so briefly; the stack only with KANMON_DEBUG=1.
  process.stderr.write(`kanmon: ${msg('internal-error', { detail: (error as Error).message })[langFromEnv(process.env)]}\n`);
  if (process.env.KANMON_DEBUG === '1') process.stderr.write(`${(error as Error).stack ?? ''}\n`);
  process.exitCode = 2;
}
