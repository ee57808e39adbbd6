import { parseDescriptor, type DescriptorResult } from '../descriptor/validate.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CompiledEdition } from '../engine/compiled.js';
import { readInput } from '../parse/read-input.js';
import type { PolicyError } from '../policy/errors.js';
import { compileEditions } from '../policy/load.js';
import type { Lang } from '../shared/messages.js';
import { describeInputProblems, type CliIo } from './io.js';

/** Read a file for the CLI (bounded, UTF-8 only); on failure print every reason (ja/en) and return it. */
export function readText(file: string, io: CliIo, lang: Lang, quiet = false): { text: string } | { error: string; diagnostics: Diagnostic[] } {
  const read = readInput(file, io.readFile, { kind: 'input' });
  if ('text' in read) return read;
  const printed = describeInputProblems(read.diagnostics, lang);
  if (!quiet) io.stderr(printed);
  return { error: read.diagnostics.map((d) => d.message[lang]).join('\n'), diagnostics: read.diagnostics };
}

/** Every problem of an invalid descriptor, one per line with file:line:column, code and pointer. */
export function describeProblems(file: string, problems: readonly Diagnostic[], lang: Lang): string {
  const head = lang === 'ja'
    ? `kanmon: ${file} は記述子として不正です（${problems.length} 件）。評価していません。`
    : `kanmon: ${file} is not a valid descriptor (${problems.length} problem(s)). Nothing was evaluated.`;
  return [head, ...problems.map((p) => `  ${file}:${p.line ?? 1}:${p.column ?? 1}  ${p.code}  ${p.pointer || '/'}  ${p.message[lang]}`)].join('\n') + '\n';
}

/** Read and validate one descriptor file, printing problems; undefined when it cannot be used. */
export function readDescriptor(file: string, io: CliIo, lang: Lang): Extract<DescriptorResult, { ok: true }> | undefined {
  const read = readText(file, io, lang);
  if ('error' in read) return undefined;
  const parsed = parseDescriptor(read.text, file);
  if (!parsed.ok) { io.stderr(describeProblems(file, parsed.diagnostics, lang)); return undefined; }
  return parsed;
}

/** Load pack edition files given with --policy, together with the bundled editions they may extend; 'failed' after printing every problem. */
export function loadPolicies(files: readonly string[], io: CliIo, lang: Lang): CompiledEdition[] | 'failed' {
  const sources = readPolicyFiles(files, io, lang);
  const result = compileEditions(sources.read, { bundled: true });
  if (!result.ok) {
    io.stderr(describePolicyErrors(result.diagnostics, lang));
    return 'failed';
  }
  return sources.failed ? 'failed' : result.editions;
}

/** Read --policy files; the readable ones are kept so their problems are reported too. */
export function readPolicyFiles(files: readonly string[], io: CliIo, lang: Lang): { read: { file: string; text: string }[]; failed: boolean } {
  const read: { file: string; text: string }[] = [];
  let failed = false;
  for (const file of files) {
    const text = readText(file, io, lang);
    if ('error' in text) failed = true;
    else read.push({ file, text: text.text });
  }
  return { read, failed };
}

/** Every problem of the policy files, grouped by file, one per line with file:line:column, code and pointer. */
export function describePolicyErrors(errors: readonly (Diagnostic | PolicyError)[], lang: Lang): string {
  const files = [...new Set(errors.map((e) => e.file ?? ''))];
  return files.map((file) => {
    const own = errors.filter((e) => (e.file ?? '') === file);
    const head = lang === 'ja' ? `kanmon: ポリシー ${file} に ${own.length} 件の問題があります。` : `kanmon: policy ${file} has ${own.length} problem(s).`;
    return [head, ...own.map((e) => `  ${file}:${e.line ?? 1}:${e.column ?? 1}  ${e.code}  ${e.pointer || '/'}  ${e.message[lang]}`)].join('\n') + '\n';
  }).join('');
}
