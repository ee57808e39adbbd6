import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { CompiledEdition, CompiledRule, Phase, Severity } from '../engine/compiled.js';
import { factPointer, newScope, TRUE, FALSE, UNKNOWN, type Program, type Scope, type Truth3 } from '../engine/program.js';
import { readPath } from '../engine/path.js';
import type { Evidence, EvidenceRole, Finding, PackUse, Report, Status } from '../report/types.js';
import { toPointer } from '../shared/json-pointer.js';
import { canonical, type Bilingual, type Lang } from '../shared/messages.js';
import type { SourcePosition } from '../shared/source-document.js';
import type { EditionChoice } from '../select/editions.js';
import { applyExemptions } from './exemptions.js';
import { appliesToProgram, programOf } from './programs.js';
import { sortFindings } from './sort.js';
import { STATUS_TEXT } from './status-messages.js';
import { decide, summarise } from './summary.js';
import { fillNamed, fillTemplate } from './templates.js';
import { applyWaivers } from './waivers.js';

/** Facts the caller supplies: one value per name for every rule, and per-item values keyed by the item's pointer. */
export interface CallerFacts {
  global: Readonly<Record<string, unknown>>;
  perItem: Readonly<Record<string, ReadonlyMap<string, unknown>>>;
}

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
  callerFacts?: CallerFacts;
}

const TRUTH_NAME = ['false', 'true', 'unknown'] as const;
const NO_FACTS: CallerFacts = { global: {}, perItem: {} };

/** Evaluate the chosen editions against a valid descriptor and assemble the report. Pure and synchronous. */
export function runEvaluation(input: EvaluationInput): Report {
  const { descriptor, lang } = input;
  const caller = input.callerFacts ?? NO_FACTS;
  const root = descriptor as unknown as Record<string, unknown>;
  const packs: PackUse[] = [];
  const findings: Finding[] = [];

  for (const choice of input.choices) {
    const edition = choice.edition;
    if (!edition) {
      packs.push({ pack: choice.pack, edition: null, pinned: choice.pinned, applicable: null, reason: fillNamed(STATUS_TEXT.packNotInForce[lang], { pack: choice.pack, asOf: input.asOf }) });
      continue;
    }
    const applies = appliesToProgram(edition);
    const appliesScope = applies ? newScope(root, input.asOf, caller.global, caller.perItem, applies.leaves.length) : undefined;
    const appliesTruth = applies ? applies.run(appliesScope!) : TRUE;
    const packReason = appliesTruth !== TRUE
      ? fillNamed(STATUS_TEXT.packNotApplicable[lang], { pack: edition.pack, edition: edition.edition, note: edition.appliesToNote ? edition.appliesToNote[lang] : '' }).trim()
      : undefined;
    packs.push({
      pack: edition.pack, edition: edition.edition, title: edition.title[lang], effective: edition.effective, source: edition.source,
      hash: edition.hash, pinned: choice.pinned, applicable: appliesTruth === TRUE, ...(packReason ? { reason: packReason } : {}),
    });
    const judged: Finding[] = [];
    const context: RuleContext = { input, edition, root, caller, applies, appliesScope, appliesTruth, packReason };
    for (const rule of edition.rules) {
      if (input.phase !== null && rule.phases && !rule.phases.includes(input.phase)) continue;
      judgeRule(rule, context, judged);
    }
    const exempted = applyExemptions(judged, edition, lang);
    for (const f of exempted) findings.push(f);
  }

  const waived = applyWaivers(findings, descriptor.waivers ?? [], input.asOf, lang);
  const located = input.locate ? waived.findings.map((f) => withPosition(f, input.locate!(f.pointer))) : waived.findings;
  const sorted = sortFindings(located);
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
    findings: sorted,
    waivers: waived.uses,
    summary: summarise(sorted),
    decision: decide(sorted, input.failOn),
    notes: [...(input.notes ?? [])],
  };
}

interface RuleContext {
  input: EvaluationInput;
  edition: CompiledEdition;
  root: Record<string, unknown>;
  caller: CallerFacts;
  applies: Program | null;
  appliesScope: Scope | undefined;
  appliesTruth: Truth3;
  packReason: string | undefined;
}

function withPosition(f: Finding, pos: SourcePosition): Finding {
  return { ...f, line: pos.line, column: pos.column };
}

/** Judge one rule: one finding for the project, or one per item of its forEach list. */
function judgeRule(rule: CompiledRule, ctx: RuleContext, out: Finding[]): void {
  const { input, edition } = ctx;
  const { lang } = input;
  const title = rule.title[lang];

  if (ctx.appliesTruth !== TRUE) {
    const evidence = evidenceOf(ctx.applies!, 'appliesTo', ctx.appliesScope!, []);
    if (ctx.appliesTruth === FALSE) {
      out.push(finding(rule, edition, input, 'not_applicable', firstPointer(evidence), `${title}: ${ctx.packReason ?? ''}`, evidence, undefined, { reason: ctx.packReason }));
    } else {
      const message = fillNamed(STATUS_TEXT.missing[lang], { title, pointers: unknownPointers(evidence) });
      out.push(finding(rule, edition, input, 'missing', firstPointer(evidence), message, evidence, ctx.appliesScope));
    }
    return;
  }

  const program = programOf(rule);
  const scope = newScope(ctx.root, input.asOf, ctx.caller.global, ctx.caller.perItem, program.slots);
  if (!rule.forEach) {
    out.push(judgeItem(rule, ctx, program, scope, undefined));
    return;
  }
  const list = readPath(input.descriptor, rule.forEach.segments);
  const base = toPointer(rule.forEach.segments);
  // An explicit empty list says "there are none"; an absent one says nothing, so it is missing.
  if (!Array.isArray(list)) {
    const message = fillNamed(STATUS_TEXT.noList[lang], { title, path: rule.forEach.path, pointer: base });
    out.push(finding(rule, edition, input, 'missing', base, message, [], scope));
    return;
  }
  if (list.length === 0) {
    const reason = fillNamed(STATUS_TEXT.noItems[lang], { path: rule.forEach.path });
    out.push(finding(rule, edition, input, 'not_applicable', base, `${title}: ${reason}`, [], undefined, { reason }));
    return;
  }
  for (let index = 0; index < list.length; index++) {
    scope.item = list[index];
    scope.itemPointer = `${base}/${index}`;
    out.push(judgeItem(rule, ctx, program, scope, scope.itemPointer));
  }
}

