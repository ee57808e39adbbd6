import { describeInputProblems, type CliIo } from './io.js';
import { msg } from '../diagnostics/catalogue/index.js';
import { readInput } from '../parse/read-input.js';
import type { Lang } from '../shared/messages.js';
import { parseRegistry } from '../registry/parse.js';
import type { IsmapRegistrySnapshot } from '../registry/types.js';

/** Read a snapshot file for the CLI; on any problem, print every one with its line and return 'failed' (exit 2). */
export function readRegistryFile(file: string, io: CliIo, lang: Lang): IsmapRegistrySnapshot | 'failed' {
  const read = readInput(file, io.readFile, { kind: 'registry' });
  if ('diagnostics' in read) {
    io.stderr(`kanmon: ${msg('input.registry-unreadable', { file })[lang]}\n${describeInputProblems(read.diagnostics, lang)}`);
    return 'failed';
  }
  const result = parseRegistry(read.text, file);
  if (result.ok) return result.snapshot;
  io.stderr(`kanmon: ${msg('cli.registry-problems', { file, count: result.diagnostics.length })[lang]}\n`);
  for (const p of result.diagnostics) io.stderr(`  ${file}:${p.line ?? 1}${p.column !== undefined ? `:${p.column}` : ''}  ${p.code}  ${p.message[lang]}\n`);
  return 'failed';
}
