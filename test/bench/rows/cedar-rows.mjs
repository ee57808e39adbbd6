// T3: Cedar (policies pre-parsed once, in its own process) ÷ kanmon (this process) on the synthetic
// pack of N rules × 5 conditions, after both are shown to find the same set of passing rules.
// When Cedar cannot be loaded the rows are skipped with a note; the bench goes on.
import { fork } from 'node:child_process';
import { fileURLToPath, URL } from 'node:url';
import { compileEditionText, evaluateWithEditions, findingStatuses } from '../kanmon-adapter.mjs';
import { childContestant, interleave, localContestant } from '../measure.mjs';
import { SYNTHETIC_DESCRIPTOR, syntheticPack } from '../synthetic.mjs';
import { atLeast, contestRow, unmeasuredRow } from './row.mjs';

const CHILD = fileURLToPath(new URL('../baselines/cedar-child.mjs', import.meta.url));
const SIZES = [50, 200, 1000];
const KANMON = 'kanmon evaluate';
const CEDAR = 'Cedar isAuthorized (pre-parsed)';

const titleOf = (n) => `Cedar ÷ kanmon, synthetic pack ${n.toLocaleString('en')} rules × 5 conditions, same pass set`;
const targetOf = (n) => (n === 1000 ? atLeast(1) : undefined);

/** Start the Cedar process; resolves to the child, or to { unavailable } with the reason. */
function startCedar() {
  return new Promise((resolve) => {
    const child = fork(CHILD, [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const onExit = (code, signal) => resolve({ unavailable: `the Cedar process ended at start (${signal ?? `exit ${code}`}) ${stderr.trim().split('\n').pop() ?? ''}`.trim() });
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message.type === 'ready' ? { child } : { unavailable: message.error });
    });
  });
}

/** Ask the Cedar process to pre-parse a policy set; resolves to its first answer (satisfied policies). */
function prepare(child, policies) {
  return new Promise((resolve, reject) => {
    const onExit = (code, signal) => reject(new Error(`the Cedar process ended (${signal ?? `exit ${code}`})`));
    child.once('exit', onExit);
    child.once('message', (reply) => {
      child.off('exit', onExit);
      if (reply.error) reject(new Error(reply.error));
      else resolve(reply);
    });
    child.send({ type: 'prepare', id: 0, policies, context: SYNTHETIC_DESCRIPTOR });
  });
}

function failed(id, n, check, error, log) {
  log(`${id} failed: ${error.message}`);
  return unmeasuredRow({ id, title: titleOf(n), target: targetOf(n), check, failed: error.message });
}

/** Run T3 for N = 50, 200, 1000, emitting each row as it is measured. */
export async function cedarRows({ measure, log, emit }) {
  const started = await startCedar();
  if (started.unavailable) {
    log(`T3 skipped: ${started.unavailable}`);
    for (const n of SIZES) emit(unmeasuredRow({ id: `T3 N=${n}`, title: titleOf(n), target: targetOf(n), check: '—', skipped: started.unavailable }));
    return;
  }
  const { child } = started;
  try {
    for (const n of SIZES) {
      const id = `T3 N=${n}`;
      const pack = syntheticPack(n);
      const edition = compileEditionText(pack.yaml, `synthetic-${n}.yaml`);
      const kanmonPasses = findingStatuses(evaluateWithEditions(SYNTHETIC_DESCRIPTOR, [edition], SYNTHETIC_DESCRIPTOR.evaluatedOn))
        .filter((f) => f.status === 'pass').map((f) => f.ruleId).sort();
      let answer;
      try {
        answer = await prepare(child, pack.cedar);
      } catch (error) {
        emit(failed(id, n, '—', error, log));
        continue;
      }
      const same = JSON.stringify(answer.satisfied) === JSON.stringify(kanmonPasses) && JSON.stringify(kanmonPasses) === JSON.stringify(pack.expectedPasses);
      const check = same
        ? `same ${kanmonPasses.length}/${n} rules pass on both sides (Cedar ${answer.version}, ${answer.errors} evaluation errors)`
        : `PASS SETS DIFFER: kanmon ${kanmonPasses.length}, Cedar ${answer.satisfied.length}, by construction ${pack.expectedPasses.length}`;
      log(`${id} ${titleOf(n)}\n  check: ${check}`);
      if (!same || answer.errors > 0) {
        log('  !!! The two sides disagree on which rules pass (or Cedar reported errors); not timed.');
        emit(unmeasuredRow({ id, title: titleOf(n), target: targetOf(n), check }));
        continue;
      }
      const kanmon = localContestant(KANMON, () => evaluateWithEditions(SYNTHETIC_DESCRIPTOR, [edition], SYNTHETIC_DESCRIPTOR.evaluatedOn));
      try {
        const results = await interleave([childContestant(CEDAR, child), kanmon], measure);
        emit(contestRow({ id, title: titleOf(n), results, numerator: CEDAR, denominator: KANMON, target: targetOf(n), check }));
      } catch (error) {
        emit(failed(id, n, check, error, log));
      }
    }
  } finally {
    child.kill();
  }
}
