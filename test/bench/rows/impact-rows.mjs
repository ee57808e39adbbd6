// T5: `kanmon diff standard-guideline@2019-06 standard-guideline@2020-03 <2,000 YAML files>` ÷
// reading and yaml.parse of the same files. kanmon runs through the CLI's run() in this process
// (the code `kanmon diff` runs, without node's start-up, which T4 measures).
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { runCliInProcess } from '../kanmon-adapter.mjs';
import { interleave, localContestant } from '../measure.mjs';
import { atMost, contestRow, unmeasuredRow } from './row.mjs';

const FROM = 'standard-guideline@2019-06';
const TO = 'standard-guideline@2020-03';

/** Run T5 on the corpus files and emit its row. */
export async function impactRows({ files, rounds, log, emit }) {
  const title = `kanmon diff ${FROM} ${TO} <${files.length.toLocaleString('en')} YAML descriptors> ÷ read + yaml.parse of the same files`;
  log(`T5 ${title}`);
  // This run is the warm-up of both sides: kanmon reads the same files with the same YAML parser.
  const probe = runCliInProcess(['diff', FROM, TO, '--format', 'json', ...files]);
  const impact = probe.exitCode === 0 ? JSON.parse(probe.stdout).impact : undefined;
  const argv = ['diff', FROM, TO, ...files];
  const kanmon = localContestant('kanmon diff', () => {
    const { exitCode } = runCliInProcess(argv);
    if (exitCode !== 0) throw new Error(`kanmon diff exited ${exitCode}`);
  });
  let parsed = 0;
  const floor = localContestant('read + yaml.parse', () => {
    parsed = files.map((f) => YAML.parse(readFileSync(f, 'utf8'))).filter((d) => d !== null && typeof d === 'object').length;
  });
  const judged = impact !== undefined && impact.descriptors.length === files.length;
  log(judged
    ? `  check: kanmon diff exited 0 and judged all ${files.length.toLocaleString('en')} descriptors (${impact.changes.length.toLocaleString('en')} status changes, ${impact.descriptors.filter((d) => d.before !== d.after).length} verdicts changed)`
    : `  check: kanmon diff did not judge every file (exit ${probe.exitCode}): ${probe.stderr.trim().split('\n')[0] ?? ''}`);
  const results = judged ? await interleave([kanmon, floor], { rounds, batchMs: 0, warmMs: null }) : undefined;
  const valid = judged && parsed === files.length;
  const check = judged
    ? `kanmon diff judged all ${files.length.toLocaleString('en')} descriptors (${impact.changes.length.toLocaleString('en')} status changes); the floor parsed ${parsed.toLocaleString('en')} documents`
    : `kanmon diff did not judge every file (exit ${probe.exitCode})`;
  if (!results) {
    emit(unmeasuredRow({ id: 'T5', title, target: atMost(1.2), check, failed: check }));
    return;
  }
  emit(contestRow({ id: 'T5', title, results, numerator: 'kanmon diff', denominator: 'read + yaml.parse', target: atMost(1.2), check, valid }));
}
