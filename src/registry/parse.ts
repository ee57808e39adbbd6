import { msg } from '../diagnostics/catalogue/index.js';
import { isIsoDate } from '../shared/dates.js';
import { parseSource } from '../parse/source-document.js';
import { parseCsv } from './csv.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { registryDiagnostic, type RegistryProblem } from './errors.js';
import type { IsmapRegistrySnapshot } from './types.js';
import { checkRows, ENTRY_FIELDS, type RawRow } from './validate.js';

/** The outcome of reading a snapshot file: the snapshot, or every problem with its line. */
export type RegistryResult = { ok: true; snapshot: IsmapRegistrySnapshot } | { ok: false; diagnostics: Diagnostic[] };

/** Read an ISMAP registry snapshot from CSV or JSON text; the format follows the file name, else the first character. */
export function parseRegistry(text: string, file?: string): RegistryResult {
  const json = file ? /\.json$/i.test(file) : /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
  const result = json ? fromJson(text, file) : fromCsv(text, file);
  if (result.problems.length > 0 || !result.snapshot) return { ok: false, diagnostics: result.problems.map(registryDiagnostic) };
  return { ok: true, snapshot: result.snapshot };
}

function fromCsv(text: string, file?: string): { snapshot?: IsmapRegistrySnapshot; problems: RegistryProblem[] } {
  const { records, problems } = parseCsv(text, file);
  const where = file ? { file } : {};
  if (problems.length > 0) return { problems };
  const [header, ...rows] = records;
  if (!header) return { problems: [{ code: 'empty', ...where, line: 1, message: msg('registry.empty') }] };
  const names = header.fields.map((f) => f.trim());
  names.forEach((name, i) => {
    if (!(ENTRY_FIELDS as readonly string[]).includes(name)) {
      problems.push({ code: 'unknown-column', ...where, line: header.line, message: msg('registry.unknown-header-column', { column: i + 1, name, columns: ENTRY_FIELDS.join(', ') }) });
    } else if (names.indexOf(name) !== i) {
      problems.push({ code: 'duplicate-column', ...where, line: header.line, message: msg('registry.duplicate-column', { name }) });
    }
  });
  for (const field of ENTRY_FIELDS) {
    if (field !== 'scope' && !names.includes(field)) {
      problems.push({ code: 'missing-column', ...where, line: header.line, message: msg('registry.missing-column', { field }) });
    }
  }
  if (problems.length > 0) return { problems };
  const raw: RawRow[] = [];
  for (const record of rows) {
    if (record.fields.length !== names.length) {
      problems.push({ code: 'wrong-field-count', ...where, line: record.line, message: msg('registry.wrong-field-count', { count: record.fields.length, columns: names.length }) });
      continue;
    }
    raw.push({ line: record.line, fields: Object.fromEntries(names.map((n, i) => [n, record.fields[i]])) });
  }
  const checked = checkRows(raw, file);
  problems.push(...checked.problems);
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return problems.length > 0 ? { problems } : { snapshot: { entries: checked.entries }, problems };
}

function fromJson(text: string, file?: string): { snapshot?: IsmapRegistrySnapshot; problems: RegistryProblem[] } {
  const where = file ? { file } : {};
  const parsed = parseSource(text, file);
  if ('problems' in parsed) return { problems: parsed.problems.map((p) => ({ code: 'syntax', ...where, line: p.line, column: p.column, message: p.message })) };
  const doc = parsed.document;
  const value = doc.value;
  const wrapped = Array.isArray(value) ? { entries: value } : value;
  const base = Array.isArray(value) ? '' : '/entries';
  const at = (pointer: string): { line: number; column: number } => doc.locate(pointer);
  if (wrapped === null || typeof wrapped !== 'object' || !Array.isArray((wrapped as { entries?: unknown }).entries)) {
    return { problems: [{ code: 'not-a-snapshot', ...where, ...at(''), message: msg('registry.not-a-snapshot') }] };
  }
  const meta = wrapped as { takenOn?: unknown; source?: unknown; entries: unknown[] };
  const problems: RegistryProblem[] = [];
  for (const key of Object.keys(meta)) {
    if (!['takenOn', 'source', 'entries'].includes(key)) problems.push({ code: 'unknown-column', ...where, ...at(`/${key}`), message: msg('registry.unknown-key', { key }) });
  }
  if (meta.takenOn !== undefined && !isIsoDate(meta.takenOn)) problems.push({ code: 'invalid-field', ...where, ...at('/takenOn'), message: msg('registry.taken-on') });
  if (meta.source !== undefined && typeof meta.source !== 'string') problems.push({ code: 'invalid-field', ...where, ...at('/source'), message: msg('registry.source') });
  const rows: RawRow[] = meta.entries.map((entry, i) => {
    const pointer = `${base}/${i}`;
    const fields = entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? (entry as Record<string, unknown>) : {};
    return { fields, line: at(pointer).line, at: (field: string) => at(field in fields ? `${pointer}/${field}` : pointer) };
  });
  const checked = checkRows(rows, file);
  problems.push(...checked.problems);
  if (problems.length > 0) return { problems };
  return {
    snapshot: { ...(meta.takenOn !== undefined ? { takenOn: meta.takenOn as string } : {}), ...(meta.source !== undefined ? { source: meta.source as string } : {}), entries: checked.entries },
    problems,
  };
}
