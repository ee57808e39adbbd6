import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { msg } from '../diagnostics/catalogue/index.js';
import type { CompiledEdition, CompiledRule, Phase, Severity } from '../engine/compiled.js';
import { isIsoDate } from '../shared/dates.js';
import { FALSE, newScope, TRUE, UNKNOWN, type Program, type Scope, type Truth3 } from '../engine/program.js';
import type { FactDeclaration } from '../facts/provider.js';
import { readPath } from '../engine/path.js';
import type { FindingList, ReportView } from '../report/finding-list.js';
import type { Evidence, Finding, JudgedBy, PackUse, Report, Status } from '../report/types.js';
import { naturalCompare, toPointer } from '../shared/json-pointer.js';
import type { Lang } from '../shared/messages.js';
import type { SourceRange } from '../parse/locate.js';
import { editionAt, type EditionChoice } from '../select/editions.js';
import { evidenceOf, firstLeafPointer, firstPointer, unknownPointers } from './evidence.js';
import { sourceInfo } from './source-info.js';
import { appliesToProgram, programOf, type RuleProgram } from './programs.js';
import { idRankOf, sortFindings } from './sort.js';
import { STATUS_TEXT } from './status-messages.js';
import { decide, summarise } from './summary.js';
import { fillNamed, fillTemplate } from './templates.js';
import { FindingRecord } from './records.js';
import { applyWaivers, writeWaiver, type WaiverMark } from './waivers.js';

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
  /** Judge every act by the editions in force at asOf, as if it were done then. */
  retroactive?: boolean;
  file?: string;
  /** Start and end of the value at a pointer; findings and warnings carry both (SARIF marks ranges). */
  locate?: (pointer: string) => SourceRange;
  notes?: readonly string[];
  warnings?: readonly Diagnostic[];
  callerFacts?: CallerFacts;
  /** Declarations of the facts from outside the descriptor: the report notes where the values of those the judged rules read came from. */
  factDeclarations?: readonly FactDeclaration[];
}

const NO_FACTS: CallerFacts = { global: {}, perItem: {} };

/** An edition's applicability to the descriptor, evaluated once per evaluation. */
interface Applicability {
  truth: Truth3;
  program: Program | null;
  scope: Scope | undefined;
  reason: string | undefined;
}

/** Evaluate the chosen editions against a valid descriptor and assemble the report. Pure and synchronous. */
export function runEvaluation(input: EvaluationInput): Report {
  return assemble(input, false) as Report;
}

/**
 * The same evaluation, with its findings written on demand (a FindingList): statuses, order, counts,
 * waivers and the decision are all decided here; each finding's messages and evidence are built only
 * when it is asked for, and not kept. What a printer of large reports needs.
 */
export function decideEvaluation(input: EvaluationInput): ReportView {
  return assemble(input, true);
}

