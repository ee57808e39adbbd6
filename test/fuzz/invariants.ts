import { KanmonError, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Report } from '../../src/report/types.js';
import { reportSchemaErrors } from '../support/report-schema.js';

// What must hold whatever the input: an error is a KanmonError whose diagnostics are located and
// bilingual; a report fits its schema; nothing leaks an engine error, a stack or an unfilled value.

/** A broken invariant: the message says which, with what was seen. */
export class InvariantBroken extends Error {
  constructor(what: string, detail?: unknown) {
    super(detail === undefined ? what : `${what}\n${describe(detail)}`);
    this.name = 'InvariantBroken';
  }
}

function describe(detail: unknown): string {
  if (detail instanceof Error) return `${detail.name}: ${detail.message}\n${detail.stack ?? ''}`;
  try {
    const text = JSON.stringify(detail, null, 2);
    return text.length > 4000 ? `${text.slice(0, 4000)}…` : text;
  } catch {
    return String(detail);
  }
}

/** Words an engine error or a leaked stack would bring into a message. */
const LEAKS = /internal error|内部エラー|Maximum call stack|is not a function|Cannot read propert|Cannot convert|is not iterable|undefined is not|\bat [^\s]+ \(.+:\d+:\d+\)|\n\s+at /;

/** Codes that describe a whole file or a count, not one place in it. */
const WHOLE_FILE = new Set(['too-large', 'unreadable', 'more-problems']);

/** Parse-level codes: located by line:column (and byte offset), not necessarily by a pointer. */
const TEXT_LEVEL = new Set(['syntax', 'wrong-encoding', 'invalid-utf8', 'nul-byte', 'too-deep', 'too-many-nodes', 'alias-limit', 'alias-cycle', 'undefined-alias', 'complex-key', 'duplicate-key', 'more-problems', 'too-large', 'unreadable']);

/** Where the diagnostics should say a problem is. */
export interface Expected {
  /** The file name given, when there was one. */
  file?: string;
  /** The source text, when the input was a text (line:column must then be given, within it). */
  text?: string;
  /** The input was bytes not yet decoded: a problem in them names line:column or a byte offset. */
  bytes?: true;
}

/** Every diagnostic is a bilingual, located problem; none leaks an engine error. */
export function checkDiagnostics(diagnostics: readonly Diagnostic[], expected: Expected): void {
  if (!Array.isArray(diagnostics) || diagnostics.length === 0) throw new InvariantBroken('a failure without diagnostics', diagnostics);
  const lines = expected.text === undefined ? 0 : countLines(expected.text);
  for (const d of diagnostics) {
    if (typeof d.code !== 'string' || d.code === '') throw new InvariantBroken('a diagnostic without a code', d);
    if (d.severity !== 'error' && d.severity !== 'warning') throw new InvariantBroken('a diagnostic without a severity', d);
    checkMessage(d.message, d);
    if (d.kind === 'option') continue;
    if (expected.file !== undefined && d.file !== expected.file) throw new InvariantBroken(`a diagnostic not naming the file ${expected.file}`, d);
    const textLevel = TEXT_LEVEL.has(d.code);
    if (!textLevel && typeof d.pointer !== 'string') throw new InvariantBroken('a diagnostic without a pointer', d);
    if (typeof d.pointer === 'string' && d.pointer !== '' && !d.pointer.startsWith('/')) throw new InvariantBroken('a pointer that is not RFC 6901', d);
    if (expected.text !== undefined && !WHOLE_FILE.has(d.code)) {
      if (!isPositive(d.line) || !isPositive(d.column)) throw new InvariantBroken('a diagnostic about a text without line:column', d);
      if (d.line! > lines) throw new InvariantBroken(`a line past the end of the text (${lines} lines)`, d);
    }
    if (expected.bytes && !WHOLE_FILE.has(d.code) && !isPositive(d.line) && typeof d.params?.offset !== 'number') {
      throw new InvariantBroken('a problem in the bytes without line:column or byte offset', d);
    }
    // A value handed over by a program has no text: its pointer is its location.
    if (expected.text === undefined && !expected.bytes && !WHOLE_FILE.has(d.code) && typeof d.pointer !== 'string') throw new InvariantBroken('a problem in a value without a pointer', d);
  }
}

/** An error thrown by kanmon must be a KanmonError carrying located diagnostics. */
export function checkThrown(error: unknown, expected: Expected): KanmonError {
  if (!(error instanceof KanmonError)) throw new InvariantBroken('an exception that is not a KanmonError', error);
  checkDiagnostics(error.diagnostics, expected);
  return error;
}

function checkMessage(message: unknown, d: unknown): void {
  const m = message as { ja?: unknown; en?: unknown } | undefined;
  if (typeof m?.ja !== 'string' || typeof m.en !== 'string' || m.ja === '' || m.en === '') throw new InvariantBroken('a message not in both languages', d);
  if (!/[\u3040-\u30ff\u3400-\u9fff]/.test(m.ja)) throw new InvariantBroken('a Japanese message with no Japanese in it', d);
  if (LEAKS.test(m.ja) || LEAKS.test(m.en)) throw new InvariantBroken('a message leaking an engine error or a stack', d);
}

function isPositive(n: unknown): boolean {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1;
}

function countLines(text: string): number {
  // Every line end a YAML or JSON parser may count: \n, \r\n and a lone \r.
  return text.split(/\r\n|\r|\n/).length;
}

/** A report fits schemas/report.schema.json, serialises, and shows nothing unfilled. */
export function checkReport(report: Report, input: string): void {
  const errors = reportSchemaErrors(report);
  if (errors.length > 0) throw new InvariantBroken('a report that does not fit report.schema.json', errors.slice(0, 10));
  for (const w of report.warnings) checkMessage(w.message, w);
  checkOutput(JSON.stringify(report), 'json', input);
}

/** Formatted output shows no JavaScript accident (unless the input itself contains those words). */
export function checkOutput(output: unknown, formatter: string, input: string): void {
  if (typeof output !== 'string') throw new InvariantBroken(`formatter ${formatter} did not return text`, output);
  for (const accident of ['[object Object]', 'undefined', 'NaN', '[Function', 'Symbol(']) {
    if (output.includes(accident) && !input.includes(accident)) throw new InvariantBroken(`formatter ${formatter} printed ${accident}`, output.slice(Math.max(0, output.indexOf(accident) - 300), output.indexOf(accident) + 100));
  }
}

/** The same text twice, or which formatter differed. */
export function checkSame(a: string, b: string, what: string): void {
  if (a === b) return;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  throw new InvariantBroken(`${what} differ`, { at: i, first: a.slice(Math.max(0, i - 200), i + 200), second: b.slice(Math.max(0, i - 200), i + 200) });
}

/** What a report says that does not depend on the language: statuses, places, editions, decision. */
export function languageFree(report: Report): string {
  return JSON.stringify({
    findings: report.findings.map((f) => [f.ruleId, f.pack, f.edition, f.status, f.severity, f.pointer, f.line, f.column, f.judgedBy.by]),
    packs: report.packs.map((p) => [p.pack, p.edition, p.hash, p.applicable]),
    waivers: report.waivers.map((w) => [w.ruleId, w.pointer, w.state]),
    warnings: report.warnings.map((w) => [w.code, w.pointer, w.line, w.column]),
    summary: report.summary, decision: report.decision, asOf: report.asOf,
  });
}
