import type { Basis, Citation, CompiledEdition, CompiledRule, FactReference, Severity, SourceEntry } from '../engine/compiled.js';
import { msg, msgWith } from '../diagnostics/catalogue/index.js';
import { parsePath } from '../engine/path.js';
import type { Bibliography } from './bibliography.js';
import { compileCondition, resolveFactPath, type ConditionProblem, type FactScope } from './compile-condition.js';
import { descriptorRoot, itemSchema, schemaAt, shapeOf } from './schema-paths.js';
import type { RawEdition, RawRule } from './written.js';

/**
 * Statically check and compile a resolved edition against a bibliography; problems are appended, pointing
 * into `raw`. `checked`: a bundled edition, checked in full at build time, is compiled without the checks
 * that walk the descriptor schema (see FactScope.checked); it compiles to the same edition.
 */
export function compileResolved(raw: RawEdition, problems: ConditionProblem[], bibliography: Bibliography, checked = false): Omit<CompiledEdition, 'hash' | 'file'> | undefined {
  const source = cite(raw.source, '/source', bibliography, problems);
  if (raw.effective.until !== undefined && raw.effective.until < raw.effective.from) {
    problems.push({
      code: 'invalid-effective-range', pointer: '/effective/until',
      message: msg('policy.invalid-effective-range'),
    });
  }
  const extensions = raw.descriptorExtensions ?? {};
  const appliesTo = raw.appliesTo === undefined ? undefined : compileCondition(raw.appliesTo, '/appliesTo', { extensions, checked }, problems);
  const ids = new Map<string, number>();
  raw.rules.forEach((rule, i) => {
    if (ids.has(rule.id)) {
      problems.push({
        code: 'duplicate-rule-id', pointer: `/rules/${i}/id`,
        message: msg('policy.duplicate-rule-id', { id: rule.id, value: ids.get(rule.id) }),
      });
    } else ids.set(rule.id, i);
  });
  const rules = raw.rules.map((rule, i) => compileRule(rule, `/rules/${i}`, problems, bibliography, { extensions, checked }));
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
      message: msg('policy.unknown-source', { id }),
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
    message: msg('policy.severity-above-basis', { id: rule.id, basis: rule.basis, ceiling, severity: rule.severity }),
  });
}

/** An act date path: a date field of the descriptor (or of the rule's item). */
function actDateOf(rule: RawRule, pointer: string, scope: FactScope, problems: ConditionProblem[]): FactReference | undefined {
  if (!rule.actDate) return undefined;
  const segments = parsePath(rule.actDate.path);
  if (scope.checked && segments) return { fact: rule.actDate.fact, path: rule.actDate.path, segments };
  const probe: ConditionProblem[] = [];
  const node = resolveFactPath(rule.actDate.fact, rule.actDate.path, `${pointer}/actDate`, scope, probe);
  if (probe.length > 0 || !node || !segments) { problems.push(...probe); return undefined; }
  if (shapeOf(node) !== 'date' || segments.length === 0 || rule.actDate.fact === 'asOf') {
    problems.push({
      code: 'invalid-act-date', pointer: `${pointer}/actDate`,
      message: msg('policy.invalid-act-date', { fact: rule.actDate.fact, path: rule.actDate.path }),
    });
    return undefined;
  }
  return { fact: rule.actDate.fact, path: rule.actDate.path, segments };
}

function compileRule(rule: RawRule, pointer: string, problems: ConditionProblem[], bibliography: Bibliography, edition: Pick<FactScope, 'extensions' | 'checked'>): CompiledRule | undefined {
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
      message: msg('policy.invalid-rule-effective-range'),
    });
  }
  const scope: FactScope = { ...edition };
  let forEach: CompiledRule['forEach'];
  if (rule.forEach !== undefined) {
    const segments = parsePath(rule.forEach);
    const node = segments && !scope.checked ? schemaAt(descriptorRoot, segments, scope.extensions) : undefined;
    const items = node && itemSchema(node);
    if (!segments || (!scope.checked && !items)) {
      problems.push({
        code: 'invalid-for-each', pointer: `${pointer}/forEach`,
        message: msg('policy.invalid-for-each', { forEach: rule.forEach }),
      });
    } else {
      if (items) scope.item = items;
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
      if (template !== undefined && !scope.checked) checkPlaceholders(template, `${pointer}/${field}/${lang}`, scope, problems);
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

/**
 * Placeholders name a fact and a dotted path (`{item.name}`, `{project.name}`, `{asOf}`), or
 * alternatives separated by `|`, the first present one shown (`{item.title|item.id}`).
 */
export const PLACEHOLDER = /\{([A-Za-z0-9_.]+(?:\|[A-Za-z0-9_.]+)*)\}/g;

/** The alternatives of a placeholder's text (between the braces), each as fact and path steps. */
export function placeholderAlternatives(inner: string): { fact: string; steps: string[] }[] {
  return inner.split('|').map((alternative) => {
    const [fact, ...steps] = alternative.split('.');
    return { fact: fact!, steps };
  });
}

function checkPlaceholders(template: string, pointer: string, scope: FactScope, problems: ConditionProblem[]): void {
  for (const match of template.matchAll(PLACEHOLDER)) {
    for (const { fact, steps } of placeholderAlternatives(match[1]!)) {
      const probe: ConditionProblem[] = [];
      resolveFactPath(fact, ['$', ...steps].join('.'), pointer, scope, probe);
      if (probe.length > 0) {
        problems.push({
          code: 'unknown-placeholder', pointer,
          message: msgWith('policy.unknown-placeholder', { placeholder: [fact, ...steps].join('.') }, { reason: probe[0]!.message }),
        });
      }
    }
  }
}

function checkExemptions(rules: readonly RawRule[], ids: ReadonlyMap<string, number>, problems: ConditionProblem[]): void {
  rules.forEach((rule, i) => {
    (rule.exemptedBy ?? []).forEach((ref, j) => {
      const pointer = `/rules/${i}/exemptedBy/${j}`;
      const target = ids.get(ref);
      if (target === undefined) {
        problems.push({ code: 'unknown-rule-reference', pointer, message: msg('policy.unknown-rule-reference', { ref }) });
        return;
      }
      const exempting = rules[target]!;
      const sameItems = exempting.forEach === undefined || exempting.forEach === rule.forEach;
      if (ref === rule.id || (exempting.exemptedBy ?? []).length > 0 || !sameItems) {
        problems.push({
          code: 'invalid-exemption', pointer,
          message: msg('policy.invalid-exemption', { ref }),
        });
      }
    });
  });
}