function assemble(input: EvaluationInput, deferred: boolean): ReportView {
  const judge = new Judge(input, deferred);
  const packs: PackUse[] = [];
  const decided: Decided[] = [];
  for (const choice of input.choices) judge.pack(choice, packs, decided);

  const waivers = input.descriptor.waivers ?? [];
  const uses = applyWaivers(decided, waivers, input.asOf, input.lang);
  const sorted = sortFindings(decided, judge.idRanks);
  const write = (d: Decided): Finding => {
    const f = d.write(judge);
    if (d.waiver) writeWaiver(f, d.waiver, waivers, input.lang);
    if (input.locate) Object.assign(f, input.locate(f.pointer));
    return f;
  };
  const findings: Finding[] | FindingList = deferred ? new DeferredFindings(sorted, write, input.locate) : sorted.map(write);
  const factNotes = (input.factDeclarations ?? []).filter((d) => judge.factsRead.has(d.name))
    .map((d) => d.note!(judge.factValue(d.name))[input.lang]);
  // One warning per code and place, in document order (never in the order rules happen to run).
  const unique = new Map<string, Diagnostic>();
  for (const w of [...(input.warnings ?? []), ...judge.warnings]) unique.set(`${w.code}\u0000${w.pointer ?? ''}`, w);
  const warnings = [...unique.values()]
    .sort((a, b) => naturalCompare(a.pointer ?? '', b.pointer ?? '') || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((w) => (input.locate && w.pointer !== undefined ? { ...w, ...input.locate(w.pointer) } : w));
  return {
    reportVersion: 1,
    tool: { name: 'kanmon', version: input.toolVersion },
    descriptor: { id: input.descriptor.id, ...(input.file ? { file: input.file } : {}) },
    asOf: input.asOf,
    asOfSource: input.asOfSource,
    phase: input.phase,
    lang: input.lang,
    failOn: input.failOn,
    packs,
    findings,
    waivers: uses,
    summary: summarise(sorted),
    decision: decide(sorted, input.failOn),
    notes: [...(input.notes ?? []), ...factNotes],
    warnings,
  };
}

/** A finding decided: its status (waivers may change it) and what ordering needs; written by write(). */
interface Decided {
  readonly ruleId: string;
  readonly pack: string;
  readonly severity: Finding['severity'];
  readonly pointer: string;
  readonly exemptedBy?: string | undefined;
  status: Status;
  waiver?: WaiverMark;
  /** The finding as judged (before waivers and place): a new object each time. */
  write(judge: Judge): Finding;
}

/** A finding built when it was judged (rare kinds, and everything when findings are not deferred). */
class Built implements Decided {
  status: Status;
  waiver?: WaiverMark;
  constructor(private readonly finding: Finding, private readonly copy: boolean) { this.status = finding.status; }
  get ruleId(): string { return this.finding.ruleId; }
  get pack(): string { return this.finding.pack; }
  get severity(): Finding['severity'] { return this.finding.severity; }
  get pointer(): string { return this.finding.pointer; }
  get exemptedBy(): string | undefined { return this.finding.exemptedBy; }
  write(): Finding { return this.copy ? { ...this.finding } : this.finding; }
}

/** A rule judged for the project or one list item, whose finding is built again from the item when it is asked for. */
class ItemVerdict implements Decided {
  waiver?: WaiverMark;
  constructor(
    private readonly rule: CompiledRule, private readonly edition: CompiledEdition, private readonly item: Item, private readonly judgedBy: JudgedBy,
    public status: Status, readonly exemptedBy: string | undefined, readonly pointer: string,
  ) {}
  get ruleId(): string { return this.rule.id; }
  get pack(): string { return this.edition.pack; }
  get severity(): Finding['severity'] { return this.rule.severity; }
  write(judge: Judge): Finding { return judge.writeItem(this.rule, this.edition, this.item, this.judgedBy); }
}

/** A finding decided, whose words are written when it is asked for. */
class Later implements Decided {
  waiver?: WaiverMark;
  constructor(
    private readonly rule: CompiledRule, private readonly edition: CompiledEdition,
    public status: Status, readonly pointer: string, private readonly writeIt: () => Finding,
  ) {}
  get ruleId(): string { return this.rule.id; }
  get pack(): string { return this.edition.pack; }
  get severity(): Finding['severity'] { return this.rule.severity; }
  get exemptedBy(): undefined { return undefined; }
  write(): Finding { return this.writeIt(); }
}

/** The findings of a deferred evaluation: heads kept, each finding written when asked for. */
class DeferredFindings implements FindingList {
  constructor(
    private readonly entries: readonly Decided[], private readonly writeOne: (d: Decided) => Finding,
    private readonly locate: EvaluationInput['locate'],
  ) {}
  get length(): number { return this.entries.length; }
  head(i: number): Decided { return this.entries[i]!; }
  at(i: number): Finding { return this.writeOne(this.entries[i]!); }
  line(i: number): number | undefined { return this.locate?.(this.entries[i]!.pointer).line; }
}

/** One item a rule is judged for: the project (no pointer) or an element of its forEach list. */
class Item {
  constructor(readonly value: unknown, readonly pointer: string | undefined) {}
}

/** What a finding has no more of: neither a remediation nor a reason (one object for all). */
const NO_EXTRA: { reason?: string; remediation?: string } = Object.freeze({});

/** The one item of a rule without forEach. */
const PROJECT: readonly Item[] = [new Item(undefined, undefined)];


class Judge {
  readonly warnings: Diagnostic[] = [];
  /** Names of the noted facts (those whose declaration has a note) read by the conditions of the rules judged. */
  readonly factsRead = new Set<string>();
  /** Noted facts not yet seen read: each rule's facts are looked up in this short list, and not at all once it is empty. */
  private unread: string[];
  private readonly root: Record<string, unknown>;
  private readonly caller: CallerFacts;
  private readonly applicability = new Map<CompiledEdition, Applicability>();
  /** Status of an exempting rule per edition and item, computed on demand. */
  private readonly exemptions = new Map<string, { status: Status; evidence: Evidence[] }>();

  /** Per pack, the rule ids of the edition at as-of ranked in natural order (for sorting the findings). */
  readonly idRanks = new Map<string, ReadonlyMap<string, number>>();
  /** The items of each list judged, by the list. */
  private readonly itemLists = new Map<unknown[], Item[]>();
  /**
   * The scope rules are judged in, one for the whole evaluation: each rule's leaves write every slot
   * they have before any is read, and a rule's slots are read (for its place or its evidence) before
   * the next rule runs.
   */
  private scratch: Scope;
  /** Whether findings of list items are written on demand (write again from the item) rather than now. */
  private readonly deferred: boolean;

  constructor(private readonly input: EvaluationInput, deferred: boolean) {
    this.deferred = deferred;
    this.root = input.descriptor as unknown as Record<string, unknown>;
    this.caller = input.callerFacts ?? NO_FACTS;
    this.scratch = newScope(this.root, input.asOf, this.caller.global, this.caller.perItem, 16);
    this.unread = (input.factDeclarations ?? []).filter((d) => d.note).map((d) => d.name);
  }

  /** The evaluation's scope, with room for a program of `slots` leaves. */
  private scopeFor(slots: number): Scope {
    if (this.scratch.actual.length < slots) this.scratch = newScope(this.root, this.input.asOf, this.caller.global, this.caller.perItem, slots);
    return this.scratch;
  }

  /** Judge every rule of one pack: present-state rules by the edition at as-of, dated acts by the edition of their date. */
  pack(choice: EditionChoice, packs: PackUse[], out: Decided[]): void {
    const { input } = this;
    const lang = input.lang;
    const now = choice.edition;
    const by: JudgedBy['by'] = choice.pinned ? 'pinned' : input.retroactive ? 'retroactive' : 'as-of';
    const dated = by === 'as-of';
    const actEditions = new Set<CompiledEdition>();
    const use: PackUse = now
      ? {
        pack: now.pack, edition: now.edition, title: now.title[lang], effective: now.effective, source: sourceInfo(now.source, lang),
        hash: now.hash, pinned: choice.pinned, applicable: this.applies(now).truth === TRUE,
        ...(this.applies(now).reason ? { reason: this.applies(now).reason } : {}),
      }
      : { pack: choice.pack, edition: null, pinned: choice.pinned, applicable: null, reason: fillNamed(STATUS_TEXT.packNotInForce[lang], { pack: choice.pack, asOf: input.asOf }) };
    packs.push(use);
    if (now) this.idRanks.set(now.pack, idRankOf(now));

    // One judgedBy for every rule judged at as-of: findings share it, as they share their source.
    const atAsOf: JudgedBy = { by, date: input.asOf };
    const judgeOne = (template: CompiledRule, inNow: boolean): void => {
      if (!dated || !template.actDate) this.judgeRule(template, now!, atAsOf, out);
      else this.judgeActs(template, choice, inNow, out, actEditions);
    };
    for (const rule of now?.rules ?? []) judgeOne(rule, true);
    if (dated) for (const rule of this.earlierActRules(choice)) judgeOne(rule, false);
    if (actEditions.size > 0 && now) actEditions.delete(now);
    if (actEditions.size > 0) {
      use.actEditions = [...actEditions].sort((a, b) => (a.effective.from < b.effective.from ? -1 : 1))
        .map((e) => ({ edition: e.edition, title: e.title[lang], effective: e.effective, hash: e.hash }));
    }
  }

  /**
   * For dated acts, the act rules that only editions before the one at as-of (and in force by as-of)
   * have, each in its latest version: judged after the rules of the edition at as-of.
   */
  private earlierActRules(choice: EditionChoice): CompiledRule[] {
    const now = choice.edition;
    const found: CompiledRule[] = [];
    let seen: Set<string> | undefined;
    for (let i = choice.editions.length - 1; i >= 0; i--) {
      const e = choice.editions[i]!;
      if (e === now || e.effective.from > this.input.asOf) continue;
      seen ??= new Set((now?.rules ?? []).map((r) => r.id));
      for (const rule of e.rules) {
        if (!rule.actDate || seen.has(rule.id)) continue;
        seen.add(rule.id);
        found.push(rule);
      }
    }
    return found;
  }

  /** The value of a fact for every rule (caller facts first, then the descriptor's sections). */
  factValue(name: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.caller.global, name) ? this.caller.global[name] : this.root[name];
  }

  private noteFacts(program: RuleProgram): void {
    const unread = this.unread;
    for (let i = 0; i < unread.length; i++) {
      if (!program.facts.has(unread[i]!)) continue;
      this.factsRead.add(unread[i]!);
      this.unread = unread.filter((name) => !this.factsRead.has(name));
      this.noteFacts(program);
      return;
    }
  }

  private applies(edition: CompiledEdition): Applicability {
    let a = this.applicability.get(edition);
    if (!a) {
      const program = appliesToProgram(edition);
      const scope = program ? newScope(this.root, this.input.asOf, this.caller.global, this.caller.perItem, program.leaves.length) : undefined;
      const truth = program ? program.run(scope!) : TRUE;
      const reason = truth !== TRUE
        ? fillNamed(STATUS_TEXT.packNotApplicable[this.input.lang], { pack: edition.pack, edition: edition.edition, note: edition.appliesToNote ? edition.appliesToNote[this.input.lang] : '' }).trim()
        : undefined;
      a = { truth, program, scope, reason };
      this.applicability.set(edition, a);
    }
    return a;
  }

  private inPhase(rule: CompiledRule): boolean {
    return this.input.phase === null || !rule.phases || rule.phases.includes(this.input.phase);
  }

  private itemsOf(rule: CompiledRule, out: Decided[], edition: CompiledEdition, judgedBy: JudgedBy): readonly Item[] | undefined {
    const lang = this.input.lang;
    if (!rule.forEach) return PROJECT;
    const list = readPath(this.input.descriptor, rule.forEach.segments);
    const base = toPointer(rule.forEach.segments);
    const title = rule.title[lang];
    // An explicit empty list says "there are none"; an absent one says nothing, so it is missing.
    if (!Array.isArray(list)) {
      const message = fillNamed(STATUS_TEXT.noList[lang], { title, path: rule.forEach.path, pointer: base });
      const remediation = fillNamed(STATUS_TEXT.noListRemedy[lang], { pointer: base });
      out.push(this.built(this.finding(rule, edition, 'missing', base, message, [], judgedBy, { remediation })));
      return undefined;
    }
    if (list.length === 0) {
      const reason = fillNamed(STATUS_TEXT.noItems[lang], { path: rule.forEach.path });
      out.push(this.built(this.finding(rule, edition, 'not_applicable', base, `${title}: ${reason}`, [], judgedBy, { reason })));
      return undefined;
    }
    // Every rule over one list judges the same items: made once, their pointers shared by the findings.
    let items = this.itemLists.get(list);
    if (!items) {
      items = new Array<Item>(list.length);
      for (let i = 0; i < list.length; i++) items[i] = new Item(list[i], `${base}/${i}`);
      this.itemLists.set(list, items);
    }
    return items;
  }

  /** When a rule's own dates (narrower than its edition's) leave out `date`, one not-applicable finding says so; true then. */
  private outOfForce(rule: CompiledRule, edition: CompiledEdition, date: string, judgedBy: JudgedBy, out: Decided[], pointer?: string): boolean {
    const range = rule.effective;
    if (!range || ((range.from === undefined || range.from <= date) && (range.until === undefined || date <= range.until))) return false;
    const lang = this.input.lang;
    const reason = fillNamed(STATUS_TEXT.ruleNotInForce[lang], { date, from: range.from ?? '—', until: range.until ?? '—' });
    const at = pointer ?? (rule.forEach ? toPointer(rule.forEach.segments) : '');
    out.push(this.built(this.finding(rule, edition, 'not_applicable', at, `${rule.title[lang]}: ${reason}`, [], judgedBy, { reason })));
    return true;
  }

  /** Judge a rule for the project or every item, all by one edition. */
  private judgeRule(rule: CompiledRule, edition: CompiledEdition, judgedBy: JudgedBy, out: Decided[]): void {
    if (!this.inPhase(rule)) return;
    if (this.outOfForce(rule, edition, this.input.asOf, judgedBy, out)) return;
    if (this.notApplicable(rule, edition, judgedBy, out)) return;
    const items = this.itemsOf(rule, out, edition, judgedBy);
    if (!items) return;
    const program = programOf(rule);
    const scope = this.scopeFor(program.slots);
    for (const item of items) out.push(this.judgeItem(rule, edition, program, scope, item, judgedBy));
  }

  /** Judge a rule over dated acts: each act by the edition in force on its date. */
  private judgeActs(template: CompiledRule, choice: EditionChoice, inNow: boolean, out: Decided[], used: Set<CompiledEdition>): void {
    const { input } = this;
    const lang = input.lang;
    const now = choice.edition;
    const home = now && inNow ? now : choice.editions.find((e) => e.rules.includes(template))!;
    const asOfBy: JudgedBy = { by: 'as-of', date: input.asOf };
    // Whether the pack applies to the organisation at all is a present-state question: asked first.
    if (this.inPhase(template) && this.notApplicable(template, home, asOfBy, out)) return;
    const items = this.itemsOf(template, out, home, asOfBy);
    if (!items) return;
    const act = template.actDate!;
    for (const item of items) {
      const date = act.segments.length ? readPath(act.fact === 'item' ? item.value : this.root[act.fact], act.segments) : undefined;
      const at = (act.fact === 'item' ? item.pointer ?? '' : `/${act.fact}`) + toPointer(act.segments);
      const title = template.title[lang];
      if (date === null) {
        // A date stated as null says the act has not taken place (no contract signed yet …): nothing to judge.
        if (!this.inPhase(template)) continue;
        out.push(this.later(template, home, 'not_applicable', item.pointer ?? at, () => {
          const reason = fillNamed(STATUS_TEXT.actNotDone[lang], { pointer: at });
          return this.finding(template, home, 'not_applicable', item.pointer ?? at, `${title}: ${reason}`, [], { by: 'act-date', pointer: at }, { reason });
        }));
        continue;
      }
      if (date === undefined || !isIsoDate(date)) {
        if (!this.inPhase(template)) continue;
        // Without the date no edition can be chosen — unless no edition's version of the rule applies to the item.
        const outside = this.appliesInNoEdition(template, choice, item);
        if (outside) {
          const reason = STATUS_TEXT.whenFalse[lang];
          out.push(this.built(this.finding(template, home, 'not_applicable', item.pointer ?? firstPointer(outside), `${title}: ${reason}`, outside, { by: 'act-date', pointer: at }, { reason })));
          continue;
        }
        out.push(this.later(template, home, 'missing', item.pointer ?? at, () => {
          const message = fillNamed(STATUS_TEXT.actDateMissing[lang], { title, pointer: at });
          const remediation = fillNamed(STATUS_TEXT.actDateRemedy[lang], { pointer: at });
          return this.finding(template, home, 'missing', item.pointer ?? at, message, [], { by: 'act-date', pointer: at }, { remediation });
        }));
        continue;
      }
      let judgedBy: JudgedBy = { by: 'act-date', date, pointer: at };
      let edition: CompiledEdition | null;
      if (date > input.asOf) {
        if (!now) continue;
        this.warnings.push({
          code: 'act-after-as-of', kind: 'descriptor', severity: 'warning', pointer: at,
          message: msg('report.act-after-as-of', { date, pointer: at, asOf: input.asOf }),
        });
        edition = now;
        judgedBy = { by: 'as-of', date: input.asOf, pointer: at };
      } else {
        edition = editionAt(choice.editions, date);
      }
      if (!edition) {
        if (!this.inPhase(template) || !inNow) continue;
        const first = choice.editions[0]!;
        const by = judgedBy;
        out.push(this.later(template, home, 'not_applicable', item.pointer ?? at, () => {
          const reason = fillNamed(STATUS_TEXT.actBeforePack[lang], { date, pack: first.pack, first: first.edition, from: first.effective.from });
          return this.finding(template, home, 'not_applicable', item.pointer ?? at, `${title}: ${reason}`, [], by, { reason });
        }));
        continue;
      }
      const rule = edition.rules.find((r) => r.id === template.id);
      if (!rule) {
        if (!this.inPhase(template) || !inNow) continue;
        used.add(edition);
        const [by, judging] = [judgedBy, edition];
        out.push(this.later(template, judging, 'not_applicable', item.pointer ?? at, () => {
          const reason = fillNamed(STATUS_TEXT.actRuleAbsent[lang], { date, edition: judging.edition });
          return this.finding(template, judging, 'not_applicable', item.pointer ?? at, `${title}: ${reason}`, [], by, { reason });
        }));
        continue;
      }
      if (!this.inPhase(rule)) continue;
      used.add(edition);
      if (this.outOfForce(rule, edition, judgedBy.date ?? input.asOf, judgedBy, out, item.pointer ?? at)) continue;
      if (this.notApplicable(rule, edition, judgedBy, out, item.pointer)) continue;
      const program = programOf(rule);
      out.push(this.judgeItem(rule, edition, program, this.scopeFor(program.slots), item, judgedBy));
    }
  }

  /** Whether every edition in force by as-of that has this rule says, by its `when`, that it does not apply to the item. */
  /** When no edition's version of the rule applies to the item (every `when` false): the evidence of the last one, else null. */
  private appliesInNoEdition(template: CompiledRule, choice: EditionChoice, item: Item): Evidence[] | null {
    const versions = choice.editions.filter((e) => e.effective.from <= this.input.asOf).flatMap((e) => e.rules.filter((r) => r.id === template.id));
    let evidence: Evidence[] | null = null;
    for (const rule of versions) {
      const program = programOf(rule);
      if (!program.when) return null;
      const scope = newScope(this.root, this.input.asOf, this.caller.global, this.caller.perItem, program.slots);
      scope.item = item.value;
      scope.itemPointer = item.pointer;
      if (program.when.run(scope) !== FALSE) return null;
      evidence = evidenceOf(program.when, 'when', scope);
    }
    return evidence;
  }

  /** When the edition does not apply to the descriptor (or cannot be told to), one finding says so; true then. */
  private notApplicable(rule: CompiledRule, edition: CompiledEdition, judgedBy: JudgedBy, out: Decided[], pointer?: string): boolean {
    const a = this.applies(edition);
    if (a.truth === TRUE) return false;
    const lang = this.input.lang;
    const evidence = evidenceOf(a.program!, 'appliesTo', a.scope!);
    if (a.truth === FALSE) {
      out.push(this.built(this.finding(rule, edition, 'not_applicable', pointer ?? firstPointer(evidence), `${rule.title[lang]}: ${a.reason ?? ''}`, evidence, judgedBy, { reason: a.reason })));
    } else {
      out.push(this.built(this.missing(rule, edition, pointer ?? firstPointer(evidence), evidence, judgedBy)));
    }
    return true;
  }

  /** Judge one item (or the project): its finding now, or (deferred) its status and place now and its finding when asked for. */
  private judgeItem(rule: CompiledRule, edition: CompiledEdition, program: RuleProgram, scope: Scope, item: Item, judgedBy: JudgedBy): Decided {
    if (!this.deferred) return this.built(this.itemFinding(rule, edition, program, scope, item, judgedBy));
    scope.item = item.value;
    scope.itemPointer = item.pointer;
    this.noteFacts(program);
    // The same decisions as itemFinding, and the same place (the item, else the first leaf that has
    // one), without building messages or evidence.
    const verdict = (status: Status, pointer: string, exemptedBy?: string): Decided => new ItemVerdict(rule, edition, item, judgedBy, status, exemptedBy, pointer);
    const when = program.when ? program.when.run(scope) : TRUE;
    if (when !== TRUE) {
      return verdict(when === FALSE ? 'not_applicable' : 'missing', item.pointer ?? firstLeafPointer(program.when!, scope, when === FALSE ? undefined : 'unknown'));
    }
    const check = program.check.run(scope);
    const at = item.pointer ?? firstLeafPointer(program.check, scope, check === TRUE ? undefined : check === FALSE ? 'false' : 'unknown');
    if (check === TRUE) return verdict('pass', at);
    const exemption = this.exemption(rule, edition, scope, item, check);
    if (exemption) return exemption.status === 'pass' ? verdict('not_applicable', at, exemption.by.id) : verdict('missing', at);
    return verdict(check === UNKNOWN ? 'missing' : 'fail', at);
  }

  /** Words that are the same for every item of a rule in one language (its pass message, its not-applicable message), made once. */
  private wordsOf(rule: CompiledRule): RuleWords {
    return wordsOf(rule, this.input.lang);
  }

  /** The finding of an item (or the project) judged earlier (deferred), built again from the item: the same status and place. */
  writeItem(rule: CompiledRule, edition: CompiledEdition, item: Item, judgedBy: JudgedBy): Finding {
    const program = programOf(rule);
    return this.itemFinding(rule, edition, program, this.scopeFor(program.slots), item, judgedBy);
  }

  /** A finding whose words are written by `write`: now, or (deferred) when it is asked for. */
  private later(rule: CompiledRule, edition: CompiledEdition, status: Status, pointer: string, write: () => Finding): Decided {
    return this.deferred ? new Later(rule, edition, status, pointer, write) : this.built(write());
  }

  /** A finding written when it is judged (in a deferred evaluation, it is copied each time it is asked for). */
  private built(finding: Finding): Decided {
    return new Built(finding, this.deferred);
  }

  private itemFinding(rule: CompiledRule, edition: CompiledEdition, program: RuleProgram, scope: Scope, item: Item, judgedBy: JudgedBy): Finding {
    const lang = this.input.lang;
    const title = rule.title[lang];
    scope.item = item.value;
    scope.itemPointer = item.pointer;
    this.noteFacts(program);
    if (program.when) {
      const when = program.when.run(scope);
      if (when !== TRUE) {
        const evidence = evidenceOf(program.when, 'when', scope);
        if (when === FALSE) {
          const reason = STATUS_TEXT.whenFalse[lang];
          const words = this.wordsOf(rule);
          words.whenFalse ??= `${title}: ${reason}`;
          return this.finding(rule, edition, 'not_applicable', item.pointer ?? firstPointer(evidence), words.whenFalse, evidence, judgedBy, { reason });
        }
        const message = `${title}: ${fillNamed(STATUS_TEXT.whenMissing[lang], { pointers: unknownPointers(evidence) })}`;
        return this.finding(rule, edition, 'missing', item.pointer ?? firstPointer(evidence, 'unknown'), message, evidence, judgedBy, {
          remediation: fillNamed(STATUS_TEXT.missingRemedy[lang], { pointers: unknownPointers(evidence) }),
        });
      }
    }
    const check = program.check.run(scope);
    const checked = evidenceOf(program.check, 'check', scope);
    const evidence = program.when ? evidenceOf(program.when, 'when', scope).concat(checked) : checked;
    const at = item.pointer ?? firstPointer(evidence, check === TRUE ? undefined : check === FALSE ? 'false' : 'unknown', program.when ? 'check' : undefined);
    if (check === TRUE) {
      const message = rule.passMessage ? fillTemplate(rule.passMessage[lang], scope) : (this.wordsOf(rule).pass ??= fillNamed(STATUS_TEXT.pass[lang], { title }));
      return this.finding(rule, edition, 'pass', at, message, evidence, judgedBy);
    }
    const exemption = this.exemption(rule, edition, scope, item, check);
    if (exemption) return this.exempted(rule, edition, at, evidence, judgedBy, exemption);
    if (check === UNKNOWN) return this.missing(rule, edition, at, evidence.filter((e) => e.role === 'check'), judgedBy, evidence);
    return this.finding(rule, edition, 'fail', at, fillTemplate(rule.message[lang], scope), evidence, judgedBy, { remediation: fillTemplate(rule.remediation[lang], scope) });
  }

  /** A missing finding: says which evidence is absent and where it belongs, never the failure's wording. */
  private missing(rule: CompiledRule, edition: CompiledEdition, pointer: string, absent: Evidence[], judgedBy: JudgedBy, evidence = absent): Finding {
    const lang = this.input.lang;
    const pointers = unknownPointers(absent);
    return this.finding(rule, edition, 'missing', pointer, fillNamed(STATUS_TEXT.missing[lang], { title: rule.title[lang], pointers }), evidence, judgedBy, {
      remediation: fillNamed(STATUS_TEXT.missingRemedy[lang], { pointers }),
    });
  }

  /**
   * Whether an exempting rule of the same edition decides this failing or missing finding: it passed
   * (not applicable, exempted), or — for a failure — cannot be told (missing, since whether the rule
   * applies at all is unknown). Judged for the same item when the exempting rule iterates too.
   */
  private exemption(rule: CompiledRule, edition: CompiledEdition, scope: Scope, item: Item, check: Truth3): { by: CompiledRule; status: 'pass' | 'missing'; evidence: Evidence[] } | undefined {
    let unknown: { by: CompiledRule; status: 'missing'; evidence: Evidence[] } | undefined;
    for (const id of rule.exemptedBy) {
      const by = edition.rules.find((r) => r.id === id);
      if (!by) continue;
      const key = `${edition.pack}\u0000${edition.edition}\u0000${id}\u0000${by.forEach ? item.pointer ?? '' : ''}`;
      let result = this.exemptions.get(key);
      if (!result) {
        const program = programOf(by);
        const s = newScope(this.root, this.input.asOf, this.caller.global, this.caller.perItem, program.slots);
        s.item = by.forEach ? scope.item : undefined;
        s.itemPointer = by.forEach ? scope.itemPointer : undefined;
        const when = program.when ? program.when.run(s) : TRUE;
        const truth = when === TRUE ? program.check.run(s) : when === FALSE ? FALSE : UNKNOWN;
        const whenEvidence = program.when ? evidenceOf(program.when, 'when', s) : [];
        const evidence = when === TRUE ? whenEvidence.concat(evidenceOf(program.check, 'check', s)) : whenEvidence;
        result = { status: truth === TRUE ? 'pass' : truth === FALSE ? 'fail' : 'missing', evidence };
        this.exemptions.set(key, result);
      }
      if (result.status === 'pass') return { by, status: 'pass', evidence: result.evidence };
      if (result.status === 'missing' && check === FALSE && !unknown) unknown = { by, status: 'missing', evidence: result.evidence };
    }
    return unknown;
  }

  private exempted(rule: CompiledRule, edition: CompiledEdition, pointer: string, evidence: Evidence[], judgedBy: JudgedBy, exemption: { by: CompiledRule; status: 'pass' | 'missing'; evidence: Evidence[] }): Finding {
    const lang = this.input.lang;
    const values = { title: rule.title[lang], exemptId: exemption.by.id, exemptTitle: exemption.by.title[lang] };
    if (exemption.status === 'pass') {
      const reason = fillNamed(STATUS_TEXT.exempted[lang], values);
      return { ...this.finding(rule, edition, 'not_applicable', pointer, `${rule.title[lang]}: ${reason}`, evidence, judgedBy, { reason }), exemptedBy: exemption.by.id };
    }
    const pointers = unknownPointers(exemption.evidence);
    return this.finding(rule, edition, 'missing', pointer, fillNamed(STATUS_TEXT.exemptionUnknown[lang], { ...values, pointers }), [...evidence, ...exemption.evidence.map((e) => ({ ...e, role: 'exemption' as const }))], judgedBy, {
      remediation: fillNamed(STATUS_TEXT.missingRemedy[lang], { pointers }),
    });
  }

  private finding(
    rule: CompiledRule, edition: CompiledEdition, status: Status, pointer: string, message: string,
    evidence: Evidence[], judgedBy: JudgedBy, extra: { reason?: string | undefined; remediation?: string } = NO_EXTRA,
  ): Finding {
    const lang = this.input.lang;
    const { remediation, reason } = extra;
    const title = rule.title[lang];
    const source = sourceInfo(rule.source, lang);
    return new FindingRecord(
      rule.id, edition.pack, edition.edition, title, rule.severity, status, pointer, message, rule.basis, source, rule.section, judgedBy, evidence,
      rule.seeAlso ? seeAlsoOf(rule, lang) : undefined, remediation, reason,
    );
  }
}

/** Words that are the same for every finding of a rule in one language. */
interface RuleWords {
  pass?: string;
  whenFalse?: string;
  seeAlso?: NonNullable<Finding['seeAlso']>;
}

/** Each rule's words by language, made once and kept as long as the rule is (a compiled rule does not change). */
const ruleWords = new WeakMap<CompiledRule, Partial<Record<Lang, RuleWords>>>();

function wordsOf(rule: CompiledRule, lang: Lang): RuleWords {
  let byLang = ruleWords.get(rule);
  if (!byLang) { byLang = {}; ruleWords.set(rule, byLang); }
  return (byLang[lang] ??= {});
}

/** A rule's further sources as findings show them: made once per rule and language, shared by its findings. */
function seeAlsoOf(rule: CompiledRule, lang: Lang): NonNullable<Finding['seeAlso']> {
  const words = wordsOf(rule, lang);
  return (words.seeAlso ??= rule.seeAlso!.map((c) => ({ source: sourceInfo(c.source, lang), section: c.section })));
}
