// npm run bench — a benchmark, not a test (it asserts nothing and never runs in npm test).
// Measures the built package (dist/) against baselines that compute the same statuses, each pair
// side by side in one run, interleaved, by CPU time; prints the six ratios T1–T6 with their targets.
//
//   npm run bench                      full run (about 3–5 minutes on 2 cores)
//   npm run bench -- --quick           fewer rounds, for a first look (about 1–2 minutes)
//   npm run bench -- --only T1,T4      some rows only
//   npm run bench -- --write           also write the run's figures into docs/performance.md
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusDescriptors, exampleDescriptors, writeCorpus } from './corpus.mjs';
import { isValidDescriptor } from './kanmon-adapter.mjs';
import { contestantLines, markdownSection, summaryLines, verdictOf, writeSection } from './report.mjs';
import { cedarRows } from './rows/cedar-rows.mjs';
import { impactRows } from './rows/impact-rows.mjs';
import { processRows } from './rows/process-rows.mjs';
import { ruleRows } from './rows/rule-rows.mjs';
import { unmeasuredRow } from './rows/row.mjs';
import { scaleRows } from './rows/scale-rows.mjs';

const ROWS = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'];
const SETTINGS = {
  full: { measure: { rounds: 100, batchMs: 25, warmMs: 500 }, crossCheck: 200, cliRounds: 15, impactRounds: 8, scale: [[1_000, 15], [10_000, 5], [100_000, 2]], scaleTimeoutMs: 240_000 },
  quick: { measure: { rounds: 20, batchMs: 15, warmMs: 200 }, crossCheck: 50, cliRounds: 4, impactRounds: 2, scale: [[1_000, 5], [10_000, 2], [100_000, 1]], scaleTimeoutMs: 120_000 },
};
const CORPUS_SIZE = 2_000;

// Each section runs in a process of its own (`--section`, internal): what one comparison leaves in
// V8's heap and compiled code — allocation sites pretenured while parsing a 1,000-rule pack, say —
// must not weigh on the next, which a user's process would not have run either.
const SECTIONS = [['T1', 'T2'], ['T3'], ['T4'], ['T5'], ['T6']];
const { values } = parseArgs({ options: { quick: { type: 'boolean' }, write: { type: 'boolean' }, only: { type: 'string' }, section: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log('npm run bench [-- --quick] [-- --only T1,T2,…] [-- --write]');
  process.exit(0);
}
const only = values.only ? values.only.toUpperCase().split(',').map((s) => s.trim()) : ROWS;
const unknown = only.filter((r) => !ROWS.includes(r));
if (unknown.length) {
  console.error(`bench: unknown row ${unknown.join(', ')} (rows: ${ROWS.join(', ')})`);
  process.exit(2);
}
if (values.write && only.length !== ROWS.length) {
  console.error('bench: --write needs every row; run without --only');
  process.exit(2);
}
const settings = values.quick ? SETTINGS.quick : SETTINGS.full;
const log = (line) => console.log(line);
const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const started = Date.now();
const machine = {
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU', cores: os.cpus().length, memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  os: `${os.type()} ${os.release()} ${os.arch()}`, node: process.version, loadStart: load(), date: new Date().toISOString().slice(0, 10),
};
const rows = [];
const emit = (row) => {
  for (const line of contestantLines(row)) log(line);
  log('');
  rows.push(row);
};

if (values.section) {
  // In a section's own process: measure, and hand each row to the parent as it is made.
  await runSection(values.section.split(','), (row) => {
    for (const line of contestantLines(row)) log(line);
    log('');
    process.send({ row });
  });
  process.disconnect();
} else {
  log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory}, ${machine.os}, node ${machine.node}; load average at start ${machine.loadStart} (1, 5, 15 min)`);
  log(`settings: ${values.quick ? 'quick' : 'full'} — ${settings.measure.rounds} interleaved rounds of about ${settings.measure.batchMs} ms per contestant (T1–T3), ${settings.cliRounds} process pairs (T4), ${settings.impactRounds} corpus runs (T5); each section in a new process\n`);
  for (const ids of SECTIONS.map((s) => s.filter((id) => only.includes(id))).filter((s) => s.length > 0)) {
    const made = await inOwnProcess(ids, (row) => rows.push(row));
    for (const id of rowIdsOf(ids).filter((i) => !made.has(i))) emit(unmeasuredRow({ id, title: '(not measured)', check: '—', failed: `the bench's process for ${ids.join(', ')} ended without measuring it` }));
  }
  report();
}

