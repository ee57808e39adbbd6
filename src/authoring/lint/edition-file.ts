import { msg, type MessageId } from '../../diagnostics/catalogue/index.js';
import type { DiagnosticSeverity } from '../../diagnostics/diagnostic.js';
import type { CompiledEdition } from '../../engine/compiled.js';
import { BUNDLED_EDITIONS } from '../../policy/bundled/packs.generated.js';
import type { RawRule, WrittenEdition } from '../../policy/written.js';
import { fromPointer } from '../../shared/json-pointer.js';
import type { SourceDocument } from '../../parse/source-document.js';
import type { LintFinding, LintRuleCode } from './types.js';

/** One edition file lint looks at: as written, with its parsed document to place findings, and compiled when it loads. */
export interface EditionFile {
  file: string;
  doc: SourceDocument;
  written: WrittenEdition;
  /** Named by the lint targets: findings are reported in these files only. */
  given: boolean;
  compiled?: CompiledEdition;
}

/** How severe each lint rule is: error where the pack is wrong or untested, warning where it is most likely a slip. */
export const RULE_SEVERITY: Readonly<Record<LintRuleCode, DiagnosticSeverity>> = {
  'untested-edition': 'error',
  'untested-rule': 'error',
  'unused-definition': 'warning',
  'redundant-exists-guard': 'warning',
  'unfilled-placeholder': 'warning',
  'rule-id-prefix': 'warning',
  'overlapping-editions': 'error',
  'same-effective-from': 'error',
  'if-absent': 'warning',
};

/** What a rule reports: code, place in the file, the message and hint ids with their values. */
export interface RuleReport {
  code: LintRuleCode;
  pointer: string;
  params: Readonly<Record<string, unknown>>;
  /** Message id, when not `lint.<code>`. */
  message?: MessageId;
  /** Hint id, when not `lint.<code>.hint`. */
  hint?: MessageId;
  target?: 'key' | 'value';
  ruleId?: string;
}

/** A lint rule's finding, placed in the edition file at its pointer. */
export function findingIn(edition: EditionFile, report: RuleReport): LintFinding {
  const place = edition.doc.locate(report.pointer, report.target ?? 'value');
  return {
    code: report.code, kind: 'policy', severity: RULE_SEVERITY[report.code],
    message: msg(report.message ?? (`lint.${report.code}` as MessageId), report.params),
    hint: msg(report.hint ?? (`lint.${report.code}.hint` as MessageId), report.params),
    file: edition.file, pointer: report.pointer, line: place.line, column: place.column, params: report.params,
    ...(report.ruleId !== undefined ? { ruleId: report.ruleId } : {}),
  };
}

/** `pack@edition` of a written edition. */
export const editionName = (w: Pick<WrittenEdition, 'pack' | 'edition'>): string => `${w.pack}@${w.edition}`;

/** The rules an edition file writes itself (added and replaced), each with the pointer of its place. */
export function writtenRules(w: WrittenEdition): { rule: RawRule; pointer: string }[] {
  return [
    ...(w.rules ?? []).map((rule, i) => ({ rule, pointer: `/rules/${i}` })),
    ...(w.replace ?? []).map((rule, i) => ({ rule, pointer: `/replace/${i}` })),
  ];
}

/** The rule a pointer into an edition file lies in (under rules or replace), if any. */
export function ruleAt(w: WrittenEdition, pointer: string): RawRule | undefined {
  const [list, index] = fromPointer(pointer);
  return list === 'rules' || list === 'replace' ? w[list]?.[Number(index)] : undefined;
}

/** The id of the rule a pointer into an edition file lies in, if any. */
export const ruleIdAt = (w: WrittenEdition, pointer: string): string | undefined => ruleAt(w, pointer)?.id;

/** A document for an edition known only as data (a bundled edition whose file was not read): every place is 1:1. */
export function dataDocument(file: string, value: WrittenEdition): SourceDocument {
  return { file, text: '', value, locate: () => ({ line: 1, column: 1 }) };
}

let bundled: readonly EditionFile[] | undefined;

/** The bundled editions as written (checked when they were built into the package). */
export function bundledEditionFiles(): readonly EditionFile[] {
  bundled ??= BUNDLED_EDITIONS.map((e): EditionFile => ({ file: e.file ?? '', doc: dataDocument(e.file ?? '', e.value), written: e.value, given: false }));
  return bundled;
}

/**
 * The editions of each pack lint looks at, oldest first: the given ones, and the bundled editions
 * of the same pack that no given file replaces (a draft is judged beside the editions it joins).
 */
export function packFamilies(given: readonly EditionFile[]): Map<string, EditionFile[]> {
  const families = new Map<string, EditionFile[]>();
  const names = new Set(given.map((e) => editionName(e.written)));
  const packs = new Set(given.map((e) => e.written.pack));
  const others = bundledEditionFiles().filter((e) => packs.has(e.written.pack) && !names.has(editionName(e.written)));
  for (const e of [...given, ...others]) {
    const list = families.get(e.written.pack) ?? [];
    list.push(e);
    families.set(e.written.pack, list);
  }
  for (const list of families.values()) {
    list.sort((a, b) => compare(a.written.effective.from, b.written.effective.from) || compare(a.written.edition, b.written.edition));
  }
  return families;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
