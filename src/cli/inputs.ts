import { parseDescriptor, type DescriptorResult } from '../descriptor/validate.js';
import { msg } from '../diagnostics/catalogue/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CompiledEdition } from '../engine/compiled.js';
import { readInput } from '../parse/read-input.js';
import { bundledEditions } from '../policy/bundled.js';
import type { PolicyError } from '../policy/errors.js';
import { compileEditions } from '../policy/load.js';
import type { Lang } from '../shared/messages.js';
import type { Flags } from './args.js';
import type { InputFile } from './expand-inputs.js';
import { describeInputProblems, type CliIo } from './io.js';

/** Read a file for the CLI (bounded, UTF-8 only), named `label` in messages; on failure print every reason (unless quiet) and return them. */
export function readText(input: string | InputFile, io: CliIo, lang: Lang, quiet = false): { text: string } | { diagnostics: Diagnostic[] } {
  const { path, label } = typeof input === 'string' ? { path: input, label: input } : input;
  const read = readInput(label, (_, max) => io.readFile(path, max), { kind: 'input' });
  if ('text' in read) return read;
  if (!quiet) io.stderr(describeInputProblems(read.diagnostics, lang));
  return { diagnostics: read.diagnostics };
}

/** One line per problem, `file:line:column  code  pointer  message`, under a heading. */
function problemLines(head: string, file: string, problems: readonly (Diagnostic | PolicyError)[], lang: Lang): string {
  return [`kanmon: ${head}`, ...problems.map((p) => `  ${file}:${p.line ?? 1}:${p.column ?? 1}  ${p.code}  ${p.pointer || '/'}  ${p.message[lang]}`)].join('\n') + '\n';
}

/** Every problem of an invalid descriptor, one per line with file:line:column, code and pointer. */
export function describeProblems(file: string, problems: readonly Diagnostic[], lang: Lang): string {
  return problemLines(msg('cli.invalid-descriptor', { file, count: problems.length })[lang], file, problems, lang);
}

/** Read and validate one descriptor file, printing problems; undefined when it cannot be used. */
export function readDescriptor(input: string | InputFile, io: CliIo, lang: Lang): Extract<DescriptorResult, { ok: true }> | undefined {
  const label = typeof input === 'string' ? input : input.label;
  const read = readText(input, io, lang);
  if ('diagnostics' in read) return undefined;
  const parsed = parseDescriptor(read.text, label);
  if (!parsed.ok) { io.stderr(describeProblems(label, parsed.diagnostics, lang)); return undefined; }
  return parsed;
}

/** Load pack edition files, together with the bundled editions they may extend; 'failed' after printing every problem. */
export function loadPolicies(files: readonly string[], io: CliIo, lang: Lang): CompiledEdition[] | 'failed' {
  const sources = readPolicyFiles(files, io, lang);
  const result = compileEditions(sources.read, { bundled: true });
  if (!result.ok) {
    io.stderr(describePolicyErrors(result.diagnostics, lang));
    return 'failed';
  }
  return sources.failed ? 'failed' : result.editions;
}

/**
 * The editions to judge by, from --policy and --only-policy: --policy adds editions to the bundled
 * ones (an edition with a bundled edition's pack and name takes its place; a new edition of a bundled
 * pack joins the choice of the edition in force); --only-policy uses only the files given. Undefined
 * when neither is given (the bundled editions); 'failed' after printing the problems.
 */
export function editionsFromFlags(flags: Flags, io: CliIo, lang: Lang): CompiledEdition[] | undefined | 'failed' {
  const only = flags.list('only-policy');
  const added = flags.list('policy');
  if (only.length === 0 && added.length === 0) return undefined;
  const loaded = loadPolicies([...only, ...added], io, lang);
  if (loaded === 'failed' || only.length > 0) return loaded;
  const own = new Set(loaded.map((e) => `${e.pack}@${e.edition}`));
  return [...loaded, ...bundledEditions().filter((e) => !own.has(`${e.pack}@${e.edition}`))];
}

/** Read --policy files; the readable ones are kept so their problems are reported too. */
export function readPolicyFiles(files: readonly string[], io: CliIo, lang: Lang): { read: { file: string; text: string }[]; failed: boolean } {
  const read: { file: string; text: string }[] = [];
  let failed = false;
  for (const file of files) {
    const text = readText(file, io, lang);
    if ('diagnostics' in text) failed = true;
    else read.push({ file, text: text.text });
  }
  return { read, failed };
}

/** Every problem of the policy files, grouped by file, one per line with file:line:column, code and pointer. */
export function describePolicyErrors(errors: readonly (Diagnostic | PolicyError)[], lang: Lang): string {
  const files = [...new Set(errors.map((e) => e.file ?? ''))];
  return files.map((file) => {
    const own = errors.filter((e) => (e.file ?? '') === file);
    return problemLines(msg('cli.policy-problems', { file, count: own.length })[lang], file, own, lang);
  }).join('');
}