/** The row ids a section's rows are reported under. */
function rowIdsOf(ids) {
  return ids.flatMap((id) => (id === 'T2' ? ['T2a', 'T2b'] : [id]));
}

/** Run a section in a new process (this script with --section); resolves to the ids of the rows it sent. */
function inOwnProcess(ids, onRow) {
  return new Promise((resolve) => {
    const made = new Set();
    const child = fork(fileURLToPath(import.meta.url), ['--section', ids.join(','), ...(values.quick ? ['--quick'] : [])], { stdio: 'inherit' });
    child.on('message', (message) => {
      if (!message.row) return;
      made.add(message.row.id.startsWith('T3') ? 'T3' : message.row.id);
      onRow(message.row);
    });
    child.on('exit', () => resolve(made));
  });
}

/** Measure a section's rows in this process. */
async function runSection(ids, emitRow) {
  // A comparison that throws (say, an API the adapter no longer matches) is reported as failed; the rest still run.
  const made = [];
  const sectionEmit = (row) => { made.push(row.id); emitRow(row); };
  const section = async (rowIds, measure) => {
    try {
      await measure();
    } catch (error) {
      log(`${rowIds.join(', ')} failed: ${error.message}\n`);
      for (const id of rowIds.filter((i) => !made.some((m) => m === i || m.startsWith(`${i} `)))) sectionEmit(unmeasuredRow({ id, title: '(not measured)', check: '—', failed: error.message.split('\n')[0] }));
    }
  };
  const t1 = ids.includes('T1');
  const t2 = ids.includes('T2');
  if (t1 || t2) {
    // The first descriptors of the corpus (each is made from its own seed, so they are T5's first ones too).
    const crossCheck = [...exampleDescriptors().map((e) => e.value), ...corpusDescriptors(settings.crossCheck, isValidDescriptor)];
    await section([...(t1 ? ['T1'] : []), ...(t2 ? ['T2a', 'T2b'] : [])], () => ruleRows({ crossCheck, measure: settings.measure, log, emit: sectionEmit, rows: { t1, t2 } }));
  }
  if (ids.includes('T3')) await section(['T3'], () => cedarRows({ measure: settings.measure, log, emit: sectionEmit }));
  if (ids.includes('T4')) await section(['T4'], () => processRows({ rounds: settings.cliRounds, log, emit: sectionEmit }));
  if (ids.includes('T5')) {
    const corpusDir = mkdtempSync(join(os.tmpdir(), 'kanmon-bench-'));
    try {
      await section(['T5'], () => impactRows({ files: writeCorpus(corpusDescriptors(CORPUS_SIZE, isValidDescriptor), corpusDir), rounds: settings.impactRounds, log, emit: sectionEmit }));
    } finally {
      rmSync(corpusDir, { recursive: true, force: true });
    }
  }
  if (ids.includes('T6')) await section(['T6'], () => scaleRows({ sizes: settings.scale, timeoutMs: settings.scaleTimeoutMs, log, emit: sectionEmit }));
}

/** The summary table, and the figures written into docs/performance.md with --write. */
function report() {
  machine.loadEnd = load();
  machine.seconds = Math.round((Date.now() - started) / 1000);
  for (const line of summaryLines(rows)) log(line);
  log(`\nratio = CPU time per call, median over interleaved rounds; p99 and wall-clock ratios beside it. Load average at end ${machine.loadEnd}; ${machine.seconds} s.`);
  const invalid = rows.filter((r) => verdictOf(r) === 'INVALID');
  if (invalid.length) log(`\n!!! ${invalid.map((r) => r.id).join(', ')}: the contestants do not compute the same statuses, so no ratio is reported. Update the baseline (see above).`);
  if (values.write) {
    writeSection('docs/performance.md', markdownSection(rows, machine, { quick: values.quick }));
    log('wrote the figures into docs/performance.md');
  }
}
