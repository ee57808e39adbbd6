import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { Evidence, Finding, PackUse, Report, Status } from '../report/types.js';
import { compareNaturalKeys, naturalKey, toPointer } from '../shared/json-pointer.js';
import { interpolate, formatValue, type Bilingual, type Lang } from '../shared/messages.js';
import type { SourcePosition } from '../shared/source-document.js';
import type { CompiledCondition, CompiledEdition, CompiledRule, Phase, Severity } from './compiled.js';
import { evaluateCondition, type ConditionEvidence, type ConditionResult, type FactEntry, type FactLookup, type Truth } from './conditions.js';
import type { OperatorContext } from './operators.js';
import type { EditionChoice } from './editions.js';
import { readPath } from './path.js';
import { STATUS_TEXT } from './status-messages.js';
import { applyWaivers } from './waivers.js';
import { summarise, decide } from './summary.js';

/** Everything one evaluation needs, already decided by the caller: pure input. */
export interface EvaluationInput {
  descriptor: KanmonDescriptor;
  choices: readonly EditionChoice[];
  asOf: string;
  asOfSource: Report['asOfSource'];
  phase: Phase | null;
  lang: Lang;
  failOn: Severity;
  toolVersion: string;
  file?: string;
  locate?: (pointer: string) => SourcePosition;
  notes?: readonly string[];
  /** Facts supplied beside the descriptor (e.g. from a registry snapshot); the loader knows their schemas. */
  callerFacts?: CallerFacts;
  /** Evaluates each condition tree; default: kanmon's pure evaluator (evaluateAsync passes json-rules-engine's results). */
  conditionEvaluator?: ConditionEvaluator;
}

/** Facts the caller supplies: one value per name for every rule, and per-item values keyed by the item's pointer. */
export interface CallerFacts {
  global: Readonly<Record<string, unknown>>;
  perItem: Readonly<Record<string, ReadonlyMap<string, unknown>>>;
}

/** Evaluates one condition tree against facts in scope. */
export type ConditionEvaluator = (node: CompiledCondition, lookup: FactLookup, context: OperatorContext) => ConditionResult;

/** Evaluate selected editions against a valid descriptor. Pure and synchronous: no I/O, no clock. */
export function runEvaluation(input: EvaluationInput): Report {
  const { descriptor, lang } = input;
  const root = descriptor as unknown as Record<string, unknown>;
  const baseLookup: FactLookup = (name) => {
    if (name === 'asOf') return { value: input.asOf };
    if (name === 'item') return undefined;
    const caller = input.callerFacts;
    if (caller && Object.prototype.hasOwnProperty.call(caller.global, name)) return { value: caller.global[name] };
    if (caller && Object.prototype.hasOwnProperty.call(caller.perItem, name)) return undefined;
    return Object.prototype.hasOwnProperty.call(root, name) ? { value: root[name], pointer: `/${name}` } : { value: undefined, pointer: `/${name}` };
  };
  const context = { asOf: input.asOf };
  const packs: PackUse[] = [];
  let findings: Finding[] = [];

  for (const choice of input.choices) {
    const edition = choice.edition;
    if (!edition) {
      packs.push({ pack: choice.pack, edition: null, pinned: choice.pinned, applicable: null, reason: text(STATUS_TEXT.packNotInForce, lang, { pack: choice.pack, asOf: input.asOf }) });
      continue;
    }
    const applies = edition.appliesTo ? (input.conditionEvaluator ?? evaluateCondition)(edition.appliesTo, baseLookup, context) : undefined;
    const packReason = applies && applies.truth !== 'true'
      ? text(STATUS_TEXT.packNotApplicable, lang, { pack: edition.pack, edition: edition.edition, note: edition.appliesToNote ? edition.appliesToNote[lang] : '' }).trim()
      : undefined;
    packs.push({
      pack: edition.pack, edition: edition.edition, title: edition.title[lang], effective: edition.effective, source: edition.source,
      hash: edition.hash, pinned: choice.pinned, applicable: applies ? applies.truth === 'true' : true, ...(packReason ? { reason: packReason } : {}),
    });
    const editionFindings: Finding[] = [];
    for (const rule of edition.rules) {
      if (input.phase !== null && rule.phases && !rule.phases.includes(input.phase)) continue;
      editionFindings.push(...evaluateRule(rule, edition, input, baseLookup, applies, packReason));
    }
    findings.push(...applyExemptions(editionFindings, edition, lang));
  }

  const waived = applyWaivers(findings, descriptor.waivers ?? [], input.asOf, lang);
  findings = waived.findings.map((f) => (input.locate ? { ...f, ...input.locate(f.pointer) } : f));
  findings = sortFindings(findings);
  const summary = summarise(findings);
  return {
    reportVersion: 1,
    tool: { name: 'kanmon', version: input.toolVersion },
    descriptor: { id: descriptor.id, ...(input.file ? { file: input.file } : {}) },
    asOf: input.asOf,
    asOfSource: input.asOfSource,
    phase: input.phase,
    lang,
    failOn: input.failOn,
    packs,
    findings,
    waivers: waived.uses,
    summary,
    decision: decide(findings, input.failOn),
    notes: [...(input.notes ?? [])],
  };
}

