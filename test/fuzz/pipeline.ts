import { parseDescriptor, validateDescriptor } from '../../src/descriptor/validate.js';
import type { CompiledEdition } from '../../src/engine/compiled.js';
import { evaluate, type EvaluateOptions } from '../../src/evaluate.js';
import { evaluateAsync } from '../../src/evaluate-async.js';
import { readInput } from '../../src/parse/read-input.js';
import { compileEditions } from '../../src/policy/load.js';
import { formatJson } from '../../src/report/formatters/json.js';
import { formatMarkdown } from '../../src/report/formatters/markdown.js';
import { formatText } from '../../src/report/formatters/text.js';
import { formatSarif } from '../../src/report/formatters/sarif.js';
import { formatJUnit } from '../../src/report/formatters/junit.js';
import { formatGithub } from '../../src/report/formatters/github.js';
import { formatGateText } from '../../src/report/formatters/gate-text.js';
import { formatGateMarkdown } from '../../src/report/formatters/gate-markdown.js';
import type { Report } from '../../src/report/types.js';
import type { Phase, Severity } from '../../src/engine/compiled.js';
import type { DescriptorCase, DescriptorSeed, FuzzCase, FuzzOptions, Hostile, PolicyCase, ValueCase } from './cases.js';
import { checkDiagnostics, checkOutput, checkReport, checkSame, checkThrown, InvariantBroken, languageFree, type Expected } from './invariants.js';
import { applyPolicyOp } from './policy-ops.js';
import { DESCRIPTOR_SEEDS, POLICY_SEEDS, VALID_DESCRIPTORS } from './seeds.js';
import { applyTreeOp, places, setOwn } from './tree.js';
import { editBytes, editText, encodeText, writeYaml, type Format, type YamlOp } from './text.js';

// Runs one fuzz case through what a user's input goes through — read, parse, validate, evaluate,
// evaluateAsync, every formatter — and throws InvariantBroken at the first thing that must not happen.

/** Every report formatter, each as one entry: a new formatter is one more line. */
export const FORMATTERS: readonly { name: string; format: (report: Report) => string }[] = [
  { name: 'text', format: (r) => formatText(r) },
  { name: 'text verbose', format: (r) => formatText(r, { verbose: true }) },
  { name: 'json', format: (r) => formatJson(r) },
  { name: 'markdown', format: (r) => formatMarkdown(r) },
  { name: 'markdown verbose', format: (r) => formatMarkdown(r, { verbose: true }) },
  { name: 'sarif', format: (r) => formatSarif([{ file: r.descriptor.file ?? 'descriptor', report: r }], { lang: r.lang, toolVersion: '0.0.0' }) },
  { name: 'junit', format: (r) => formatJUnit([{ file: r.descriptor.file ?? 'descriptor', report: r }], { lang: r.lang, toolVersion: '0.0.0' }) },
  { name: 'github', format: (r) => formatGithub([{ file: r.descriptor.file ?? 'descriptor', report: r }], { lang: r.lang, toolVersion: '0.0.0' }) },
  { name: 'gate text', format: (r) => formatGateText(r) },
  { name: 'gate markdown', format: (r) => formatGateMarkdown(r) },
];

/** The clock every evaluation uses, so "today" cannot change between two runs of a case. */
const NOW = (): number => Date.UTC(2026, 0, 15, 3);

/** Run one case; resolves, when every invariant held, to how the input was answered (e.g. `parse syntax`, `report`). */
export async function runCase(c: FuzzCase): Promise<string> {
  switch (c.kind) {
    case 'descriptor': return runDescriptor(c);
    case 'value': return runValue(c);
    case 'policy': return runPolicy(c);
  }
}

function seedValue(seed: DescriptorSeed): unknown {
  return structuredClone('example' in seed ? DESCRIPTOR_SEEDS[seed.example % DESCRIPTOR_SEEDS.length]!.value : seed.generated);
}

function write(value: unknown, format: Format, yaml: readonly YamlOp[], original: string | undefined): string {
  switch (format) {
    case 'original': if (original !== undefined) return original; return writeYaml(value, yaml, false);
    case 'yaml': return writeYaml(value, yaml, false);
    case 'yaml-flow': return writeYaml(value, yaml, true);
    case 'json': return JSON.stringify(value);
    case 'json-indented': return JSON.stringify(value, null, 2);
  }
}

