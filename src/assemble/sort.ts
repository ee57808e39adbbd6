import type { Finding } from '../report/types.js';
import { compareNaturalKeys, naturalKey } from '../shared/json-pointer.js';

/** Deterministic order: pack, then rule id and pointer in natural order (/a/2 before /a/10); no locale. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const ruleKeys = new Map<string, readonly string[]>();
  const keyed = findings.map((f) => {
    let rule = ruleKeys.get(f.ruleId);
    if (!rule) { rule = naturalKey(f.ruleId); ruleKeys.set(f.ruleId, rule); }
    return { f, rule, pointer: naturalKey(f.pointer) };
  });
  keyed.sort((a, b) => (a.f.pack < b.f.pack ? -1 : a.f.pack > b.f.pack ? 1 : 0) || compareNaturalKeys(a.rule, b.rule) || compareNaturalKeys(a.pointer, b.pointer));
  return keyed.map((k) => k.f);
}
