// Every call the bench makes to kanmon goes through this file, and only to the public API as built
// into dist/ (run `npm run build` first; `npm run bench` does). When the API changes (an option
// renamed, the compiled form of a condition reshaped), this is the one place to fix.
import { readFileSync } from 'node:fs';
import * as kanmon from '../../dist/index.js';
import { run as runCli } from '../../dist/cli-api.js';

/** The CLI entry point a user runs as `kanmon` (T4 spawns it with node). */
export const CLI_PATH = 'dist/cli.js';

/** Parse and validate a YAML/JSON descriptor text; throws with the problems when it is invalid. */
export function parseDescriptorText(text, file) {
  const result = kanmon.parseDescriptor(text, file);
  if (!result.ok) throw new Error(`${file ?? 'descriptor'} is not a valid descriptor: ${result.problems.map((p) => `${p.pointer} ${p.message.en}`).join('; ')}`);
  return result.descriptor;
}

/** Read and parse a descriptor file. */
export function readDescriptor(file) {
  return parseDescriptorText(readFileSync(file, 'utf8'), file);
}

/** Whether a descriptor value passes kanmon's validation. */
export function isValidDescriptor(value) {
  return kanmon.validateDescriptor(value).ok;
}

/** A bundled edition, compiled, by pack and edition; throws when there is none. */
export function bundledEdition(pack, edition) {
  const found = kanmon.bundledEditions().find((e) => e.pack === pack && e.edition === edition);
  if (!found) throw new Error(`no bundled edition ${pack}@${edition}`);
  return found;
}

/** Compile a pack edition from its YAML text (throws with every problem when it is invalid). */
export function compileEditionText(text, file) {
  return kanmon.loadEdition(text, file);
}

/** evaluate() with one bundled pack pinned to one edition, as `--pack p --edition p=e` does. */
export function evaluatePinned(descriptor, pack, edition) {
  return kanmon.evaluate(descriptor, { packs: [pack], editions: { [pack]: edition } });
}

/** evaluate() with caller-supplied editions instead of the bundled ones. */
export function evaluateWithEditions(descriptor, editions, asOf) {
  return kanmon.evaluate(descriptor, { policies: editions, asOf });
}

/** evaluate() with every default: all bundled packs in force at the descriptor's date. */
export function evaluateDefault(descriptor) {
  return kanmon.evaluate(descriptor);
}

/** The findings of a report reduced to what the baselines compute: rule, place and status. */
export function findingStatuses(report) {
  return report.findings.map((f) => ({ ruleId: f.ruleId, pointer: f.pointer, status: f.status }));
}

/** Run the CLI in this process (the code `kanmon …` runs, minus node's start-up); output is captured. */
export function runCliInProcess(argv) {
  let stdout = '';
  let stderr = '';
  const exitCode = runCli(argv, {
    stdout: (text) => { stdout += text; },
    stderr: (text) => { stderr += text; },
    readFile: (path) => readFileSync(path, 'utf8'),
    env: { LANG: 'en_US.UTF-8' },
    now: () => Date.now(),
  });
  return { exitCode, stdout, stderr };
}

/**
 * An edition's rules in json-rules-engine's condition format, with what a status needs beside the
 * conditions: the forEach list, the rule's own dates, the exemptions. Conditions are rebuilt from kanmon's compiled form.
 */
export function ruleModel(edition) {
  return {
    pack: edition.pack,
    edition: edition.edition,
    appliesTo: edition.appliesTo ? toRaw(edition.appliesTo) : undefined,
    rules: edition.rules.map((rule) => ({
      id: rule.id,
      forEach: rule.forEach?.path,
      effective: rule.effective,
      when: rule.when ? toRaw(rule.when) : undefined,
      check: toRaw(rule.check),
      exemptedBy: [...(rule.exemptedBy ?? [])],
    })),
  };
}

/** kanmon's operators: name, whether json-rules-engine has it built in, whether it decides absence itself, its test. */
export function operators() {
  return [...kanmon.OPERATORS.values()].map((op) => ({
    name: op.name,
    builtIntoJre: op.origin === 'json-rules-engine',
    decidesAbsence: op.decidesAbsence,
    test: (fact, value, asOf) => op.test(fact, value, { asOf }),
  }));
}

function toRaw(node) {
  switch (node.kind) {
    case 'all': return { all: node.children.map(toRaw) };
    case 'any': return { any: node.children.map(toRaw) };
    case 'not': return { not: toRaw(node.child) };
    default: return {
      fact: node.fact,
      ...(node.segments.length ? { path: node.path } : {}),
      operator: node.operator.name,
      value: node.valueRef ? { fact: node.valueRef.fact, ...(node.valueRef.segments.length ? { path: node.valueRef.path } : {}) } : node.value,
    };
  }
}
