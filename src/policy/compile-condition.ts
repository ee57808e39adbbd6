import type { CompiledCondition, FactReference } from '../engine/compiled.js';
import { msg } from '../diagnostics/catalogue/index.js';
import { OPERATORS, type OperatorSpec } from '../engine/operators.js';
import { parsePath, PROTOTYPE_NAMES } from '../engine/path.js';
import { isIsoDate } from '../shared/dates.js';
import { formatValue } from '../shared/messages.js';
import type { PolicyErrorCode } from './errors.js';
import { FACT_DECLARATIONS as CALLER_FACTS } from '../facts/declarations.js';
import { factSchema, schemaAt, shapeOf, type ExtensionSchemas, type SchemaNode, type SchemaShape } from './schema-paths.js';

/** A static-check problem before file and line are attached. */
export interface ConditionProblem {
  code: PolicyErrorCode;
  pointer: string;
  message: { ja: string; en: string };
}

/** What facts a condition may name, and the schema of each. */
export interface FactScope {
  /** Schema of the `item` fact when the rule has `forEach`. */
  item?: SchemaNode;
  /** The rule's forEach path, which decides where per-item caller facts exist. */
  forEach?: string;
  /** Schemas of descriptor extension keys the pack declares. */
  extensions?: ExtensionSchemas;
  /**
   * The edition is a bundled one, which passed every static check when the package was built: compile
   * it without walking the descriptor schema again (a start-up of the CLI would spend much of its time there).
   */
  checked?: boolean;
}

const ASOF_SCHEMA: SchemaNode = { type: 'string', format: 'date' };

/** Schema of a named fact in scope, or undefined when the fact does not exist. */
export function scopedFactSchema(fact: string, scope: FactScope): SchemaNode | undefined {
  if (fact === 'item') return scope.item;
  if (fact === 'asOf') return ASOF_SCHEMA;
  const caller = CALLER_FACTS.find((f) => f.name === fact);
  // A per-item caller fact exists only in rules that iterate over the array it is derived from.
  if (caller) return caller.forEach === undefined || caller.forEach === scope.forEach ? caller.schema : undefined;
  return factSchema(fact);
}

type Raw = Record<string, unknown>;

/** Check a raw condition tree and compile it; problems are appended, never thrown. */
export function compileCondition(raw: unknown, pointer: string, scope: FactScope, problems: ConditionProblem[]): CompiledCondition | undefined {
  const node = raw as Raw;
  const groups = ['all', 'any', 'not'].filter((k) => k in node);
  const isLeaf = 'fact' in node || 'operator' in node;
  if (groups.length + (isLeaf ? 1 : 0) !== 1) {
    problems.push({
      code: 'invalid-condition', pointer,
      message: msg('policy.invalid-condition'),
    });
    return undefined;
  }
  if (groups[0] === 'not') {
    const extra = Object.keys(node).filter((k) => k !== 'not');
    if (extra.length) problems.push(strayKeys(pointer, extra));
    const child = compileCondition(node.not, `${pointer}/not`, scope, problems);
    return child && { kind: 'not', child };
  }
  if (groups[0] === 'all' || groups[0] === 'any') {
    const kind = groups[0];
    const extra = Object.keys(node).filter((k) => k !== kind);
    if (extra.length) problems.push(strayKeys(pointer, extra));
    const items = node[kind] as unknown[];
    if (items.length === 0) {
      problems.push({
        code: 'empty-group', pointer: `${pointer}/${kind}`,
        message: msg('policy.empty-group', { kind }),
      });
    }
    const children = items.map((c, i) => compileCondition(c, `${pointer}/${kind}/${i}`, scope, problems));
    return children.every((c): c is CompiledCondition => c !== undefined) ? { kind, children } : undefined;
  }
  return compileLeaf(node, pointer, scope, problems);
}

function strayKeys(pointer: string, keys: string[]): ConditionProblem {
  return {
    code: 'invalid-condition', pointer,
    message: msg('policy.stray-keys', { value: keys.join(', ') }),
  };
}