async function runDescriptor(c: DescriptorCase): Promise<string> {
  const value = seedValue(c.seed);
  for (const op of c.tree) applyTreeOp(value, op);
  const original = 'example' in c.seed && c.tree.length === 0 ? DESCRIPTOR_SEEDS[c.seed.example % DESCRIPTOR_SEEDS.length]!.text : undefined;
  let text = editText(write(value, c.format, c.yaml, original), c.text);
  const file = c.file;
  if (c.bytes) {
    const bytes = editBytes(encodeText(text, c.bytes.encoding), c.bytes.ops);
    // As the command line reads a file: bounded, UTF-8 only.
    const name = file ?? '-';
    const read = readInput(name, () => bytes, { kind: 'input' });
    if ('diagnostics' in read) {
      checkDiagnostics(read.diagnostics, { file: name, bytes: true });
      const again = readInput(name, () => bytes, { kind: 'input' });
      checkSame(JSON.stringify(read), JSON.stringify(again), 'two reads of the same bytes');
      return `read ${read.diagnostics[0]!.code}`;
    }
    text = read.text;
  }
  const parse = () => parseDescriptor(text, file, c.limits);
  const expected: Expected = { ...(file !== undefined ? { file } : {}), text };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    // Only a limit that is not a whole number >= 0 may be refused by throwing.
    const e = checkThrown(error, expected);
    if (e.kind !== 'option' || e.diagnostics[0]!.code !== 'invalid-limit') throw new InvariantBroken('parseDescriptor threw', error);
    return 'option invalid-limit';
  }
  if (!parsed.ok) {
    checkDiagnostics(parsed.diagnostics, expected);
    checkSame(JSON.stringify(parsed.diagnostics), JSON.stringify((parse() as { diagnostics: unknown }).diagnostics), 'two parses of the same text');
    return `descriptor ${parsed.diagnostics[0]!.code}`;
  }
  return judge(parsed.descriptor, { ...(parsed.source ? { source: parsed.source } : {}) }, c.options, text, expected, true);
}

async function runValue(c: ValueCase): Promise<string> {
  const value = seedValue(c.seed);
  for (const op of c.tree) applyTreeOp(value, op);
  for (const h of c.hostile) plant(value, h.at, h.what, h.underExtension);
  const checked = validateDescriptor(value);
  if (!checked.ok) checkDiagnostics(checked.diagnostics, {});
  return `value ${await judge(value, {}, c.options, '', {}, checked.ok)}`;
}

async function runPolicy(c: PolicyCase): Promise<string> {
  const seed = POLICY_SEEDS[c.seed % POLICY_SEEDS.length]!;
  const value = structuredClone(seed.value) as Record<string, unknown>;
  for (const op of c.tree) applyTreeOp(value, op);
  for (const op of c.policy) applyPolicyOp(value, op);
  const original = c.tree.length === 0 && c.policy.length === 0 ? seed.text : undefined;
  const text = editText(write(value, c.format, c.yaml, original), c.text);
  // Under its own name, a file takes the bundled edition's place; under another, it is a new file.
  const file = c.file === 'own' ? seed.file : c.file === 'other' ? 'my-pack/edition.yaml' : undefined;
  const load = () => compileEditions([{ text, ...(file !== undefined ? { file } : {}) }], { bundled: true });
  let loaded: ReturnType<typeof load>;
  try {
    loaded = load();
  } catch (error) {
    throw new InvariantBroken('compileEditions threw', error);
  }
  if (!loaded.ok) {
    checkPolicyDiagnostics(loaded.diagnostics, file, text);
    checkSame(JSON.stringify(loaded.diagnostics), JSON.stringify((load() as { diagnostics: unknown }).diagnostics), 'two loads of the same edition');
    return `policy ${loaded.diagnostics[0]!.code}`;
  }
  const target = VALID_DESCRIPTORS[c.target % VALID_DESCRIPTORS.length]!;
  const editions: readonly CompiledEdition[] = loaded.editions;
  const asOf = c.atEditionStart ? editions[0]!.effective.from : c.options.asOf;
  return `policy loaded, ${await judge(target.descriptor, { source: target.source, policies: editions }, { ...c.options, ...(asOf !== undefined ? { asOf } : {}) }, `${target.text}\n${text}`, { file: target.source.file! }, true)}`;
}

/** A policy problem names the file given (or, for a rule it inherits, the bundled edition's) and its line:column in it. */
function checkPolicyDiagnostics(diagnostics: Parameters<typeof checkDiagnostics>[0], file: string | undefined, text: string): void {
  const own = diagnostics.filter((d) => d.file === file);
  const inherited = diagnostics.filter((d) => d.file !== file);
  for (const d of inherited) if (!d.file?.startsWith('policies/')) throw new InvariantBroken(`a policy problem in neither ${file} nor a bundled edition`, d);
  if (own.length > 0) checkDiagnostics(own, { ...(file !== undefined ? { file } : {}), text });
  if (inherited.length > 0) checkDiagnostics(inherited, {});
}

/**
 * Evaluate as every caller would — evaluate and evaluateAsync in one language (and, in some cases,
 * evaluate in the other) — and check the report and every formatter's output. `valid`: the descriptor passed
 * validation, so nothing but an option may be refused.
 */
