import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Lang } from '../../shared/messages.js';
import { citationText, documentDate, sectionText } from '../../shared/citation.js';
import { listOf, type FindingList, type ReportView } from '../finding-list.js';
import type { Finding, SourceInfo } from '../types.js';
import { collect, writeJson, type Sequence, type Write } from './json-stream.js';
import { basisLabel, fileOf, judgedByText, say } from './labels.js';
import type { FileResult, FileResultView, RunFormatOptions } from './results.js';

// SARIF 2.1.0 (OASIS), the format code-scanning dashboards read: one run of kanmon, its rules with
// their sources, one result per fail or missing finding (waived ones carry their waiver as a
// suppression), and the report's warnings and unreadable inputs as notifications.

/** The schema every log names (the id of the OASIS SARIF 2.1.0 schema, errata 01). */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

type Level = 'error' | 'warning' | 'note';
type Json = Record<string, unknown>;

const LEVEL: Record<Finding['severity'] | Diagnostic['severity'], Level> = { error: 'error', warning: 'warning', info: 'note' };

/** The parts of a run: rules, results and notifications, each already in SARIF's shape. */
export interface SarifRunParts {
  rules: Json[];
  /** The results, or (for large reports) a list that builds each when it is written. */
  results: Json[] | Sequence<Json>;
  notifications: Json[];
  /** Whether every input could be used (false when a file was not evaluated). */
  executionSuccessful: boolean;
  properties?: Json;
}