function compileLeaf(node: Raw, pointer: string, scope: FactScope, problems: ConditionProblem[]): CompiledCondition | undefined {
  const before = problems.length;
  const fact = node.fact;
  const operatorName = node.operator;
  if (typeof fact !== 'string' || typeof operatorName !== 'string' || !('value' in node)) {
    problems.push({
      code: 'invalid-condition', pointer,
      message: msg('policy.incomplete-comparison'),
    });
    return undefined;
  }
  const operator = OPERATORS.get(operatorName);
  if (!operator) {
    problems.push({
      code: 'unknown-operator', pointer: `${pointer}/operator`,
      message: msg('policy.unknown-operator', { operatorName, value: [...OPERATORS.keys()].join(', ') }),
    });
  }
  const path = typeof node.path === 'string' ? node.path : '$';
  const target = scope.checked ? undefined : resolveFactPath(fact, path, `${pointer}`, scope, problems);

  let valueRef: FactReference | undefined;
  const value = node.value;
  if (operator) {
    if (isFactReference(value)) {
      if (!operator.acceptsFactValue) {
        problems.push({
          code: 'value-mismatch', pointer: `${pointer}/value`,
          message: msg('policy.value-mismatch', { name: operator.name }),
        });
      } else {
        const refPath = value.path ?? '$';
        const refTarget = scope.checked ? undefined : resolveFactPath(value.fact, refPath, `${pointer}/value`, scope, problems);
        const segments = parsePath(refPath);
        if (value.times !== undefined && (operator.value !== 'number' || (refTarget && shapeOf(refTarget) !== 'number' && shapeOf(refTarget) !== 'unknown'))) {
          problems.push({
            code: 'value-mismatch', pointer: `${pointer}/value/times`,
            message: msg('policy.times-mismatch'),
          });
        } else if (refTarget && !referenceFits(operator, shapeOf(refTarget))) {
          problems.push({
            code: 'fact-type-mismatch', pointer: `${pointer}/value/path`,
            message: msg('policy.reference-type-mismatch', { name: operator.name, value: operator.value, value2: shapeOf(refTarget) }),
          });
        }
        if (segments) valueRef = { fact: value.fact, path: refPath, segments, ...(value.times !== undefined ? { times: value.times } : {}) };
      }
    } else if (!scope.checked) {
      checkValue(operator, value, `${pointer}/value`, problems);
    }
    if (target) checkFactShape(operator, target, value, pointer, problems);
  }
  const segments = parsePath(path);
  if (problems.length > before || !operator || !segments) return undefined;
  const ifAbsent = typeof node.ifAbsent === 'boolean' ? { ifAbsent: node.ifAbsent } : {};
  return { kind: 'leaf', fact, path, segments, operator, value: valueRef ? undefined : value, ...(valueRef ? { valueRef } : {}), ...ifAbsent };
}

/** Whether a referenced value of this shape can stand where the operator takes its value. */
function referenceFits(operator: OperatorSpec, shape: SchemaShape): boolean {
  if (shape === 'unknown') return true;
  switch (operator.value) {
    case 'number': return shape === 'number';
    case 'date': return shape === 'date';
    case 'boolean': return shape === 'boolean';
    case 'array': case 'primitive-array': return shape === 'array';
    case 'primitive': return shape !== 'array' && shape !== 'object';
    default: return true;
  }
}

/** A `{ fact, path }` value (optionally `times`, a positive factor for number comparisons): compare with another fact. */
function isFactReference(value: unknown): value is { fact: string; path?: string; times?: number } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Raw;
  const keys = Object.keys(value);
  return typeof v.fact === 'string' && keys.every((k) => k === 'fact' || k === 'path' || k === 'times')
    && (v.path === undefined || typeof v.path === 'string')
    && (v.times === undefined || (typeof v.times === 'number' && Number.isFinite(v.times) && v.times > 0));
}

