// Preloaded (node --import) into each process T4 spawns, on both sides alike: when the process
// exits, write its own rusage (user and system CPU µs, peak RSS) as JSON to file descriptor 3.
// Counted: everything from exec to the 'exit' event; not counted: the teardown after it.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(3, JSON.stringify({ userCPUTime: usage.userCPUTime, systemCPUTime: usage.systemCPUTime, maxRSS: usage.maxRSS }));
});
