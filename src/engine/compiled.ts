import type { Bilingual } from '../shared/messages.js';
import type { OperatorSpec } from './operators.js';
import type { ParsedPath } from './path.js';

import type { Phase, Severity } from '../shared/vocabulary.js';

export type { Phase, Severity };

/**
 * How firm a rule's source is: primary (the issuing body's own text), audit (an oversight body's
 * finding or opinion), study (a non-binding study), secondary (a reliable third-party account of a
 * primary text), unverified (not checked against any source). It bounds the rule's severity.
 */
export type Basis = 'primary' | 'audit' | 'study' | 'secondary' | 'unverified';

/** What kind of document a source is. */
export type SourceKind = 'primary' | 'audit' | 'study' | 'secondary';

/** One document of the bibliography (policies/sources.yaml), as rules cite it. */
export interface SourceEntry {
  id: string;
  kind: SourceKind;
  title: Bilingual;
  issuer: Bilingual;
  /** The document's date (YYYY, YYYY-MM or YYYY-MM-DD); absent for an undated document, which has notBefore. */
  date?: string;
  /** For an undated document: the date of the newest document it cites. */
  notBefore?: string;
  /** For an undated document: a date by which it existed (e.g. that of a document citing it). */
  notAfter?: string;
  number?: string;
  url?: string;
  note?: Bilingual;
  revisions?: readonly { date: string; note: Bilingual }[];
}

/** A rule's citation: a document of the bibliography and the section of it. */
export interface Citation {
  source: SourceEntry;
  section: string;
}


/** A reference to another fact used as a condition's value: `{ fact, path }`. */
export interface FactReference {
  fact: string;
  path: string;
  segments: ParsedPath;
  /** A factor the referenced number is multiplied by (e.g. 0.7: "at most 70 % of"). */
  times?: number;
}

/** A compiled condition: json-rules-engine's tree with paths parsed and operators resolved. */
export type CompiledCondition =
  | { kind: 'all'; children: readonly CompiledCondition[] }
  | { kind: 'any'; children: readonly CompiledCondition[] }
  | { kind: 'not'; child: CompiledCondition }
  | CompiledLeaf;

/** One `fact` + `path` + `operator` + `value` comparison. */
export interface CompiledLeaf {
  kind: 'leaf';
  fact: string;
  path: string;
  segments: ParsedPath;
  operator: OperatorSpec;
  value: unknown;
  valueRef?: FactReference;
  /** The truth this comparison takes when a fact it needs is absent, where the rule says so; default unknown. */
  ifAbsent?: boolean;
}

/** A rule ready to evaluate. */
export interface CompiledRule {
  id: string;
  title: Bilingual;
  severity: Severity;
  phases?: readonly Phase[];
  basis: Basis;
  /** The document the rule rests on, and its section. */
  source: SourceEntry;
  section: string;
  /** Further citations (e.g. the primary text that adopted an audit demand). */
  seeAlso?: readonly Citation[];
  /** When the rule itself is in force, where that differs from its edition. */
  effective?: { from?: string; until?: string };
  forEach?: { path: string; segments: ParsedPath };
  /** Where the date of the act this rule judges is (e.g. a work item's start): the act is judged by the edition in force on it. */
  actDate?: FactReference;
  when?: CompiledCondition;
  check: CompiledCondition;
  exemptedBy: readonly string[];
  message: Bilingual;
  /** Text for a pass, where the title alone would mislead (an exemption that holds). */
  passMessage?: Bilingual;
  remediation: Bilingual;
}


/** A pack edition ready to evaluate: one YAML file, validated and compiled. */
export interface CompiledEdition {
  pack: string;
  edition: string;
  title: Bilingual;
  effective: { from: string; until?: string };
  /** The document this edition encodes. */
  source: SourceEntry;
  appliesTo?: CompiledCondition;
  appliesToNote?: Bilingual;
  rules: readonly CompiledRule[];
  /** SHA-256 of the resolved edition's content (see editionHash in the policy loader). */
  hash: string;
  file?: string;
}
