import type { Basis, Citation, CompiledEdition, CompiledRule, FactReference, Severity, SourceEntry } from '../engine/compiled.js';
import { parsePath } from '../engine/path.js';
import type { Bibliography } from './bibliography.js';
import { compileCondition, resolveFactPath, type ConditionProblem, type FactScope } from './compile-condition.js';
import { descriptorRoot, itemSchema, schemaAt, shapeOf, type ExtensionSchemas } from './schema-paths.js';
import type { RawEdition, RawRule } from './written.js';

/** Statically check and compile a resolved edition against a bibliography; problems are appended, pointing into `raw`. */
export function compileResolved(raw: RawEdition, problems: ConditionProblem[], bibliography: Bibliography): Omit<CompiledEdition, 'hash' | 'file'> | undefined {
  const source = cite(raw.source, '/source', bibliography, problems);
  if (raw.effective.until !== undefined && raw.effective.until < raw.effective.from) {
    problems.push({
      code: 'invalid-effective-range', pointer: '/effective/until',
      message: { ja: 'effective.until が effective.from より前です。', en: 'effective.until is before effective.from.' },
    });
  }
  const extensions = raw.descriptorExtensions ?? {};
  const appliesTo = raw.appliesTo === undefined ? undefined : compileCondition(raw.appliesTo, '/appliesTo', { extensions }, problems);
  const ids = new Map<string, number>();
  raw.rules.forEach((rule, i) => {
    if (ids.has(rule.id)) {
      problems.push({
        code: 'duplicate-rule-id', pointer: `/rules/${i}/id`,
        message: { ja: `ルールID ${rule.id} が重複しています（/rules/${ids.get(rule.id)} と同じ）。`, en: `Rule id ${rule.id} is used twice (also at /rules/${ids.get(rule.id)}).` },
      });
    } else ids.set(rule.id, i);
  });
  const rules = raw.rules.map((rule, i) => compileRule(rule, `/rules/${i}`, problems, bibliography, extensions));
  checkExemptions(raw.rules, ids, problems);
  if (rules.some((r) => r === undefined) || !source) return undefined;
  return {
    pack: raw.pack, edition: raw.edition, title: raw.title, effective: raw.effective, source,
    ...(appliesTo ? { appliesTo } : {}), ...(raw.appliesToNote ? { appliesToNote: raw.appliesToNote } : {}),
    rules: rules as CompiledRule[],
  };
}

/** The bibliography entry an id names, or a located problem. */
function cite(id: string, pointer: string, bibliography: Bibliography, problems: ConditionProblem[]): SourceEntry | undefined {
  const entry = bibliography.get(id);
  if (!entry) {
    problems.push({
      code: 'unknown-source', pointer,
      message: {
        ja: `出典ID ${id} は出典一覧（policies/sources.yaml、又はこの版の sources）にありません。`,
        en: `Source ${id} is not in the bibliography (policies/sources.yaml, or this edition's sources).`,
      },
    });
  }
  return entry;
}

/** The highest severity each basis supports (an audit finding a primary text adopted may be an error: see checkSeverity). */
export const SEVERITY_CEILING: Readonly<Record<Basis, Severity>> = { primary: 'error', audit: 'warning', study: 'warning', secondary: 'warning', unverified: 'info' };
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/**
 * A rule's severity may not exceed what its basis supports: error only on a primary text (or on an
 * audit finding that a primary text cited in seeAlso has adopted); audit, study and secondary at
 * most warning; unverified at most info.
 */
function checkSeverity(rule: RawRule, seeAlso: readonly Citation[], pointer: string, problems: ConditionProblem[]): void {
  const adopted = rule.basis === 'audit' && seeAlso.some((c) => c.source.kind === 'primary');
  const ceiling = adopted ? 'error' : SEVERITY_CEILING[rule.basis];
  if (RANK[rule.severity] <= RANK[ceiling]) return;
  problems.push({
    code: 'severity-above-basis', pointer: `${pointer}/severity`,
    message: {
      ja: `ルール ${rule.id} の根拠は ${rule.basis} なので、重大度は ${ceiling} までです（${rule.severity} は不可）。error は一次資料（primary）、又は一次資料が採り入れた監査の指摘（seeAlso にその一次資料）に限ります。`,
      en: `Rule ${rule.id} rests on a ${rule.basis} source, so its severity may be ${ceiling} at most (not ${rule.severity}). Error needs a primary text, or an audit finding a primary text has adopted (cite it in seeAlso).`,
    },
  });
}

/** An act date path: a date field of the descriptor (or of the rule's item). */
function actDateOf(rule: RawRule, pointer: string, scope: FactScope, problems: ConditionProblem[]): FactReference | undefined {
  if (!rule.actDate) return undefined;
  const probe: ConditionProblem[] = [];
  const node = resolveFactPath(rule.actDate.fact, rule.actDate.path, `${pointer}/actDate`, scope, probe);
  const segments = parsePath(rule.actDate.path);
  if (probe.length > 0 || !node || !segments) { problems.push(...probe); return undefined; }
  if (shapeOf(node) !== 'date' || segments.length === 0 || rule.actDate.fact === 'asOf') {
    problems.push({
      code: 'invalid-act-date', pointer: `${pointer}/actDate`,
      message: {
        ja: `actDate（${rule.actDate.fact} ${rule.actDate.path}）は記述子の日付（format: date）の項目を指してください。`,
        en: `actDate (${rule.actDate.fact} ${rule.actDate.path}) must lead to a date field (format: date) of the descriptor.`,
      },
    });
    return undefined;
  }
  return { fact: rule.actDate.fact, path: rule.actDate.path, segments };
}

