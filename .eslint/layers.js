// An import-boundary rule: the folders of src/ form layers, and an import may only point to the
// same layer or a lower one — the CLI and the web playground on top, the public index under them,
// then the tools built on the API, the API itself, the pipeline stages (with fact providers and
// formatters), the engine, parsing, and the shared helpers at the bottom. Nothing imports upward.
import { dirname, relative, resolve, sep } from 'node:path';

/** Layers from top to bottom: each is a list of src/ folders (or root files, by name without .ts). */
export const LAYERS = [
  ['cli', 'playground'],
  ['index', 'node'],
  ['authoring', 'diff', 'graph'],
  ['evaluate', 'evaluate-async', 'gate', 'options'],
  ['assemble', 'select', 'policy', 'descriptor', 'facts', 'registry', 'report'],
  ['engine'],
  ['parse'],
  ['diagnostics', 'shared'],
];

const root = resolve(process.cwd(), 'src');

/** The layer of a file under src/ (its first folder, or its name for a root file), or undefined outside src/. */
function layerOf(file) {
  const rel = relative(root, file);
  if (rel.startsWith('..') || rel === '') return undefined;
  const [first] = rel.split(sep);
  const name = rel.includes(sep) ? first : first.replace(/\.(d\.ts|ts|js)$/, '');
  const index = LAYERS.findIndex((layer) => layer.includes(name));
  return index === -1 ? { name, index: undefined } : { name, index };
}

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports point to the same layer of src/ or a lower one' },
    messages: {
      upward: 'src/{{from}} is in layer {{fromIndex}} and may not import src/{{to}} (layer {{toIndex}}): imports point down the layers (cli → index → tools → API → stages → engine → parse → shared).',
      unknown: 'src/{{name}} is in no layer: add it to LAYERS in .eslint/layers.js.',
    },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = layerOf(resolve(dirname(context.filename), source));
      if (!target) return;
      if (from.index === undefined) return context.report({ node, messageId: 'unknown', data: { name: from.name } });
      if (target.index === undefined) return context.report({ node, messageId: 'unknown', data: { name: target.name } });
      if (target.index < from.index) {
        context.report({ node, messageId: 'upward', data: { from: from.name, fromIndex: from.index, to: target.name, toIndex: target.index } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
