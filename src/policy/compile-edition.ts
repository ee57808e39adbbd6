import type { CompiledEdition, CompiledRule } from '../engine/compiled.js';
import { parsePath } from '../engine/path.js';
import { compileCondition, resolveFactPath, type ConditionProblem, type FactScope } from './compile-condition.js';
import { descriptorRoot, itemSchema, schemaAt } from './schema-paths.js';
import type { RawEdition, RawRule } from './written.js';

/** Statically check and compile a resolved edition; problems are appended, pointing into `raw`. */
export function compileResolved(raw: RawEdition, problems: ConditionProblem[]): Omit<CompiledEdition, 'hash' | 'file'> | undefined {
  if (raw.effective.until !== undefined && raw.effective.until < raw.effective.from) {
    problems.push({
      code: 'invalid-effective-range', pointer: '/effective/until',
      message: { ja: 'effective.until が effective.from より前です。', en: 'effective.until is before effective.from.' },
    });
  }
  const appliesTo = raw.appliesTo === undefined ? undefined : compileCondition(raw.appliesTo, '/appliesTo', {}, problems);
  const ids = new Map<string, number>();
  raw.rules.forEach((rule, i) => {
    if (ids.has(rule.id)) {
      problems.push({
        code: 'duplicate-rule-id', pointer: `/rules/${i}/id`,
        message: { ja: `ルールID ${rule.id} が重複しています（/rules/${ids.get(rule.id)} と同じ）。`, en: `Rule id ${rule.id} is used twice (also at /rules/${ids.get(rule.id)}).` },
      });
    } else ids.set(rule.id, i);
  });
  const rules = raw.rules.map((rule, i) => compileRule(rule, `/rules/${i}`, problems));
  checkExemptions(raw.rules, ids, problems);
  if (rules.some((r) => r === undefined)) return undefined;
  return {
    pack: raw.pack, edition: raw.edition, title: raw.title, effective: raw.effective, source: raw.source,
    ...(appliesTo ? { appliesTo } : {}), ...(raw.appliesToNote ? { appliesToNote: raw.appliesToNote } : {}),
    rules: rules as CompiledRule[],
  };
}

function compileRule(rule: RawRule, pointer: string, problems: ConditionProblem[]): CompiledRule | undefined {
  const before = problems.length;
  if (rule.basis === 'unverified' && rule.severity === 'error') {
    problems.push({
      code: 'unverified-severity', pointer: `${pointer}/severity`,
      message: {
        ja: `basis が unverified のルール（${rule.id}）の重大度は warning 以下にしてください。`,
        en: `Rule ${rule.id} rests on unverified knowledge: its severity may be warning at most.`,
      },
    });
  }
  const scope: FactScope = {};
  let forEach: CompiledRule['forEach'];
  if (rule.forEach !== undefined) {
    const segments = parsePath(rule.forEach);
    const node = segments && schemaAt(descriptorRoot, segments);
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
  const when = rule.when === undefined ? undefined : compileCondition(rule.when, `${pointer}/when`, scope, problems);
  const check = compileCondition(rule.check, `${pointer}/check`, scope, problems);
  for (const field of ['message', 'remediation', 'passMessage'] as const) {
    for (const lang of ['ja', 'en'] as const) {
      const template = rule[field]?.[lang];
      if (template !== undefined) checkPlaceholders(template, `${pointer}/${field}/${lang}`, scope, problems);
    }
  }
  if (problems.length > before || !check) return undefined;
  return {
    id: rule.id, title: rule.title, severity: rule.severity, basis: rule.basis, citation: rule.citation,
    ...(rule.url ? { url: rule.url } : {}), ...(rule.phases ? { phases: rule.phases } : {}),
    ...(forEach ? { forEach } : {}), ...(when ? { when } : {}), check,
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