function evaluateRule(
  rule: CompiledRule, edition: CompiledEdition, input: EvaluationInput, baseLookup: FactLookup,
  applies: ReturnType<typeof evaluateCondition> | undefined, packReason: string | undefined,
): Finding[] {
  const { lang } = input;
  const make = (status: Status, pointer: string, evidence: Evidence[], extra: Partial<Finding>, lookup: FactLookup): Finding => ({
    ruleId: rule.id, pack: edition.pack, edition: edition.edition, title: rule.title[lang], severity: rule.severity, status, pointer,
    message: extra.message ?? '', ...(status === 'fail' || status === 'missing' ? { remediation: fill(rule.remediation, lang, lookup, input.asOf) } : {}),
    citation: rule.citation, basis: rule.basis, ...(rule.url ? { url: rule.url } : {}), evidence, ...withoutMessage(extra),
  });
  const role = (r: Evidence['role'], list: ConditionEvidence[]): Evidence[] => list.map((e) => ({ ...e, role: r }));

  if (applies && applies.truth !== 'true') {
    const status: Status = applies.truth === 'false' ? 'not_applicable' : 'missing';
    const pointers = unknownPointers(applies.evidence);
    const message = status === 'missing'
      ? text(STATUS_TEXT.missing, lang, { title: rule.title[lang], pointers })
      : `${rule.title[lang]}: ${packReason ?? ''}`;
    return [make(status, firstPointer(applies.evidence), role('appliesTo', applies.evidence), { message, ...(status === 'not_applicable' ? { reason: packReason } : {}) }, baseLookup)];
  }

  const items: { lookup: FactLookup; pointer?: string }[] = [];
  if (rule.forEach) {
    const list = readPath(input.descriptor, rule.forEach.segments);
    const base = toPointer(rule.forEach.segments);
    // An explicit empty list says "there are none"; an absent one says nothing, so it is missing.
    if (!Array.isArray(list)) {
      const message = text(STATUS_TEXT.noList, lang, { title: rule.title[lang], path: rule.forEach.path, pointer: base });
      return [make('missing', base, [], { message }, baseLookup)];
    }
    if (list.length === 0) {
      const reason = text(STATUS_TEXT.noItems, lang, { path: rule.forEach.path });
      return [make('not_applicable', base, [], { message: `${rule.title[lang]}: ${reason}`, reason }, baseLookup)];
    }
    list.forEach((item, index) => {
      const entry: FactEntry = { value: item, pointer: `${base}/${index}` };
      const perItem = input.callerFacts?.perItem ?? {};
      const lookup: FactLookup = (name) => {
        if (name === 'item') return entry;
        if (Object.prototype.hasOwnProperty.call(perItem, name)) return { value: perItem[name]!.get(entry.pointer!) };
        return baseLookup(name);
      };
      items.push({ lookup, pointer: entry.pointer });
    });
  } else {
    items.push({ lookup: baseLookup });
  }

  return items.map(({ lookup, pointer }) => {
    const context = { asOf: input.asOf };
    const evaluateTree = input.conditionEvaluator ?? evaluateCondition;
    const when = rule.when ? evaluateTree(rule.when, lookup, context) : undefined;
    if (when && when.truth !== 'true') {
      const whenEvidence = role('when', when.evidence);
      if (when.truth === 'false') {
        const reason = text(STATUS_TEXT.whenFalse, lang, {});
        return make('not_applicable', pointer ?? firstPointer(when.evidence), whenEvidence, { message: `${rule.title[lang]}: ${reason}`, reason }, lookup);
      }
      const pointers = unknownPointers(when.evidence);
      return make('missing', pointer ?? firstPointer(when.evidence, 'unknown'), whenEvidence, {
        message: `${rule.title[lang]}: ${text(STATUS_TEXT.whenMissing, lang, { pointers })}`,
      }, lookup);
    }
    const check = evaluateTree(rule.check, lookup, context);
    const evidence = [...role('when', when?.evidence ?? []), ...role('check', check.evidence)];
    const status: Status = check.truth === 'true' ? 'pass' : check.truth === 'false' ? 'fail' : 'missing';
    const at = pointer ?? firstPointer(check.evidence, status === 'pass' ? undefined : status === 'fail' ? 'false' : 'unknown');
    const message = status === 'pass'
      ? rule.passMessage ? fill(rule.passMessage, lang, lookup, input.asOf) : text(STATUS_TEXT.pass, lang, { title: rule.title[lang] })
      : status === 'missing'
        ? `${text(STATUS_TEXT.missing, lang, { title: rule.title[lang], pointers: unknownPointers(check.evidence) })} ${fill(rule.message, lang, lookup, input.asOf)}`
        : fill(rule.message, lang, lookup, input.asOf);
    return make(status, at, evidence, { message }, lookup);
  });
}