function judgeItem(rule: CompiledRule, ctx: RuleContext, program: ReturnType<typeof programOf>, scope: Scope, pointer: string | undefined): Finding {
  const { input, edition } = ctx;
  const { lang } = input;
  const title = rule.title[lang];
  if (program.when) {
    const when = program.when.run(scope);
    if (when !== TRUE) {
      const evidence = evidenceOf(program.when, 'when', scope, []);
      if (when === FALSE) {
        const reason = STATUS_TEXT.whenFalse[lang];
        return finding(rule, edition, input, 'not_applicable', pointer ?? firstPointer(evidence), `${title}: ${reason}`, evidence, undefined, { reason });
      }
      const message = `${title}: ${fillNamed(STATUS_TEXT.whenMissing[lang], { pointers: unknownPointers(evidence) })}`;
      return finding(rule, edition, input, 'missing', pointer ?? firstPointer(evidence, 'unknown'), message, evidence, scope);
    }
  }
  const check = program.check.run(scope);
  const evidence: Evidence[] = [];
  if (program.when) evidenceOf(program.when, 'when', scope, evidence);
  evidenceOf(program.check, 'check', scope, evidence);
  const status: Status = check === TRUE ? 'pass' : check === FALSE ? 'fail' : 'missing';
  const at = pointer ?? firstPointer(evidence, status === 'pass' ? undefined : status === 'fail' ? 'false' : 'unknown', program.when ? 'check' : undefined);
  let message: string;
  if (status === 'pass') message = rule.passMessage ? fillTemplate(rule.passMessage[lang], scope) : fillNamed(STATUS_TEXT.pass[lang], { title });
  else if (status === 'fail') message = fillTemplate(rule.message[lang], scope);
  else message = `${fillNamed(STATUS_TEXT.missing[lang], { title, pointers: unknownPointers(evidence.filter((e) => e.role === 'check')) })} ${fillTemplate(rule.message[lang], scope)}`;
  return finding(rule, edition, input, status, at, message, evidence, status === 'pass' ? undefined : scope);
}

/** A finding object; `scope` is given for fail and missing findings, whose remediation is filled from it. */
function finding(
  rule: CompiledRule, edition: CompiledEdition, input: EvaluationInput, status: Status, pointer: string, message: string,
  evidence: Evidence[], scope: Scope | undefined, extra: { reason?: string | undefined } = {},
): Finding {
  const lang = input.lang;
  const f: Finding = {
    ruleId: rule.id, pack: edition.pack, edition: edition.edition, title: rule.title[lang], severity: rule.severity, status, pointer, message,
    citation: rule.citation, basis: rule.basis, evidence,
  };
  if (scope && (status === 'fail' || status === 'missing')) f.remediation = fillTemplate(rule.remediation[lang], scope);
  if (rule.url) f.url = rule.url;
  if (extra.reason !== undefined) f.reason = extra.reason;
  return f;
}

/** The evidence of one program's leaves, from what they left in the scope's slots. */
function evidenceOf(program: Program, role: EvidenceRole, scope: Scope, into: Evidence[]): Evidence[] {
  for (const info of program.leaves) {
    const leaf = info.leaf;
    const base = factPointer(scope, leaf.fact);
    const truth = scope.truth[info.index] ?? UNKNOWN;
    const e: Evidence = {
      fact: leaf.fact, path: leaf.path, pointer: base === undefined ? undefined : base + info.suffix, operator: leaf.operator.name,
      expected: leaf.valueRef ? canonical(scope.expected[info.index]) : info.shown,
      actual: canonical(scope.actual[info.index]), result: TRUTH_NAME[truth], role,
    };
    if (leaf.valueRef) {
      const refBase = factPointer(scope, leaf.valueRef.fact);
      e.expectedFrom = { fact: leaf.valueRef.fact, path: leaf.valueRef.path, pointer: refBase === undefined ? undefined : refBase + info.refSuffix! };
    }
    into.push(e);
  }
  return into;
}

function firstPointer(evidence: readonly Evidence[], result?: string, role?: EvidenceRole): string {
  const pool = role ? evidence.filter((e) => e.role === role) : evidence;
  const match = pool.find((e) => e.pointer !== undefined && (result === undefined || e.result === result)) ?? pool.find((e) => e.pointer !== undefined);
  return match?.pointer ?? '';
}

function unknownPointers(evidence: readonly Evidence[]): string {
  const set = new Set<string>();
  for (const e of evidence) {
    if (e.result !== 'unknown') continue;
    if (e.actual === undefined || e.actual === null) set.add(e.pointer ?? `${e.fact} ${e.path}`);
    else if (e.expectedFrom) set.add(e.expectedFrom.pointer ?? `${e.expectedFrom.fact} ${e.expectedFrom.path}`);
  }
  return [...set].join(', ');
}

export type { Bilingual };
