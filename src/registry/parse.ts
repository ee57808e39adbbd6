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
  if (!header) return { problems: [{ code: 'empty', ...where, line: 1, message: { ja: 'スナップショットが空です（見出し行がありません）。', en: 'The snapshot is empty (no header row).' } }] };
  const names = header.fields.map((f) => f.trim());
  names.forEach((name, i) => {
    if (!(ENTRY_FIELDS as readonly string[]).includes(name)) {
      problems.push({ code: 'unknown-column', ...where, line: header.line, message: { ja: `見出し ${i + 1} 列目「${name}」は未知の列です。使える列: ${ENTRY_FIELDS.join(', ')}`, en: `Header column ${i + 1} "${name}" is unknown. Columns: ${ENTRY_FIELDS.join(', ')}` } });
    } else if (names.indexOf(name) !== i) {
      problems.push({ code: 'duplicate-column', ...where, line: header.line, message: { ja: `列「${name}」が二度あります。`, en: `Column "${name}" appears twice.` } });
    }
  });
  for (const field of ENTRY_FIELDS) {
    if (field !== 'scope' && !names.includes(field)) {
      problems.push({ code: 'missing-column', ...where, line: header.line, message: { ja: `必須の列「${field}」が見出しにありません。`, en: `The header lacks the required column "${field}".` } });
    }
  }
  if (problems.length > 0) return { problems };
  const raw: RawRow[] = [];
  for (const record of rows) {
    if (record.fields.length !== names.length) {
      problems.push({ code: 'wrong-field-count', ...where, line: record.line, message: { ja: `${record.fields.length} 項目ありますが、見出しは ${names.length} 列です。`, en: `The row has ${record.fields.length} fields; the header has ${names.length} columns.` } });
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
    return { problems: [{ code: 'not-a-snapshot', ...where, ...at(''), message: { ja: 'JSON のスナップショットは配列、又は { "entries": [...] } の形にしてください。', en: 'A JSON snapshot must be an array or an object { "entries": [...] }.' } }] };
  }
  const meta = wrapped as { takenOn?: unknown; source?: unknown; entries: unknown[] };
  const problems: RegistryProblem[] = [];
  for (const key of Object.keys(meta)) {
    if (!['takenOn', 'source', 'entries'].includes(key)) problems.push({ code: 'unknown-column', ...where, ...at(`/${key}`), message: { ja: `未知の項目「${key}」です（takenOn, source, entries のみ）。`, en: `Unknown key "${key}" (only takenOn, source, entries).` } });
  }
  if (meta.takenOn !== undefined && !isIsoDate(meta.takenOn)) problems.push({ code: 'invalid-field', ...where, ...at('/takenOn'), message: { ja: 'takenOn は YYYY-MM-DD の日付にしてください。', en: 'takenOn must be a date written YYYY-MM-DD.' } });
  if (meta.source !== undefined && typeof meta.source !== 'string') problems.push({ code: 'invalid-field', ...where, ...at('/source'), message: { ja: 'source は文字列にしてください。', en: 'source must be a string.' } });
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
