import type { Severity } from '../engine/compiled.js';
import type { Truth } from '../engine/conditions.js';
import type { EvidenceRole, Status } from '../report/types.js';

/** One expected finding of a case: rule and status, and the pointer, severity and message when given. */
export interface Expectation {
  rule: string;
  status: Status;
  pointer?: string;
  severity?: Severity;
  /** The finding's exact message, in the case's language. */
  message?: string;
}

/** What a case saw of one finding: enough to compare it with an expectation and to show it. */
export interface SeenFinding {
  rule: string;
  status: Status;
  pointer: string;
  severity: Severity;
  message: string;
}

/** The files a case table may name. Paths are given as written, joined to the case file's folder. */
export interface CaseFileSystem {
  /** The text of a file; throws when it cannot be read. */
  readFile(path: string): string;
  /**
   * The entries of a folder, folders marked with a trailing `/`; throws when `path` is not a folder.
   * Without it every target is read as a file.
   */
  listDir?(path: string): readonly string[];
}

/** The outcome of one case on one edition. */
export interface CaseResult {
  /** The case file, as the target named it. */
  file: string;
  /** Line of the case in its file (1-based). */
  line: number;
  name: string;
  pack: string;
  edition: string;
  passed: boolean;
  /** Every expectation, in the case's order, with the finding it matched (none when nothing matched). */
  expectations: { expectation: Expectation; found?: SeenFinding }[];
  /** Findings with status fail, missing or waived that no expectation matched. */
  unexpected: SeenFinding[];
  /** For an expectation that matched nothing: the other findings of its rule, to show what the rule did instead. */
  related: SeenFinding[];
}

/** Which outcomes of one leaf condition the cases produced, and which it can produce at all. */
export interface LeafCoverage {
  role: Exclude<EvidenceRole, 'appliesTo'>;
  /** Index of the leaf among its role's leaves, in depth-first order (the evidence order). */
  index: number;
  fact: string;
  path: string;
  operator: string;
  seen: Truth[];
  /** `unknown` is left out where the operator decides absence itself, or the comparison says what absence counts as (`ifAbsent`), or the schema requires every value it reads. */
  reachable: Truth[];
}

/** What the cases showed of one rule: statuses seen, and each leaf condition's outcomes. */
export interface RuleCoverage {
  rule: string;
  seen: Status[];
  /** The statuses the rule can produce at all (not_applicable needs `when`, `forEach`, `appliesTo` or an exemption). */
  reachable: Status[];
  leaves: LeafCoverage[];
}

/** Counts over the leaf outcomes of an edition's rules (or of every edition under test). */
export interface CoverageCounts {
  rules: number;
  /** Rules seen both pass and fail. */
  rulesPassAndFail: number;
  leaves: number;
  seenTrue: number;
  seenFalse: number;
  seenUnknown: number;
  /** Leaves that can be unknown at all. */
  unknownReachable: number;
  /** Leaf outcomes seen, out of `outcomes` reachable. */
  seenOutcomes: number;
  outcomes: number;
  /** seenOutcomes / outcomes in percent, one decimal; 100 when there is nothing to see. */
  percent: number;
}

/** Condition coverage of one edition under test. */
export interface EditionCoverage {
  pack: string;
  edition: string;
  /** The content hash of the edition the cases ran (as in a report's packs), telling apart two texts of one edition. */
  hash: string;
  /** Outcomes of the edition's appliesTo as a whole, when it has one. */
  appliesTo?: { seen: Truth[]; reachable: Truth[] };
  rules: RuleCoverage[];
  counts: CoverageCounts;
}

/** Condition coverage of a test run: per edition, and the total. */
export interface Coverage {
  editions: EditionCoverage[];
  total: CoverageCounts;
}

/** The outcome of a test run: one result per case and edition, and the coverage. */
export interface CaseRun {
  results: CaseResult[];
  passed: number;
  failed: number;
  coverage: Coverage;
}
