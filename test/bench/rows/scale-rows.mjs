// T6: evaluate() on the national-compliant example grown to 1,000 / 10,000 / 100,000 work items,
// each size in its own process (scale-child.mjs) so its peak RSS is its own. The ratio is the CPU
// time per work item at 100,000 ÷ at 1,000. A size that fails is reported as failed, and the bench goes on.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, URL } from 'node:url';
import { formatMegabytes, formatMicros } from '../stats.mjs';

const CHILD = fileURLToPath(new URL('../scale-child.mjs', import.meta.url));
const RSS_LIMIT = 1e9;

function runSize(count, repetitions, timeoutMs) {
  const result = spawnSync(process.execPath, [CHILD, String(count), String(repetitions)], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 20 });
  const line = result.stdout?.trim().split('\n').pop();
  if (result.error?.code === 'ETIMEDOUT') return { ok: false, count, message: `timed out after ${timeoutMs / 1000} s` };
  if (line?.startsWith('{')) return JSON.parse(line);
  const why = result.signal ?? `exit ${result.status}`;
  return { ok: false, count, message: `process ended (${why}): ${result.stderr?.trim().split('\n').filter(Boolean).pop() ?? ''}` };
}

/** Run T6 and emit its row; `sizes` is [[work items, repetitions], …] with 1,000 first and 100,000 last. */
export function scaleRows({ sizes, timeoutMs, log, emit }) {
  const title = 'evaluate, per-work-item CPU time at 100,000 work items ÷ at 1,000 (all packs in force); peak RSS';
  log(`T6 ${title}`);
  const runs = sizes.map(([count, repetitions]) => {
    const run = runSize(count, repetitions, timeoutMs);
    log(run.ok
      ? `  ${count.toLocaleString('en')} work items: ${formatMicros(run.perItemCpuUs)} CPU per item (wall ${formatMicros(run.perItemWallUs)}), ${run.findings.toLocaleString('en')} findings, peak RSS ${formatMegabytes(run.peakRssBytes)}, median of ${run.repetitions}`
      : `  ${count.toLocaleString('en')} work items: failed: ${run.message}${run.peakRssBytes ? ` (peak RSS ${formatMegabytes(run.peakRssBytes)})` : ''}`);
    return run;
  });
  const first = runs[0];
  const last = runs[runs.length - 1];
  const failedRun = runs.find((r) => !r.ok);
  const check = runs.map((r) => (r.ok ? `${r.count.toLocaleString('en')}: ${r.findings.toLocaleString('en')} findings, ${formatMegabytes(r.peakRssBytes)}` : `${r.count.toLocaleString('en')}: failed`)).join('; ');
  const target = { text: `≤ 2×, RSS ≤ ${formatMegabytes(RSS_LIMIT)}`, met: (ratio) => ratio <= 2 && last.peakRssBytes <= RSS_LIMIT };
  const scale = { sizes: runs };
  if (failedRun) {
    emit({ id: 'T6', title, contestants: [], scale, target, check, valid: false, failed: `${failedRun.count.toLocaleString('en')} work items: ${failedRun.message}` });
    return;
  }
  const ratio = { cpu: last.perItemCpuUs / first.perItemCpuUs, wall: last.perItemWallUs / first.perItemWallUs };
  emit({ id: 'T6', title, contestants: [], scale, ratio, ratioText: 'per item at 100,000 ÷ at 1,000', target, met: target.met(ratio.cpu), check, valid: true });
}
