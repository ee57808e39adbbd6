/** Problems with a DOT text: unbalanced braces or brackets, unterminated strings, edges to undeclared nodes. */
export function dotProblems(text: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  let brackets = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') { depth--; if (depth < 0) problems.push(`unmatched } at ${i}`); }
    else if (c === '[') brackets++;
    else if (c === ']') brackets--;
  }
  if (inString) problems.push('unterminated string');
  if (depth !== 0) problems.push(`unbalanced braces (${depth})`);
  if (brackets !== 0) problems.push(`unbalanced brackets (${brackets})`);
  // Outside strings: declared nodes are `id [` at a statement start; edges are `a -> b`.
  const statements = text.split('\n').map((l) => l.trim());
  const declared = new Set(statements.map((l) => /^([A-Za-z_][A-Za-z0-9_]*) \[/.exec(l)?.[1]).filter((x): x is string => x !== undefined && x !== 'node' && x !== 'edge'));
  const clusters = new Set(statements.map((l) => /^subgraph (cluster_[A-Za-z0-9_]+) \{$/.exec(l)?.[1]).filter((x): x is string => x !== undefined));
  for (const l of statements) {
    const edge = /^([A-Za-z_][A-Za-z0-9_]*) -> ([A-Za-z_][A-Za-z0-9_]*) \[(.*)\];$/.exec(l);
    if (!edge) continue;
    for (const end of [edge[1]!, edge[2]!]) if (!declared.has(end)) problems.push(`edge endpoint ${end} is not declared`);
    for (const m of edge[3]!.matchAll(/l(?:head|tail)=(\w+)/g)) if (!clusters.has(m[1]!)) problems.push(`edge names missing cluster ${m[1]}`);
  }
  if (!/^digraph \w+ \{/.test(text)) problems.push('does not start with digraph');
  return problems;
}
