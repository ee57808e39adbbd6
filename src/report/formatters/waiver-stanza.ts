import type { Lang } from '../../shared/messages.js';
import { blocks } from '../../shared/vocabulary.js';
import type { Finding, Report } from '../types.js';
import { say } from './labels.js';

/** The findings that block a gate: fail or missing at or above the report's failOn, in report order. */
export function blockingFindings(report: Report): Finding[] {
  return report.findings.filter((f) => blocks(f.status, f.severity, report.failOn));
}

/**
 * The YAML to paste under `waivers:` in the descriptor to waive these findings, one entry a line:
 * rule id and pointer filled in; justification, approver and expiry as placeholders the schema
 * refuses until they are replaced (an expiry must be a date), so a pasted entry never waives by accident.
 */
export function waiverStanza(findings: readonly Finding[], lang: Lang, indent = ''): string[] {
  const q = (text: string): string => JSON.stringify(text);
  const justification = q(say(lang, 'format.gate.placeholder-justification'));
  const approver = q(say(lang, 'format.gate.placeholder-approver'));
  const expires = q(say(lang, 'format.gate.placeholder-expires'));
  return [
    `${indent}waivers:`,
    ...findings.map((f) => `${indent}  - { ruleId: ${f.ruleId}, pointer: ${q(f.pointer)}, justification: ${justification}, approver: ${approver}, expires: ${expires} }`),
  ];
}
