import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { PolicyErrorCode } from '../../policy/errors.js';
import type { RegistryProblemCode } from '../../registry/errors.js';
import type { Bilingual } from '../../shared/messages.js';
import type { CaseProblemCode } from '../problems.js';
import type { CaseFileSystem } from '../types.js';

/** Codes of lint's own rules: things that load but that an author most likely did not mean. */
export type LintRuleCode =
  | 'untested-edition'
  | 'untested-rule'
  | 'unused-definition'
  | 'redundant-exists-guard'
  | 'unfilled-placeholder'
  | 'rule-id-prefix'
  | 'overlapping-editions'
  | 'same-effective-from'
  | 'if-absent';

/** Codes of a target lint cannot use: a file it cannot read, a folder without editions, an unknown `pack@edition`. */
export type LintInputCode = 'unreadable-file' | 'no-policy-files' | 'unknown-target';

/**
 * Every code a lint finding can have: lint's rules, its targets, the loader's (a file that does not
 * load), and those of case tables that cannot be run (with the descriptors and registry snapshots they name).
 */
export type LintCode = LintRuleCode | LintInputCode | PolicyErrorCode | CaseProblemCode | RegistryProblemCode | 'not-an-object';

/** One problem lint found: a diagnostic with a code, a severity, a message, a place and, where lint knows one, a fix. */
export interface LintFinding extends Diagnostic {
  code: LintCode;
  /** How to fix it. */
  hint?: Bilingual;
  /** The rule of the pack the finding is about, when it is about one. */
  ruleId?: string;
  /** A file could not be read, loaded, or tested (exit 2): what depends on it was not checked. */
  fatal?: true;
}

/** The outcome of linting pack editions. */
export interface LintResult {
  /** Every finding, file by file in the order the targets named them, each file's from top to bottom. */
  findings: LintFinding[];
  errorCount: number;
  warningCount: number;
  /** Findings that kept a file from being read, loaded or tested. */
  fatalCount: number;
  /** The editions linted, with the file each was read from. */
  editions: { pack: string; edition: string; file: string }[];
  /** The case tables (or folders, or `pack@edition` of bundled tables) run to see which rules have cases; empty when none was given or found. */
  caseTables: string[];
}

/** Options of lintPolicies(). */
export interface LintOptions {
  /** Where files and folders named by path are read from (the CLI reads the file system). */
  files?: CaseFileSystem;
  /**
   * Case tables or folders of them to check the rules against. Default: the `tests/` folder beside
   * each edition file, and the bundled tables for bundled editions.
   */
  tests?: readonly string[];
  /**
   * Where the bundled edition files (policies/<pack>/<edition>.yaml) are read from, so findings in
   * them get lines and columns: the installed package (the CLI reads it). Without it they are placed at 1:1.
   */
  bundledFiles?: Pick<CaseFileSystem, 'readFile'>;
}
