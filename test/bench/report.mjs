// How the bench's rows are shown: lines for the terminal, and Markdown tables for docs/performance.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatMegabytes, formatMicros, formatRatio } from './stats.mjs';

const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

/** What a row's verdict says: met / not met, or why it has no ratio. */
export function verdictOf(row) {
  if (row.skipped) return 'skipped';
  if (row.failed) return 'failed';
  if (!row.valid) return 'INVALID';
  if (!row.target) return 'no target';
  return row.met ? 'met' : 'not met';
}

/** The ratio cell: the CPU-median ratio, or why there is none. */
function ratioCell(row) {
  if (row.skipped) return `skipped: ${row.skipped}`;
  if (row.failed) return `failed: ${row.failed}`;
  if (!row.ratio) return 'invalid: the contestants disagree';
  return formatRatio(row.ratio.cpu);
}

/** Terminal lines for one row: each contestant's figures, then the ratio and verdict. */
export function contestantLines(row) {
  const lines = row.contestants.map((c) => `    ${c.name.padEnd(44)} CPU ${formatMicros(c.cpu.median).padStart(9)} (p99 ${formatMicros(c.cpu.p99).padStart(9)})   wall ${formatMicros(c.wall.median).padStart(9)} (p99 ${formatMicros(c.wall.p99).padStart(9)})   batch ${c.batchSize} × ${c.rounds} rounds`);
  if (row.ratio) {
    const p99 = row.ratio.cpuP99 !== undefined ? `p99 ${formatRatio(row.ratio.cpuP99)}, ` : '';
    lines.push(`    → ${row.ratioText}: ${formatRatio(row.ratio.cpu)} CPU (${p99}wall ${formatRatio(row.ratio.wall)})   target ${row.target?.text ?? '—'}   ${verdictOf(row)}`);
  } else {
    lines.push(`    → ${ratioCell(row)}   target ${row.target?.text ?? '—'}   ${verdictOf(row)}`);
  }
  return lines;
}

/** The closing summary table for the terminal. */
export function summaryLines(rows) {
  const head = `${'row'.padEnd(10)} ${'ratio'.padStart(8)} ${'p99'.padStart(8)} ${'wall'.padStart(8)}  ${'target'.padEnd(22)} ${'verdict'.padEnd(10)} comparison`;
  return [head, '-'.repeat(head.length + 20), ...rows.map((r) => {
    const ratio = r.ratio ? formatRatio(r.ratio.cpu) : '—';
    const p99 = r.ratio?.cpuP99 !== undefined ? formatRatio(r.ratio.cpuP99) : '—';
    const wall = r.ratio ? formatRatio(r.ratio.wall) : '—';
    return `${r.id.padEnd(10)} ${ratio.padStart(8)} ${p99.padStart(8)} ${wall.padStart(8)}  ${(r.target?.text ?? '—').padEnd(22)} ${verdictOf(r).padEnd(10)} ${r.title}`;
  })];
}

const cell = (text) => String(text).replace(/\|/g, '\\|');

/** The Markdown written into docs/performance.md for one run. */
export function markdownSection(rows, machine, options) {
  const out = [
    BEGIN,
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} memory, ${machine.os}; Node ${machine.node}; load average at start ${machine.loadStart}, at end ${machine.loadEnd}. Run of ${machine.date}${options.quick ? ' with --quick' : ''}, ${machine.seconds} s.`,
    '',
    '| row | comparison | ratio (CPU, median) | p99 | wall | target | verdict |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.id} | ${cell(r.title)} | ${cell(ratioCell(r))} | ${r.ratio?.cpuP99 !== undefined ? formatRatio(r.ratio.cpuP99) : '—'} | ${r.ratio ? formatRatio(r.ratio.wall) : '—'} | ${r.target?.text ?? '—'} | ${verdictOf(r)} |`),
    '',
    'Each contestant, per call:',
    '',
    '| row | contestant | CPU median | CPU p99 | wall median | wall p99 | batch × rounds |',
    '|---|---|---|---|---|---|---|',
    ...rows.flatMap((r) => r.contestants.map((c) => `| ${r.id} | ${cell(c.name)} | ${formatMicros(c.cpu.median)} | ${formatMicros(c.cpu.p99)} | ${formatMicros(c.wall.median)} | ${formatMicros(c.wall.p99)} | ${c.batchSize} × ${c.rounds} |`)),
    '',
    ...rows.filter((r) => r.scale).flatMap((r) => [
      `${r.id}, evaluate per work item (median of the repetitions, each size in its own process):`,
      '',
      '| work items | CPU per item | wall per item | findings | peak RSS | repetitions |',
      '|---|---|---|---|---|---|',
      ...r.scale.sizes.map((s) => (s.ok
        ? `| ${s.count.toLocaleString('en')} | ${formatMicros(s.perItemCpuUs)} | ${formatMicros(s.perItemWallUs)} | ${s.findings.toLocaleString('en')} | ${formatMegabytes(s.peakRssBytes)} | ${s.repetitions} |`
        : `| ${s.count.toLocaleString('en')} | failed: ${cell(s.message)} | — | — | ${formatMegabytes(s.peakRssBytes)} | — |`)),
      '',
    ]),
    'What each contestant was first shown to compute:',
    '',
    ...rows.map((r) => `- ${r.id}: ${r.check}`),
    '',
    END,
  ];
  return out.join('\n');
}

/** Replace the generated section of a Markdown file (between the bench markers) with `section`. */
export function writeSection(file, section) {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${BEGIN} … ${END} section to replace`);
  writeFileSync(file, `${text.slice(0, start)}${section}${text.slice(end + END.length)}`);
}
