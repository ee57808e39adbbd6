// T4: `kanmon check <example>` as a whole process ÷ `node -e ""`, each spawned many times,
// interleaved; CPU time is the child's own (read inside it at exit), cross-checked against the
// kernel's account of this process's children.
import { CLI_PATH } from '../kanmon-adapter.mjs';
import { interleave, processContestant } from '../measure.mjs';
import { formatMicros, formatRatio } from '../stats.mjs';
import { atMost, contestRow } from './row.mjs';

const EXAMPLE = 'docs/examples/national-compliant.yaml';

/** Run T4 for `rounds` interleaved pairs of processes and emit its row. */
export async function processRows({ rounds, log, emit }) {
  let outputs = 0;
  const kanmon = processContestant('kanmon check', [CLI_PATH, 'check', EXAMPLE], (result) => {
    if (result.status !== 0) {
      const lines = result.stderr.trim().split('\n');
      throw new Error(`kanmon check ${EXAMPLE} exited ${result.status ?? result.signal}: ${lines.find((l) => /error/i.test(l)) ?? lines.pop()}`);
    }
    outputs++;
  });
  const node = processContestant('node -e ""', ['-e', '']);
  const title = `kanmon check ${EXAMPLE} (whole process) ÷ node -e ""`;
  log(`T4 ${title}`);
  const results = await interleave([kanmon, node], { rounds, warmMs: 0 });
  let check = `kanmon check exited 0 (allowed) in all ${outputs} runs`;
  if (kanmon.kernel.runs > 0) {
    const mean = (k) => k.cpuUs / k.runs;
    const covered = (kanmon.kernel.insideUs + node.kernel.insideUs) / (kanmon.kernel.cpuUs + node.kernel.cpuUs);
    check += `; kernel account of the children: means ${formatMicros(mean(kanmon.kernel))} and ${formatMicros(mean(node.kernel))} (${formatRatio(mean(kanmon.kernel) / mean(node.kernel))}), of which ${(covered * 100).toFixed(0)} % is seen inside them`;
  }
  log(`  check: ${check}`);
  emit(contestRow({ id: 'T4', title, results, numerator: 'kanmon check', denominator: 'node -e ""', target: atMost(3), check }));
}
