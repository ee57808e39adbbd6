import type { Bilingual } from '../shared/messages.js';
import type { OperatorSpec } from './operators.js';
import type { ParsedPath } from './path.js';

import type { Phase, Severity } from '../shared/vocabulary.js';

export type { Phase, Severity };

/** How firm a rule's source is. */
export type Basis = 'seed' | 'primary' | 'secondary' | 'unverified';


/** A reference to another fact used as a condition's value: `{ fact, path }`. */
export interface FactReference {
  fact: string;
  path: string;
  segments: ParsedPath;
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
  citation: string;
  url?: string;
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

/** Where an edition came from. */
export interface EditionSource {
  title: string;
  issuer: string;
  date: string;
  url?: string;
}

/** A pack edition ready to evaluate: one YAML file, validated and compiled. */
export interface CompiledEdition {
  pack: string;
  edition: string;
  title: Bilingual;
  effective: { from: string; until?: string };
  source: EditionSource;
  appliesTo?: CompiledCondition;
  appliesToNote?: Bilingual;
  rules: readonly CompiledRule[];
  /** SHA-256 of the resolved edition's content (see editionHash in the policy loader). */
  hash: string;
  file?: string;
}