function compileRule(rule: RawRule, pointer: string, problems: ConditionProblem[], bibliography: Bibliography, extensions: ExtensionSchemas): CompiledRule | undefined {
  const before = problems.length;
  const source = cite(rule.source, `${pointer}/source`, bibliography, problems);
  const seeAlso = (rule.seeAlso ?? []).flatMap((c, i): Citation[] => {
    const entry = cite(c.source, `${pointer}/seeAlso/${i}/source`, bibliography, problems);
    return entry ? [{ source: entry, section: c.section }] : [];
  });
  checkSeverity(rule, seeAlso, pointer, problems);
  const range = rule.effective;
  if (range?.from !== undefined && range.until !== undefined && range.until < range.from) {
    problems.push({
      code: 'invalid-effective-range', pointer: `${pointer}/effective/until`,
      message: { ja: 'effective.until が effective.from より前です。', en: 'effective.until is before effective.from.' },
    });
  }
  const scope: FactScope = { extensions };
  let forEach: CompiledRule['forEach'];
  if (rule.forEach !== undefined) {
    const segments = parsePath(rule.forEach);
    const node = segments && schemaAt(descriptorRoot, segments, extensions);
    const items = node && itemSchema(node);
    if (!segments || !items) {
      problems.push({
        code: 'invalid-for-each', pointer: `${pointer}/forEach`,
        message: { ja: `forEach「${rule.forEach}」は記述子の配列を指していません。`, en: `forEach "${rule.forEach}" does not lead to an array in the descriptor schema.` },
      });
    } else {
      scope.item = items;
      scope.forEach = rule.forEach;
      forEach = { path: rule.forEach, segments };
    }
  }
  const actDate = actDateOf(rule, pointer, scope, problems);
  const when = rule.when === undefined ? undefined : compileCondition(rule.when, `${pointer}/when`, scope, problems);
  const check = compileCondition(rule.check, `${pointer}/check`, scope, problems);
  for (const field of ['message', 'remediation', 'passMessage'] as const) {
    for (const lang of ['ja', 'en'] as const) {
      const template = rule[field]?.[lang];
      if (template !== undefined) checkPlaceholders(template, `${pointer}/${field}/${lang}`, scope, problems);
    }
  }
  if (problems.length > before || !check || !source) return undefined;
  return {
    id: rule.id, title: rule.title, severity: rule.severity, basis: rule.basis, source, section: rule.section,
    ...(seeAlso.length ? { seeAlso } : {}), ...(range ? { effective: range } : {}), ...(rule.phases ? { phases: rule.phases } : {}),
    ...(forEach ? { forEach } : {}), ...(actDate ? { actDate } : {}), ...(when ? { when } : {}), check,
    exemptedBy: rule.exemptedBy ?? [], message: rule.message, ...(rule.passMessage ? { passMessage: rule.passMessage } : {}), remediation: rule.remediation,
  };
}

/** Placeholders name a fact and a dotted path: `{item.name}`, `{project.name}`, `{asOf}`. */
export const PLACEHOLDER = /\{([A-Za-z0-9_.]+)\}/g;

function checkPlaceholders(template: string, pointer: string, scope: FactScope, problems: ConditionProblem[]): void {
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [fact, ...rest] = match[1]!.split('.');
    const probe: ConditionProblem[] = [];
    resolveFactPath(fact!, ['$', ...rest].join('.'), pointer, scope, probe);
    if (probe.length > 0) {
      problems.push({
        code: 'unknown-placeholder', pointer,
        message: { ja: `差し込み {${match[1]}} を解決できません: ${probe[0]!.message.ja}`, en: `Placeholder {${match[1]}} cannot be resolved: ${probe[0]!.message.en}` },
      });
    }
  }
}

function checkExemptions(rules: readonly RawRule[], ids: ReadonlyMap<string, number>, problems: ConditionProblem[]): void {
  rules.forEach((rule, i) => {
    (rule.exemptedBy ?? []).forEach((ref, j) => {
      const pointer = `/rules/${i}/exemptedBy/${j}`;
      const target = ids.get(ref);
      if (target === undefined) {
        problems.push({ code: 'unknown-rule-reference', pointer, message: { ja: `ルール ${ref} はこの版にありません。`, en: `Rule ${ref} is not in this edition.` } });
        return;
      }
      const exempting = rules[target]!;
      const sameItems = exempting.forEach === undefined || exempting.forEach === rule.forEach;
      if (ref === rule.id || (exempting.exemptedBy ?? []).length > 0 || !sameItems) {
        problems.push({
          code: 'invalid-exemption', pointer,
          message: {
            ja: `${ref} は適用除外ルールにできません（自分自身、別の除外を持つルール、又は forEach の異なるルールは不可）。`,
            en: `${ref} cannot exempt this rule: it must be another rule, have no exemptions of its own, and be project-level or share this rule's forEach.`,
          },
        });
      }
    });
  });
}
