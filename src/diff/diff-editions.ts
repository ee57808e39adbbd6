import { msg } from '../diagnostics/catalogue/index.js';
import type { CompiledCondition, CompiledEdition, CompiledLeaf, CompiledRule, Severity } from '../engine/compiled.js';
import type { Lang } from '../shared/messages.js';
import { naturalCompare } from '../shared/json-pointer.js';
import { severityRank } from '../shared/vocabulary.js';
import { renderCondition } from './render-condition.js';

/** What a change means for projects, where kanmon can decide it. */
export type ChangeClass =
  | 'severity-raised' | 'severity-lowered'
  | 'threshold-tightened' | 'threshold-loosened'
  | 'exemption-removed' | 'exemption-added'
  | 'applicability-changed' | 'check-changed' | 'phases-changed' | 'basis-changed' | 'text-changed';

/** One field that differs between two editions of a rule (or of the edition itself). */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** A rule present in both editions with differences. */
export interface RuleChange {
  ruleId: string;
  changes: FieldChange[];
  classes: ChangeClass[];
}

/** The difference between two editions of one pack. */
export interface EditionDiff {
  pack: string;
  from: string;
  to: string;
  edition: FieldChange[];
  added: { ruleId: string; title: string; severity: Severity }[];
  removed: { ruleId: string; title: string; severity: Severity }[];
  changed: RuleChange[];
  unchanged: string[];
}

// Operators whose larger value demands more of a project, and those whose smaller value does.
const AT_LEAST = new Set(['numberAtLeast', 'numberAbove', 'greaterThan', 'greaterThanInclusive', 'countAtLeast']);
const AT_MOST = new Set(['numberAtMost', 'numberBelow', 'lessThan', 'lessThanInclusive', 'countAtMost']);

/** Options of diffEditions(): the language of rule titles and of the words for "all phases" and "none". Default: en. */
export interface DiffOptions {
  lang?: Lang;
}

/** Compare two editions of a pack rule by rule, field by field, classifying what is decidable. */
export function diffEditions(a: CompiledEdition, b: CompiledEdition, options: DiffOptions = {}): EditionDiff {
  const lang = options.lang ?? 'en';
  const before = new Map(a.rules.map((r) => [r.id, r]));
  const after = new Map(b.rules.map((r) => [r.id, r]));
  const summary = (r: CompiledRule) => ({ ruleId: r.id, title: r.title[lang], severity: r.severity });
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort(naturalCompare);
  const changed: RuleChange[] = [];
  const unchanged: string[] = [];
  for (const id of ids) {
    const x = before.get(id);
    const y = after.get(id);
    if (!x || !y) continue;
    const change = diffRule(x, y, lang);
    if (change.changes.length) changed.push(change);
    else unchanged.push(id);
  }
  const edition: FieldChange[] = [];
  field(edition, 'effective', JSON.stringify(a.effective), JSON.stringify(b.effective));
  const none = msg('diff.none')[lang];
  field(edition, 'appliesTo', a.appliesTo ? renderCondition(a.appliesTo) : none, b.appliesTo ? renderCondition(b.appliesTo) : none);
  field(edition, 'source', a.source.id, b.source.id);
  return {
    pack: b.pack, from: a.edition, to: b.edition, edition,
    added: ids.filter((id) => !before.has(id)).map((id) => summary(after.get(id)!)),
    removed: ids.filter((id) => !after.has(id)).map((id) => summary(before.get(id)!)),
    changed, unchanged,
  };
}

function field(list: FieldChange[], name: string, before: string, after: string): void {
  if (before !== after) list.push({ field: name, before, after });
}

function diffRule(x: CompiledRule, y: CompiledRule, lang: Lang): RuleChange {
  const none = msg('diff.none')[lang];
  const changes: FieldChange[] = [];
  const classes = new Set<ChangeClass>();
  field(changes, 'severity', x.severity, y.severity);
  if (severityRank(y.severity) > severityRank(x.severity)) classes.add('severity-raised');
  if (severityRank(y.severity) < severityRank(x.severity)) classes.add('severity-lowered');
  field(changes, 'basis', x.basis, y.basis);
  const cited = (r: CompiledRule): string => [r.source, ...(r.seeAlso ?? []).map((c) => c.source)].map((s, i) => `${s.id} ${i === 0 ? r.section : r.seeAlso![i - 1]!.section}`).join('; ');
  field(changes, 'source', cited(x), cited(y));
  if (x.basis !== y.basis || cited(x) !== cited(y)) classes.add('basis-changed');
  const phases = (r: CompiledRule) => r.phases?.join(', ') ?? msg('diff.all-phases')[lang];
  field(changes, 'phases', phases(x), phases(y));
  if (phases(x) !== phases(y)) classes.add('phases-changed');
  field(changes, 'forEach', x.forEach?.path ?? none, y.forEach?.path ?? none);
  const when = (r: CompiledRule): string => (r.when ? renderCondition(r.when) : none);
  field(changes, 'when', when(x), when(y));
  if (when(x) !== when(y) || x.forEach?.path !== y.forEach?.path) classes.add('applicability-changed');
  const checkBefore = renderCondition(x.check);
  const checkAfter = renderCondition(y.check);
  field(changes, 'check', checkBefore, checkAfter);
  if (checkBefore !== checkAfter) {
    const threshold = compareThresholds(x.check, y.check);
    classes.add(threshold ?? 'check-changed');
  }
  field(changes, 'exemptedBy', x.exemptedBy.join(', ') || none, y.exemptedBy.join(', ') || none);
  if (x.exemptedBy.some((e) => !y.exemptedBy.includes(e))) classes.add('exemption-removed');
  if (y.exemptedBy.some((e) => !x.exemptedBy.includes(e))) classes.add('exemption-added');
  for (const key of ['title', 'message', 'remediation'] as const) {
    field(changes, `${key}.en`, x[key].en, y[key].en);
    field(changes, `${key}.ja`, x[key].ja, y[key].ja);
    if (x[key].en !== y[key].en || x[key].ja !== y[key].ja) classes.add('text-changed');
  }
  return { ruleId: y.id, changes, classes: [...classes] };
}

/** When two checks differ only in numeric thresholds moving one way, say which way. */
function compareThresholds(a: CompiledCondition, b: CompiledCondition): 'threshold-tightened' | 'threshold-loosened' | undefined {
  const la = leaves(a);
  const lb = leaves(b);
  if (la.length !== lb.length) return undefined;
  let direction: number | undefined;
  for (let i = 0; i < la.length; i++) {
    const x = la[i]!;
    const y = lb[i]!;
    if (x.fact !== y.fact || x.path !== y.path || x.operator.name !== y.operator.name) return undefined;
    if (x.value === y.value) continue;
    if (typeof x.value !== 'number' || typeof y.value !== 'number') return undefined;
    const up = AT_LEAST.has(x.operator.name) ? 1 : AT_MOST.has(x.operator.name) ? -1 : 0;
    if (up === 0) return undefined;
    const d = Math.sign(y.value - x.value) * up;
    if (direction !== undefined && d !== direction) return undefined;
    direction = d;
  }
  return direction === 1 ? 'threshold-tightened' : direction === -1 ? 'threshold-loosened' : undefined;
}

function leaves(node: CompiledCondition): CompiledLeaf[] {
  if (node.kind === 'leaf') return [node];
  if (node.kind === 'not') return leaves(node.child);
  return node.children.flatMap(leaves);
}
