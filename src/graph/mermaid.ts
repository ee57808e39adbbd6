import { nodeText, type GraphEdge, type GraphMark, type GraphNode, type NetworkModel } from './model.js';

const FAIL_COLOUR = '#d00000';
const MISSING_COLOUR = '#b36b00';

/** Mermaid label text: quotes and angle brackets as entity codes, so no label can break the syntax. */
export function mermaidText(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

/** Rule ids a reviewer should look at, e.g. "NG TL-MN-01, ? TL-MN-02". */
export function markText(marks: readonly GraphMark[]): string {
  return marks.map((m) => `${m.status === 'fail' ? 'NG' : '?'} ${m.ruleId}`).join(', ');
}

const worst = (marks: readonly GraphMark[]): 'fail' | 'missing' | undefined =>
  marks.some((m) => m.status === 'fail') ? 'fail' : marks.length ? 'missing' : undefined;

function nodeLine(node: GraphNode): string {
  const marks = node.marks.length ? ` [${markText(node.marks)}]` : '';
  const text = `"${mermaidText(`${nodeText(node)}${marks}`)}"`;
  return node.kind === 'system' ? `${node.id}[${text}]` : `${node.id}([${text}])`;
}

function edgeLine(edge: GraphEdge): string {
  const marks = edge.marks.length ? ` [${markText(edge.marks)}]` : '';
  const text = `|"${mermaidText(`${edge.label}${marks}`)}"|`;
  const arrow = worst(edge.marks) ? `-.->${text}` : edge.method === 'blocked' ? `--x${text}` : `-->${text}`;
  return `${edge.from} ${arrow} ${edge.to}`;
}

/** The network as a Mermaid flowchart: segments as subgraphs, failing flows red and dashed with the rule ids. */
export function toMermaid(model: NetworkModel): string {
  const lines = ['---', `title: ${JSON.stringify(model.title)}`, '---', 'flowchart LR'];
  for (const place of model.places) {
    if (place.outside) {
      lines.push(`  ${place.id}(("${mermaidText(place.label)}"))`);
      continue;
    }
    lines.push(`  subgraph ${place.id}["${mermaidText(place.label)}"]`);
    for (const node of place.nodes) lines.push(`    ${nodeLine(node)}`);
    lines.push('  end');
  }
  if (model.notes.length) {
    const text = model.notes.map((n) => mermaidText(`${markText([n])} ${n.title}`)).join('<br/>');
    lines.push(`  findings["${text}"]`);
  }
  model.edges.forEach((edge) => lines.push(`  ${edgeLine(edge)}`));
  lines.push(`  classDef failing stroke:${FAIL_COLOUR},stroke-width:2px,color:${FAIL_COLOUR}`);
  lines.push(`  classDef missing stroke:${MISSING_COLOUR},stroke-width:2px,stroke-dasharray:4 3`);
  lines.push('  classDef undeclared stroke-dasharray:4 3');
  const nodes = model.places.flatMap((p) => p.nodes);
  const failing = [...nodes.filter((n) => worst(n.marks) === 'fail').map((n) => n.id), ...(worst(model.notes) === 'fail' ? ['findings'] : [])];
  const missing = [...nodes.filter((n) => worst(n.marks) === 'missing').map((n) => n.id), ...(worst(model.notes) === 'missing' ? ['findings'] : [])];
  const undeclared = model.places.filter((p) => !p.declared).map((p) => p.id);
  if (failing.length) lines.push(`  class ${failing.join(',')} failing`);
  if (missing.length) lines.push(`  class ${missing.join(',')} missing`);
  if (undeclared.length) lines.push(`  class ${undeclared.join(',')} undeclared`);
  model.edges.forEach((edge, i) => {
    const state = worst(edge.marks);
    if (state === 'fail') lines.push(`  linkStyle ${i} stroke:${FAIL_COLOUR},stroke-width:3px,stroke-dasharray:6 4,color:${FAIL_COLOUR}`);
    else if (state === 'missing') lines.push(`  linkStyle ${i} stroke:${MISSING_COLOUR},stroke-width:2px,stroke-dasharray:2 3`);
  });
  return `${lines.join('\n')}\n`;
}