async function judge(descriptor: unknown, base: EvaluateOptions, fuzzed: FuzzOptions, input: string, expected: Expected, valid: boolean): Promise<string> {
  const options: EvaluateOptions = {
    ...base, now: NOW, lang: fuzzed.lang,
    ...(fuzzed.asOf !== undefined ? { asOf: fuzzed.asOf } : {}),
    ...(fuzzed.phase !== undefined ? { phase: fuzzed.phase as Phase } : {}),
    ...(fuzzed.failOn !== undefined ? { failOn: fuzzed.failOn as Severity } : {}),
    ...(fuzzed.retroactive !== undefined ? { retroactive: fuzzed.retroactive } : {}),
    ...(fuzzed.packs !== undefined ? { packs: fuzzed.packs } : {}),
    ...(fuzzed.editions !== undefined ? { editions: fuzzed.editions } : {}),
  };
  let report: Report;
  try {
    report = evaluate(descriptor, options);
  } catch (error) {
    const e = checkThrown(error, expected.text === undefined ? expected : { ...expected, text: input });
    if (valid && e.kind !== 'option') throw new InvariantBroken(`evaluate refused a valid descriptor (${e.kind})`, error);
    let again: unknown;
    try {
      await evaluateAsync(descriptor, options);
    } catch (asyncError) {
      again = asyncError;
    }
    if (again === undefined) throw new InvariantBroken('evaluateAsync accepted what evaluate refused', error);
    checkSame(JSON.stringify(e.diagnostics), JSON.stringify(checkThrown(again, {}).diagnostics), 'the problems evaluate and evaluateAsync found');
    return `refused ${e.kind} ${e.diagnostics[0]!.code}`;
  }
  if (!valid) throw new InvariantBroken('evaluate accepted a descriptor that validateDescriptor refused');
  let asyncReport: Report;
  try {
    asyncReport = await evaluateAsync(descriptor, options);
  } catch (error) {
    throw new InvariantBroken('evaluateAsync refused what evaluate accepted', error);
  }
  checkSame(safeJson(report), safeJson(asyncReport), 'the reports of evaluate and evaluateAsync');
  if (fuzzed.crossLanguage) {
    const other = evaluate(descriptor, { ...options, lang: fuzzed.lang === 'ja' ? 'en' : 'ja' });
    checkSame(languageFree(report), languageFree(other), 'the language-free parts of the Japanese and English reports');
  }
  // The case's language varies, so the schema and every formatter meet both languages over a campaign.
  checkReport(report, input);
  for (const f of FORMATTERS) {
    let out: string;
    try {
      out = f.format(report);
    } catch (error) {
      throw new InvariantBroken(`formatter ${f.name} threw`, error);
    }
    checkOutput(out, f.name, input);
    checkSame(out, f.format(report), `two runs of formatter ${f.name}`);
  }
  return `report ${report.decision}`;
}

function safeJson(report: Report): string {
  try {
    return JSON.stringify(report);
  } catch (error) {
    throw new InvariantBroken('a report that JSON cannot write', error);
  }
}

class Token {
  readonly name = 'token';
}

/** Put a value no parser makes at a place of the tree (or under an extension key there, which the schema lets through). */
function plant(root: unknown, at: number, what: Hostile, underExtension: boolean): void {
  const containers = places(root).filter((p) => p.value !== null && typeof p.value === 'object');
  const target = containers[at % containers.length]!;
  let value: unknown;
  switch (what) {
    case 'undefined': value = undefined; break;
    case 'function': value = () => 'called'; break;
    case 'symbol': value = Symbol('s'); break;
    case 'bigint': value = 10n ** 30n; break;
    case 'date': value = new Date(Date.UTC(2020, 0, 1)); break;
    case 'map': value = new Map([['a', 1]]); break;
    case 'null-prototype': value = Object.assign(Object.create(null) as object, { id: 'n', kind: 'main' }); break;
    case 'sparse': value = [, , 1]; break; // eslint-disable-line no-sparse-arrays
    case 'nan': value = Number.NaN; break;
    case 'infinity': value = Number.POSITIVE_INFINITY; break;
    case 'deep': {
      let v: unknown = 'bottom';
      for (let i = 0; i < 5000; i++) v = { 'x-n': v };
      value = v;
      break;
    }
    case 'inherited': value = Object.create({ id: 'inherited', kind: 'main', exists: true }) as object; break;
    case 'cycle': value = root; break;
    case 'shared': value = target.value; break;
  }
  if (value === undefined && what !== 'undefined') value = new Token();
  const container = target.value as Record<string, unknown> | unknown[];
  if (underExtension && !Array.isArray(container)) setOwn(container, 'x-planted', value);
  else if (Array.isArray(container)) container.push(value);
  else {
    const keys = Object.keys(container);
    setOwn(container, keys.length > 0 ? keys[at % keys.length]! : 'x-planted', value);
  }
}