function applyExemptions(findings: Finding[], edition: CompiledEdition, lang: Lang): Finding[] {
  const rules = new Map(edition.rules.map((r) => [r.id, r]));
  return findings.map((f) => {
    if (f.status !== 'fail' && f.status !== 'missing') return f;
    for (const exemptId of rules.get(f.ruleId)?.exemptedBy ?? []) {
      const exempting = rules.get(exemptId)!;
      const passed = findings.some((g) => g.ruleId === exemptId && g.status === 'pass' && (!exempting.forEach || g.pointer === f.pointer));
      if (passed) {
        const reason = text(STATUS_TEXT.exempted, lang, { exemptId, exemptTitle: exempting.title[lang] });
        const { remediation: _dropped, ...rest } = f;
        return { ...rest, status: 'not_applicable' as const, exemptedBy: exemptId, reason, message: `${f.title}: ${reason}` };
      }
    }
    return f;
  });
}

function withoutMessage(extra: Partial<Finding>): Partial<Finding> {
  const { message: _m, ...rest } = extra;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
}

function firstPointer(evidence: readonly ConditionEvidence[], result?: Truth): string {
  const match = evidence.find((e) => e.pointer !== undefined && (result === undefined || e.result === result)) ?? evidence.find((e) => e.pointer !== undefined);
  return match?.pointer ?? '';
}

function unknownPointers(evidence: readonly ConditionEvidence[]): string {
  const set = new Set<string>();
  for (const e of evidence) {
    if (e.result !== 'unknown') continue;
    if (e.actual === undefined || e.actual === null) set.add(e.pointer ?? `${e.fact} ${e.path}`);
    else if (e.expectedFrom) set.add(e.expectedFrom.pointer ?? `${e.expectedFrom.fact} ${e.expectedFrom.path}`);
  }
  return [...set].join(', ');
}

function text(template: Bilingual, lang: Lang, values: Record<string, unknown>): string {
  return interpolate(template[lang], values);
}

/** Fill a rule's `{fact.path}` placeholders from the facts in scope. */
function fill(template: Bilingual, lang: Lang, lookup: FactLookup, asOf: string): string {
  return template[lang].replace(/\{([A-Za-z0-9_.]+)\}/g, (whole, name: string) => {
    const [fact, ...rest] = name.split('.');
    if (fact === 'asOf') return asOf;
    const entry = lookup(fact!);
    if (!entry) return whole;
    const value = readPath(entry.value, rest);
    return value === undefined ? '—' : formatValue(value);
  });
}

/** Deterministic order: pack, then rule id and pointer in natural order (/a/2 before /a/10); no locale. */
function sortFindings(findings: readonly Finding[]): Finding[] {
  const keyed = findings.map((f) => ({ f, rule: naturalKey(f.ruleId), pointer: naturalKey(f.pointer) }));
  keyed.sort((a, b) => (a.f.pack < b.f.pack ? -1 : a.f.pack > b.f.pack ? 1 : 0) || compareNaturalKeys(a.rule, b.rule) || compareNaturalKeys(a.pointer, b.pointer));
  return keyed.map((k) => k.f);
}