/** A path as a SARIF artifact URI: relative paths stay relative (to the checkout), absolute ones become file: URIs. */
export function artifactUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const encoded = slashed.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${slashed.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}`;
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

/** A physical location: the file, and the region from start to end when the text is known. */
export function physicalLocation(file: string, place: { line?: number; column?: number; endLine?: number; endColumn?: number }): Json {
  const region = place.line === undefined ? undefined : {
    startLine: place.line, ...(place.column !== undefined ? { startColumn: place.column } : {}),
    ...(place.endLine !== undefined ? { endLine: place.endLine } : {}), ...(place.endColumn !== undefined ? { endColumn: place.endColumn } : {}),
  };
  return { artifactLocation: { uri: artifactUri(file) }, ...(region ? { region } : {}) };
}

/** One SARIF log of one run of kanmon. */
export function sarifLog(parts: SarifRunParts, options: RunFormatOptions): string {
  return collect((write) => writeSarifLog(parts, options, write));
}

/** sarifLog, piece by piece: each result is built when it is written. */
export function writeSarifLog(parts: SarifRunParts, options: RunFormatOptions, write: Write): void {
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'kanmon', version: options.toolVersion, semanticVersion: options.toolVersion, language: options.lang, rules: parts.rules } },
      invocations: [{ executionSuccessful: parts.executionSuccessful, toolExecutionNotifications: parts.notifications }],
      language: options.lang,
      columnKind: 'utf16CodeUnits',
      results: parts.results,
      ...(parts.properties ? { properties: parts.properties } : {}),
    }],
  };
  writeJson(log, write, 5);
  write('\n');
}

function sourceProperties(s: SourceInfo, section: string, lang: Lang): Json {
  return {
    title: s.title, issuer: s.issuer, date: documentDate(s, lang), section: sectionText(section, lang), kind: s.kind,
    ...(s.number !== undefined ? { number: s.number } : {}), ...(s.url !== undefined ? { url: s.url } : {}),
  };
}

/** A rule as SARIF describes it: name, title, help text, default level, and the source it rests on. */
function ruleOf(f: Finding, lang: Lang): Json {
  const citation = citationText(f.source, f.section, lang);
  const basis = basisLabel(f.basis, lang);
  const seeAlso = (f.seeAlso ?? []).map((c) => citationText(c.source, c.section, lang));
  const help = [say(lang, 'format.source', { text: `${citation} [${basis}]` }), ...seeAlso.map((c) => say(lang, 'format.see-also', { text: c }))];
  return {
    id: f.ruleId,
    name: `${f.pack}/${f.ruleId}`,
    shortDescription: { text: f.title },
    fullDescription: { text: `${f.title} — ${citation} [${basis}]` },
    help: { text: help.join('\n'), markdown: help.map((h) => `- ${h}`).join('\n') },
    ...(f.source.url !== undefined ? { helpUri: f.source.url } : {}),
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: {
      pack: f.pack, edition: f.edition, severity: f.severity, basis: f.basis, tags: [f.pack, f.basis],
      source: sourceProperties(f.source, f.section, lang),
      ...(f.seeAlso?.length ? { seeAlso: f.seeAlso.map((c) => sourceProperties(c.source, c.section, lang)) } : {}),
    },
  };
}

/** A result for a fail, missing or waived finding; a waived one carries its waiver as an accepted suppression. */
function resultOf(f: Finding, file: string, ruleIndex: number, lang: Lang): Json {
  const text = [f.message, ...(f.remediation && f.remediation !== f.message ? [say(lang, 'format.fix', { text: f.remediation })] : []), ...(f.judgedBy.by !== 'as-of' ? [judgedByText(f, lang)] : [])];
  return {
    ruleId: f.ruleId,
    ruleIndex,
    kind: 'fail',
    level: LEVEL[f.severity],
    message: { text: text.join('\n') },
    locations: [{ physicalLocation: physicalLocation(file, f), logicalLocations: [{ fullyQualifiedName: f.pointer || '/', kind: 'element' }] }],
    ...(f.status === 'waived' && f.waiver ? {
      suppressions: [{
        kind: 'inSource', status: 'accepted', justification: f.waiver.justification,
        properties: { approver: f.waiver.approver, expires: f.waiver.expires, waiver: f.waiver.pointer },
      }],
    } : {}),
    properties: { status: f.status, severity: f.severity, pointer: f.pointer, pack: f.pack, edition: f.edition, judgedBy: f.judgedBy },
  };
}

/** A notification for a problem of an input or a warning about an evaluation. */
export function notificationOf(d: Diagnostic, lang: Lang, file?: string): Json {
  const where = d.file ?? file;
  return {
    level: LEVEL[d.severity], message: { text: d.message[lang] }, descriptor: { id: d.code },
    ...(where !== undefined ? { locations: [{ physicalLocation: physicalLocation(where, d) }] } : {}),
  };
}

/**
 * Rules, results and notifications of a set of reports (rules listed once each, in order of first
 * result). Results are built when they are written: a large report is never held as SARIF objects.
 */
export function reportParts(results: readonly FileResultView[], lang: Lang): SarifRunParts {
  const rules: Json[] = [];
  const index = new Map<string, number>();
  const shown: { list: FindingList; i: number; file: string }[] = [];
  const notifications: Json[] = [];
  const reports: Json[] = [];
  for (const r of results) {
    if ('error' in r) { notifications.push(...r.error.diagnostics.map((d) => notificationOf(d, lang, r.file))); continue; }
    const file = fileOf(r.report);
    const list = listOf(r.report.findings);
    for (let i = 0; i < list.length; i++) {
      const head = list.head(i);
      if (head.status !== 'fail' && head.status !== 'missing' && head.status !== 'waived') continue;
      if (!index.has(head.ruleId)) { index.set(head.ruleId, rules.length); rules.push(ruleOf(list.at(i), lang)); }
      shown.push({ list, i, file });
    }
    notifications.push(...r.report.warnings.map((w) => notificationOf(w, lang, file)));
    reports.push(reportProperties(r.report));
  }
  const out: Sequence<Json> = {
    length: shown.length,
    at: (n) => {
      const { list, i, file } = shown[n]!;
      const f = list.at(i);
      return resultOf(f, file, index.get(f.ruleId)!, lang);
    },
  };
  return { rules, results: out, notifications, executionSuccessful: results.every((r) => !('error' in r)), properties: { reports } };
}

function reportProperties(report: ReportView): Json {
  return {
    file: fileOf(report), descriptor: report.descriptor.id, asOf: report.asOf, phase: report.phase, failOn: report.failOn, decision: report.decision,
    summary: report.summary, editions: report.packs.map((p) => ({ pack: p.pack, edition: p.edition, ...(p.hash ? { sha256: p.hash } : {}) })),
  };
}

/** A run of kanmon check or gate as a SARIF 2.1.0 log (reports whose findings may be written on demand). */
export function sarifOfRun(results: readonly FileResultView[], options: RunFormatOptions): string {
  return sarifLog(reportParts(results, options.lang), options);
}

/** sarifOfRun, piece by piece. */
export function writeSarifRun(results: readonly FileResultView[], options: RunFormatOptions, write: Write): void {
  writeSarifLog(reportParts(results, options.lang), options, write);
}

/** A run of kanmon check or gate as a SARIF 2.1.0 log. */
export const formatSarif: (results: readonly FileResult[], options: RunFormatOptions) => string = sarifOfRun;

/**
 * Diagnostics (problems kanmon found in inputs it checks, such as pack editions or case tables) as
 * SARIF parts: a rule per code, a result per diagnostic.
 */
export function diagnosticParts(diagnostics: readonly Diagnostic[], lang: Lang, describe: (code: string) => string = (code) => code): SarifRunParts {
  const codes = [...new Set(diagnostics.map((d) => d.code))];
  const rules = codes.map((code) => {
    const level = diagnostics.some((d) => d.code === code && d.severity === 'error') ? 'error' : 'warning';
    return { id: code, name: code, shortDescription: { text: describe(code) }, defaultConfiguration: { level } };
  });
  const results = diagnostics.map((d) => ({
    ruleId: d.code, ruleIndex: codes.indexOf(d.code), kind: 'fail', level: LEVEL[d.severity], message: { text: d.message[lang] },
    ...(d.file !== undefined ? { locations: [{ physicalLocation: physicalLocation(d.file, d), ...(d.pointer !== undefined ? { logicalLocations: [{ fullyQualifiedName: d.pointer || '/', kind: 'element' }] } : {}) }] } : {}),
  }));
  return { rules, results, notifications: [], executionSuccessful: true };
}

/** Diagnostics (of pack editions, case tables …) as a SARIF 2.1.0 log: a rule per code, a result per diagnostic. */
export function formatSarifDiagnostics(diagnostics: readonly Diagnostic[], options: RunFormatOptions & { describe?: (code: string) => string; executionSuccessful?: boolean }): string {
  return sarifLog({ ...diagnosticParts(diagnostics, options.lang, options.describe), executionSuccessful: options.executionSuccessful ?? true }, options);
}
