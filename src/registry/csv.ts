import { msg } from '../diagnostics/catalogue/index.js';
import type { RegistryProblem } from './errors.js';

/** One CSV record: its fields and the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Parse RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, a leading BOM); blank lines are skipped. */
export function parseCsv(text: string, file?: string): { records: CsvRecord[]; problems: RegistryProblem[] } {
  const records: CsvRecord[] = [];
  const problems: RegistryProblem[] = [];
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quotedAt: number | undefined;
    let ended = false;
    while (i < src.length && !ended) {
      const ch = src[i]!;
      if (quotedAt !== undefined) {
        if (ch === '"' && src[i + 1] === '"') { field += '"'; i += 2; continue; }
        if (ch === '"') { quotedAt = undefined; i++; continue; }
        if (ch === '\n') line++;
        field += ch; i++;
        continue;
      }
      if (ch === '"' && field === '') { quotedAt = line; i++; continue; }
      if (ch === ',') { fields.push(field); field = ''; i++; continue; }
      if (ch === '\r' && src[i + 1] === '\n') { i++; continue; }
      if (ch === '\n') { line++; i++; ended = true; continue; }
      field += ch; i++;
    }
    if (quotedAt !== undefined) {
      problems.push({ code: 'syntax', ...(file ? { file } : {}), line: quotedAt, message: msg('registry.unclosed-quote') });
      break;
    }
    fields.push(field);
    if (fields.length === 1 && fields[0]!.trim() === '') continue;
    records.push({ line: start, fields });
  }
  return { records, problems };
}
