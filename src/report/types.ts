import type { Basis, Phase, Severity, SourceKind } from '../engine/compiled.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Lang } from '../shared/messages.js';

/** pass, fail, missing (the descriptor does not show a fact the rule needs), not_applicable, waived. */
export type Status = 'pass' | 'fail' | 'missing' | 'not_applicable' | 'waived';

/** allow unless a finding at or above failOn is fail or missing. */
export type Decision = 'allow' | 'deny';

/** Where one condition's evidence came from in the rule. */
export type EvidenceRole = 'appliesTo' | 'when' | 'check' | 'exemption';

/** What one comparison saw, and where in the rule it stands: the evidence a finding carries. */
export interface Evidence {
  fact: string;
  path: string;
  pointer?: string;
  operator: string;
  expected: unknown;
  expectedFrom?: { fact: string; path: string; pointer?: string; times?: number };
  actual: unknown;
  result: 'true' | 'false' | 'unknown';
  role: EvidenceRole;
}

/** A waiver as it bears on one finding. */
export interface FindingWaiver {
  /** Pointer of the waiver in the descriptor, e.g. /waivers/0. */
  pointer: string;
  state: 'applied' | 'expired';
  expires: string;
  approver: string;
  justification: string;
}

/**
 * Which edition judged a finding and why: the edition in force on the as-of date (`as-of`), on the
 * date of the act the rule judges (`act-date`, with the pointer of that date), a pinned edition
 * (`pinned`), or the editions at as-of for every act (`retroactive`).
 */
export interface JudgedBy {
  by: 'as-of' | 'act-date' | 'pinned' | 'retroactive';
  /** The date the edition was chosen by (as-of, or the act's date; absent when the act's date is not stated). */
  date?: string;
  /** Where the act's date is in the descriptor, for `act-date`. */
  pointer?: string;
}

/** A document of the bibliography as a report shows it: title and issuer in the report's language, its date. */
export interface SourceInfo {
  id: string;
  kind: SourceKind;
  title: string;
  issuer: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent for an undated document, which has notBefore. */
  date?: string;
  notBefore?: string;
  notAfter?: string;
  number?: string;
  url?: string;
}

/** One rule's result for the project, or for one item of a forEach rule. A plain serialisable object. */
export interface Finding {
  ruleId: string;
  pack: string;
  edition: string;
  title: string;
  severity: Severity;
  status: Status;
  /** RFC 6901 pointer into the descriptor (the item for forEach rules). */
  pointer: string;
  line?: number;
  column?: number;
  /** Where the value at pointer ends (exclusive), when the descriptor was parsed from a text. */
  endLine?: number;
  endColumn?: number;
  message: string;
  remediation?: string;
  /** How firm the rule's source is; it bounds the rule's severity. */
  basis: Basis;
  /** The document the rule rests on, and its section. */
  source: SourceInfo;
  section: string;
  /** Further documents the rule cites. */
  seeAlso?: { source: SourceInfo; section: string }[];
  /** Why a rule did not apply, in the report's language. */
  reason?: string;
  /** The rule whose pass exempted this one (e.g. a transitional exemption). */
  exemptedBy?: string;
  waiver?: FindingWaiver;
  /** Which edition judged this finding, and why. */
  judgedBy: JudgedBy;
  evidence: Evidence[];
}

/** A pack edition used (or found not in force) for the report. */
export interface PackUse {
  pack: string;
  /** null when no edition of the pack was in force at asOf. */
  edition: string | null;
  title?: string;
  effective?: { from: string; until?: string };
  source?: SourceInfo;
  hash?: string;
  pinned: boolean;
  /** Whether the pack's appliesTo holds for this descriptor; null when not in force. */
  applicable: boolean | null;
  reason?: string;
  /** Earlier editions that judged dated acts (an act is judged by the edition in force on its date). */
  actEditions?: { edition: string; title: string; effective: { from: string; until?: string }; hash: string }[];
}


/** A waiver in the descriptor and what became of it. */
export interface WaiverUse {
  pointer: string;
  ruleId: string;
  target?: string;
  expires: string;
  state: 'applied' | 'expired' | 'unused';
  note: string;
}

/** Counts of findings by status, and of failing (fail or missing) findings by severity. */
export interface Summary {
  total: number;
  pass: number;
  fail: number;
  missing: number;
  not_applicable: number;
  waived: number;
  failing: Record<Severity, number>;
}

/** The result of an evaluation: the public, versioned contract (schemas/report.schema.json). */
export interface Report {
  reportVersion: 1;
  tool: { name: 'kanmon'; version: string };
  descriptor: { id: string; file?: string };
  asOf: string;
  asOfSource: 'option' | 'descriptor' | 'today';
  phase: Phase | null;
  lang: Lang;
  failOn: Severity;
  packs: PackUse[];
  findings: Finding[];
  waivers: WaiverUse[];
  summary: Summary;
  decision: Decision;
  notes: string[];
  /** Warnings about the evaluation itself (e.g. an act dated after as-of, a pack with no edition in force). */
  warnings: Diagnostic[];
}
