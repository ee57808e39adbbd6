import { msg } from '../diagnostics/catalogue/index.js';
import { parseDescriptor, validateDescriptor } from '../descriptor/validate.js';
import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import { toPointer } from '../shared/json-pointer.js';
import type { SourceDocument } from '../parse/source-document.js';
import { applyPatch, type PatchOperation } from './json-patch.js';
import { folderOf, joinPath } from './paths.js';
import { descriptorDiagnostic, nest, type ProblemSink } from './problems.js';
import { didYouMean } from '../shared/closest.js';
import type { CaseFileSystem } from './types.js';

/** A base as written: a file (relative to the case table) or an inline descriptor. */
export interface RawBase {
  file?: string;
  descriptor?: Record<string, unknown>;
}

/** The parts of a case that say which descriptor it evaluates. */
export interface DescriptorSource {
  base?: string;
  patch?: PatchOperation[];
  descriptor?: Record<string, unknown>;
}

/** What resolving needs: the case table (parsed), its problem sink and the files it may read. */
export interface TableSource {
  doc: SourceDocument;
  sink: ProblemSink;
  files: CaseFileSystem;
}

/** Every named base, valid descriptor or undefined when it has problems (reported to the sink). */
export function loadBases(raw: Readonly<Record<string, RawBase>> | undefined, table: TableSource): Map<string, KanmonDescriptor | undefined> {
  const bases = new Map<string, KanmonDescriptor | undefined>();
  for (const [name, base] of Object.entries(raw ?? {})) {
    const at = toPointer(['bases', name]);
    if ((base.file === undefined) === (base.descriptor === undefined)) {
      table.sink.add('invalid-base', msg('cases.invalid-base', { name }), at);
      bases.set(name, undefined);
    } else if (base.file !== undefined) {
      bases.set(name, readBaseFile(base.file, `${at}/file`, table));
    } else {
      bases.set(name, checked(base.descriptor, table, (pointer) => `${at}/descriptor${pointer}`));
    }
  }
  return bases;
}

/** The descriptor a case evaluates, validated; undefined after reporting why there is none. */
export function caseDescriptor(source: DescriptorSource, at: string, bases: ReadonlyMap<string, KanmonDescriptor | undefined>, table: TableSource): KanmonDescriptor | undefined {
  const { sink } = table;
  if ((source.base === undefined) === (source.descriptor === undefined) || (source.patch !== undefined && source.base === undefined)) {
    sink.add('base-or-descriptor', msg('cases.base-or-descriptor'), at);
    return undefined;
  }
  if (source.descriptor !== undefined) return checked(source.descriptor, table, (pointer) => `${at}/descriptor${pointer}`);
  const name = source.base!;
  if (!bases.has(name)) {
    sink.add('unknown-base', nest(msg('cases.unknown-base', { name }), 'hint', didYouMean(name, bases.keys())), `${at}/base`, { base: name });
    return undefined;
  }
  const base = bases.get(name);
  if (base === undefined || source.patch === undefined) return base;
  const operations = source.patch;
  const patched = applyPatch(base, operations);
  if (!patched.ok) {
    const op = operations[patched.index]!;
    sink.add('patch-failed', nest(msg('cases.patch-failed', { index: patched.index, op: op.op, path: op.path }), 'reason', patched.reason), `${at}/patch/${patched.index}`, { index: patched.index });
    return undefined;
  }
  return checked(patched.value, table, (pointer) => patchPlace(operations, patched.written, `${at}/patch`, pointer));
}

function readBaseFile(relative: string, at: string, table: TableSource): KanmonDescriptor | undefined {
  const path = joinPath(folderOf(table.sink.file), relative);
  let text: string;
  try {
    text = table.files.readFile(path);
  } catch (error) {
    table.sink.add('unreadable-file', msg('cases.unreadable-file', { path, reason: reasonOf(error) }), at, { path });
    return undefined;
  }
  const parsed = parseDescriptor(text, path);
  if (parsed.ok) return parsed.descriptor;
  for (const p of parsed.diagnostics) table.sink.diagnostics.push({ ...p, file: path, line: p.line ?? 1, column: p.column ?? 1 });
  return undefined;
}

/** Why a file could not be read, as the system says it (ENOENT…). */
export function reasonOf(error: unknown): string {
  return (error as { code?: unknown }).code !== undefined ? String((error as { code: unknown }).code) : (error as Error).message;
}

function checked(value: unknown, table: TableSource, toFilePointer: (pointer: string) => string): KanmonDescriptor | undefined {
  const result = validateDescriptor(value);
  if (result.ok) return result.descriptor;
  const found = result.diagnostics.map((p) => descriptorDiagnostic(p, table.sink.file, table.doc, toFilePointer));
  found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  table.sink.diagnostics.push(...found);
  return undefined;
}

/**
 * Where in the case table a problem of a patched descriptor comes from: inside the value of the last
 * operation that wrote the place (or one above it), else the last operation that touched below it
 * (a removal), else the patch as a whole.
 */
function patchPlace(operations: readonly PatchOperation[], written: readonly (string | undefined)[], at: string, pointer: string): string {
  const within = (inner: string, outer: string): boolean => inner === outer || inner.startsWith(`${outer}/`);
  for (let j = operations.length - 1; j >= 0; j--) {
    const place = written[j];
    if (place === undefined || !within(pointer, place)) continue;
    const op = operations[j]!.op;
    return op === 'add' || op === 'replace' ? `${at}/${j}/value${pointer.slice(place.length)}` : `${at}/${j}`;
  }
  for (let j = operations.length - 1; j >= 0; j--) {
    if (within(written[j] ?? operations[j]!.path, pointer)) return `${at}/${j}`;
  }
  return at;
}
