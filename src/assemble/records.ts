import type { Evidence, Finding } from '../report/types.js';

// Findings and their evidence live as long as the report, and a report of a large pack is still being
// built when the young generation fills. V8 tracks where each object literal and array literal is
// allocated, and when most objects of one such site are still alive at a minor GC it allocates the
// site's later objects directly in the old generation, for the rest of the process. For a caller who
// evaluates many descriptors and drops each report, every report then becomes garbage that only a
// full GC frees, and keeps the young objects it points to alive meanwhile: evaluations of a
// 1,000-rule pack took two to three times as long once that had happened (measured with
// --trace-pretenuring). Objects made by a constructor carry no allocation site, so findings and
// evidence are made here; their prototype is Object.prototype, so they are the same plain objects a
// literal makes (deepStrictEqual, structuredClone and JSON see no difference). Arrays that stay in
// a report are made by built-ins (map, concat), which carry no allocation site either.

/** Make a constructor's instances plain objects: same prototype, same `constructor`, as `{}`. */
function plain<T>(constructor: T): T {
  (constructor as { prototype: object }).prototype = Object.prototype;
  return constructor;
}

type EvidenceArgs = [fact: string, path: string, pointer: string | undefined, operator: string, expected: unknown, actual: unknown, result: Evidence['result'], role: Evidence['role']];

/** A piece of evidence (keys in the report's order); `expectedFrom` is added by the caller when there is one. */
export const EvidenceRecord = plain(function EvidenceRecord(
  this: Evidence, fact: string, path: string, pointer: string | undefined, operator: string, expected: unknown, actual: unknown, result: Evidence['result'], role: Evidence['role'],
) {
  this.fact = fact; this.path = path; this.pointer = pointer; this.operator = operator;
  this.expected = expected; this.actual = actual; this.result = result; this.role = role;
} as unknown as new (...args: EvidenceArgs) => Evidence);

type FindingArgs = [
  ruleId: string, pack: string, edition: string, title: string, severity: Finding['severity'], status: Finding['status'], pointer: string, message: string,
  basis: Finding['basis'], source: Finding['source'], section: string, judgedBy: Finding['judgedBy'], evidence: Evidence[],
  seeAlso: Finding['seeAlso'], remediation: string | undefined, reason: string | undefined,
];

/** A finding (keys in the report's order); the optional fields are set only when given. */
export const FindingRecord = plain(function FindingRecord(
  this: Finding, ruleId: string, pack: string, edition: string, title: string, severity: Finding['severity'], status: Finding['status'], pointer: string,
  message: string, basis: Finding['basis'], source: Finding['source'], section: string, judgedBy: Finding['judgedBy'], evidence: Evidence[],
  seeAlso: Finding['seeAlso'], remediation: string | undefined, reason: string | undefined,
) {
  this.ruleId = ruleId; this.pack = pack; this.edition = edition; this.title = title; this.severity = severity; this.status = status;
  this.pointer = pointer; this.message = message; this.basis = basis; this.source = source; this.section = section;
  this.judgedBy = judgedBy; this.evidence = evidence;
  if (seeAlso !== undefined) this.seeAlso = seeAlso;
  if (remediation !== undefined) this.remediation = remediation;
  if (reason !== undefined) this.reason = reason;
} as unknown as new (...args: FindingArgs) => Finding);
