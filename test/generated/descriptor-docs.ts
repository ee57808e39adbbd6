// Renders docs/descriptor.md from schemas/descriptor.schema.json: every field with its Japanese term.

interface Node {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  $ref?: string;
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

/** Markdown reference of the descriptor schema. */
export function renderDescriptorDocs(schema: Node & { $defs: Record<string, Node> }): string {
  const lines: string[] = [
    '# Descriptor reference / 記述子リファレンス',
    '',
    '<!-- Generated from schemas/descriptor.schema.json by `npm run generate`; do not edit by hand. -->',
    '',
    'A descriptor is a YAML or JSON document describing one government IT project at one point in its',
    'lifecycle. It is validated against `schemas/descriptor.schema.json` (JSON Schema 2020-12) before',
    'anything is evaluated. Unknown keys are errors (a typo must not silently pass a check); keys',
    'starting with `x-` are free for your own extensions. Dates are ISO 8601 calendar dates',
    '(`YYYY-MM-DD`); convert Japanese-era dates yourself. A field a rule needs but the descriptor',
    'leaves out makes that rule `missing`, never `pass`.',
    '',
    '**Absence means "not stated", for every field.** Leaving a key out never says "none", "never" or',
    '"no": a rule that needs the field reports `missing`. Where "none" is a real answer, say it',
    'explicitly with the value the column *none is written* gives: `null` (never happened / none),',
    '`false`, an empty list `[]` (a list with no items: rules over its items are not applicable), or',
    'an enumerated value such as `none`. Deleting a key can only move a verdict toward `missing`.',
    '',
    '| field | type | required | none is written | meaning (日本語 — English) |',
    '|---|---|---|---|---|',
  ];
  const deref = (n: Node): Node => (n.$ref ? { ...schema.$defs[n.$ref.replace('#/$defs/', '')]!, description: n.description ?? schema.$defs[n.$ref.replace('#/$defs/', '')]!.description } : n);
  const typeOf = (n: Node): string => {
    const d = deref(n);
    if (d.format === 'date') return types(d).includes('null') ? 'date or null' : 'date';
    if (d.const !== undefined) return `\`${JSON.stringify(d.const)}\``;
    if (d.enum) return d.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
    if (d.type === 'array' && d.items) { const t = typeOf(d.items); return t === 'object' ? 'array of objects' : `array of ${t}`; }
    const range = d.minimum !== undefined || d.maximum !== undefined ? ` (${d.minimum ?? ''}…${d.maximum ?? ''})` : '';
    return `${types(d).join(' or ') || 'any'}${range}`;
  };
  const types = (n: Node): string[] => (Array.isArray(n.type) ? n.type : n.type ? [n.type] : []);
  const noneIs = (n: Node): string => {
    const d = deref(n);
    const ways: string[] = [];
    if (types(d).includes('null')) ways.push('`null`');
    if (types(d).includes('array')) ways.push('`[]`');
    if (types(d).includes('boolean')) ways.push('`false`');
    if (d.enum?.includes('none')) ways.push('`none`');
    return ways.join(', ');
  };
  const walk = (node: Node, prefix: string): void => {
    const d = deref(node);
    const props = d.properties ?? (d.type === 'array' && d.items ? deref(d.items).properties : undefined);
    const required = d.required ?? (d.type === 'array' && d.items ? deref(d.items).required : undefined) ?? [];
    if (!props) return;
    for (const [name, child] of Object.entries(props)) {
      const c = deref(child);
      const path = `${prefix}${name}`;
      lines.push(`| \`${path}\` | ${typeOf(child)} | ${required.includes(name) ? 'yes' : ''} | ${noneIs(child)} | ${(child.description ?? c.description ?? '').replace(/\|/g, '\\|')} |`);
      const nested = c.type === 'array' ? `${path}[].` : `${path}.`;
      walk(child, nested);
    }
  };
  walk(schema, '');
  lines.push('');
  return lines.join('\n');
}
