import type { CompiledCondition } from '../engine/compiled.js';
import { formatValue } from '../shared/messages.js';

/** A condition tree as one readable line: `all(project.plan.exists equal true, …)`. */
export function renderCondition(node: CompiledCondition | undefined): string {
  if (!node) return '(none)';
  switch (node.kind) {
    case 'all': case 'any': return `${node.kind}(${node.children.map(renderCondition).join(', ')})`;
    case 'not': return `not(${renderCondition(node.child)})`;
    case 'leaf': {
      const where = `${node.fact}${node.path === '$' ? '' : node.path.slice(1)}`;
      const value = node.valueRef ? `${node.valueRef.times !== undefined ? `${node.valueRef.times} × ` : ''}${node.valueRef.fact}${node.valueRef.path === '$' ? '' : node.valueRef.path.slice(1)}` : formatValue(node.value);
      return `${where} ${node.operator.name} ${value}`;
    }
  }
}
