import { markText } from './mermaid.js';
import { nodeText, type GraphEdge, type GraphNode, type NetworkModel } from './model.js';

const FAIL_COLOUR = '#d00000';
const MISSING_COLOUR = '#b36b00';

/** A DOT double-quoted string. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

function colourOf(marks: GraphNode['marks']): string | undefined {
  return marks.some((m) => m.status === 'fail') ? FAIL_COLOUR : marks.length ? MISSING_COLOUR : undefined;
}

/** A DOT label of several lines (DOT's own \\n line break). */
function dotLabel(...parts: string[]): string {
  return `"${parts.map((p) => dotString(p).slice(1, -1)).join('\\n')}"`;
}

function nodeLine(node: GraphNode): string {
  const label = node.marks.length ? dotLabel(nodeText(node), `[${markText(node.marks)}]`) : dotLabel(nodeText(node));
  const colour = colourOf(node.marks);
  const attrs = [`label=${label}`, node.kind === 'system' ? 'shape=box' : 'shape=box, style=rounded'];
  if (colour) attrs.push(`color=${dotString(colour)}`, `fontcolor=${dotString(colour)}`, 'penwidth=2');
  return `${node.id} [${attrs.join(', ')}];`;
}

function edgeLine(edge: GraphEdge, clusterOf: ReadonlyMap<string, string>): string {
  const colour = colourOf(edge.marks);
  const label = edge.marks.length ? dotLabel(edge.label, `[${markText(edge.marks)}]`) : dotLabel(edge.label);
  const attrs = [`label=${label}`];
  if (clusterOf.has(edge.from)) attrs.push(`ltail=${clusterOf.get(edge.from)!}`);
  if (clusterOf.has(edge.to)) attrs.push(`lhead=${clusterOf.get(edge.to)!}`);
  if (colour) attrs.push(`color=${dotString(colour)}`, `fontcolor=${dotString(colour)}`, 'style=dashed', 'penwidth=2');
  else if (edge.method === 'blocked') attrs.push('arrowhead=tee', 'style=dotted', 'color="gray40"');
  return `${edge.from} -> ${edge.to} [${attrs.join(', ')}];`;
}

/** The network as Graphviz DOT: one cluster per segment, failing flows red and dashed with the rule ids. */
export function toDot(model: NetworkModel): string {
  const lines = ['digraph network {', `  label=${dotString(model.title)};`, '  labelloc=t;', '  rankdir=LR;', '  compound=true;', '  node [fontname="sans-serif"];', '  edge [fontname="sans-serif", fontsize=10];'];
  const clusterOf = new Map<string, string>();
  for (const place of model.places) {
    if (place.outside) {
      lines.push(`  ${place.id} [label=${dotString(place.label)}, shape=ellipse];`);
      continue;
    }
    // The segment's own node anchors the flows; ltail/lhead clip them at the cluster border.
    clusterOf.set(place.id, `cluster_${place.id}`);
    lines.push(`  subgraph cluster_${place.id} {`, `    label=${dotString(place.label)};`, place.declared ? '    style=rounded;' : '    style="rounded,dashed";');
    lines.push(`    ${place.id} [label="", shape=point, width=0.05, style=invis];`);
    for (const node of place.nodes) lines.push(`    ${nodeLine(node)}`);
    lines.push('  }');
  }
  if (model.notes.length) {
    const colour = colourOf(model.notes);
    lines.push(`  findings [label=${dotLabel(...model.notes.map((n) => `${markText([n])} ${n.title}`))}, shape=note${colour ? `, color=${dotString(colour)}, fontcolor=${dotString(colour)}` : ''}];`);
  }
  for (const edge of model.edges) lines.push(`  ${edgeLine(edge, clusterOf)}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