/** Check a fact name and path against the descriptor schema; returns the schema node reached. */
export function resolveFactPath(fact: string, path: string, pointer: string, scope: FactScope, problems: ConditionProblem[]): SchemaNode | undefined {
  if (PROTOTYPE_NAMES.has(fact)) {
    problems.push({
      code: 'prototype-name', pointer,
      message: msg('policy.prototype-name', { fact }),
    });
    return undefined;
  }
  const start = scopedFactSchema(fact, scope);
  if (!start) {
    problems.push({
      code: 'unknown-fact', pointer,
      message: fact === 'item'
        ? msg('policy.item-outside-for-each')
        : CALLER_FACTS.some((f) => f.name === fact)
          ? msg('policy.caller-fact-outside-for-each', { fact, value: CALLER_FACTS.find((f) => f.name === fact)!.forEach ?? '' })
          : msg('policy.unknown-fact-3', { fact, value: CALLER_FACTS.map((f) => f.name).join(', ') }),
    });
    return undefined;
  }
  const segments = parsePath(path);
  if (!segments) {
    problems.push({
      code: 'invalid-path', pointer: `${pointer}/path`,
      message: msg('policy.invalid-path', { path }),
    });
    return undefined;
  }
  const node = schemaAt(start, segments, scope.extensions);
  if (!node) {
    problems.push({
      code: 'path-not-in-schema', pointer: `${pointer}/path`,
      message: msg('policy.path-not-in-schema', { fact, path }),
    });
  }
  return node;
}

function checkValue(operator: OperatorSpec, value: unknown, pointer: string, problems: ConditionProblem[]): void {
  const primitive = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);
  const ok = ((): boolean => {
    switch (operator.value) {
      case 'primitive': return primitive(value);
      case 'primitive-array': return Array.isArray(value) && value.every(primitive);
      case 'number': return typeof value === 'number' && Number.isFinite(value);
      case 'boolean': return typeof value === 'boolean';
      case 'date': return isIsoDate(value);
      case 'day-count': case 'count': return Number.isInteger(value) && (value as number) >= 0;
      case 'array': return Array.isArray(value);
      case 'any': return true;
    }
  })();
  if (!ok) {
    problems.push({
      code: 'value-mismatch', pointer,
      message: msg('policy.value-mismatch-operator', { name: operator.name, value: operator.value, value2: formatValue(value) }),
    });
  }
}

function checkFactShape(operator: OperatorSpec, target: SchemaNode, value: unknown, pointer: string, problems: ConditionProblem[]): void {
  const shape = shapeOf(target);
  if (shape !== 'unknown' && operator.fact !== 'any' && operator.fact !== shape) {
    problems.push({
      code: 'fact-type-mismatch', pointer: `${pointer}/path`,
      message: msg('policy.fact-type-mismatch', { name: operator.name, fact: operator.fact, shape }),
    });
    return;
  }
  // An enumerated fact compared with a literal: a misspelt value could never match, so reject it.
  const allowed = enumOf(target, operator);
  if (!allowed || isFactReference(value)) return;
  const values = operator.value === 'primitive-array' || operator.value === 'array' ? (Array.isArray(value) ? value : []) : [value];
  const bad = values.filter((v) => !allowed.some((a) => a === v));
  if (bad.length) {
    problems.push({
      code: 'value-not-in-enum', pointer: `${pointer}/value`,
      message: msg('policy.value-not-in-enum', { value: bad.map(formatValue).join(', '), value2: allowed.map(formatValue).join(', ') }),
    });
  }
}

function enumOf(target: SchemaNode, operator: OperatorSpec): readonly unknown[] | undefined {
  const scalar = (n: SchemaNode | undefined): readonly unknown[] | undefined =>
    n?.enum ?? (n?.type === 'boolean' ? [true, false] : undefined);
  // Only comparisons against the field's own values can be checked; exists, deepEqual and counts take other values.
  if (operator.name === 'exists' || operator.name === 'deepEqual' || operator.value === 'count' || operator.value === 'day-count') return undefined;
  if (operator.fact === 'array') return target.items ? scalar(derefItems(target)) : undefined;
  return scalar(target);
}

function derefItems(target: SchemaNode): SchemaNode | undefined {
  return schemaAt(target, [0]);
}
