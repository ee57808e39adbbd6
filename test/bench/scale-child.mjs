// T6, one size per process (so its peak RSS is its own): node scale-child.mjs <work items> <repetitions>.
// Evaluates the national-compliant example grown to that many work items with every default (all
// packs in force), after a warm-up on a small one, and prints one JSON line: CPU and wall time per
// work item (median over the repetitions), the findings, the peak RSS — or the error it failed with.
import { evaluateDefault } from './kanmon-adapter.mjs';
import { scaledDescriptor } from './corpus.mjs';
import { median } from './stats.mjs';

const count = Number(process.argv[2]);
const repetitions = Number(process.argv[3] ?? 1);
let result;
try {
  for (let i = 0; i < 5; i++) evaluateDefault(scaledDescriptor(100));
  const descriptor = scaledDescriptor(count);
  const cpu = [];
  const wall = [];
  let findings = 0;
  for (let i = 0; i < repetitions; i++) {
    const wall0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    findings = evaluateDefault(descriptor).findings.length;
    const used = process.cpuUsage(cpu0);
    cpu.push((used.user + used.system) / count);
    wall.push(Number(process.hrtime.bigint() - wall0) / 1000 / count);
  }
  result = { ok: true, count, repetitions, findings, perItemCpuUs: median(cpu), perItemWallUs: median(wall) };
} catch (error) {
  result = { ok: false, count, message: `${error.name}: ${error.message}` };
}
result.peakRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);
