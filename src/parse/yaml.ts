import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Lexer, Parser, type Alias, type CST, type Document, type Node, type Pair, type YAMLError } from 'yaml';
import { msg } from '../diagnostics/catalogue/index.js';
import type { Bilingual } from '../shared/messages.js';
import type { ParseLimits } from './limits.js';
import { makeLocate, type Locate, type TreeStep } from './locate.js';
import type { ProblemList } from './problems.js';
import { checkYamlShape, surelyWithinLimits } from './yaml-cst.js';
import { readPlainYaml } from './yaml-plain.js';
import { YamlPrescan } from './yaml-prescan.js';
import { keyText, yamlToValue } from './yaml-value.js';

/** A YAML text parsed: the plain value, and locate(). */
export interface ParsedYaml {
  value: unknown;
  locate: Locate;
}

/** Most syntax errors after the first are its echoes: the first per line, this many lines at most. */
const MAX_SYNTAX_LINES = 10;

/**
 * Parse one YAML document (JSON is YAML too) in linear time. The plain block YAML that descriptors
 * are written in is read by readPlainYaml; anything it declines by composeYaml. Problems go to
 * `problems`; the result is undefined when there were any.
 */
export function parseYaml(text: string, limits: ParseLimits, problems: ProblemList): ParsedYaml | undefined {
  const plain = readPlainYaml(text, limits);
  return plain ? { value: plain.value, locate: plain.index.locate(problems.positionOf) } : composeYaml(text, limits, problems);
}

/**
 * Parse one YAML document with yaml: limits checked on the syntax tree before composing, yaml's own
 * duplicate-key check (quadratic) off, the value built by our own iterative walk.
 */
export function composeYaml(text: string, limits: ParseLimits, problems: ProblemList): ParsedYaml | undefined {
  const tree = syntaxTree(text, limits, problems);
  if (!tree) return undefined;
  if (!tree.surelyWithin && !checkYamlShape(tree.tokens, limits, problems)) return undefined;
  const doc = compose(tree.tokens, text, problems);
  if (!doc) return undefined;
  const converted = yamlToValue(doc.contents, limits, problems);
  if (!converted) return undefined;
  const root = doc.contents;
  const range = root?.range;
  // Each mapping's keys are indexed on first use, so a pointer costs O(depth), not a scan of every key.
  const indexes: KeyIndexes = new WeakMap();
  const step = (node: Node | Pair, segment: string) => stepYaml(node, segment, converted.aliasTargets, indexes);
  return {
    value: converted.value,
    locate: makeLocate<Node | Pair>(root && range ? { node: root, value: [range[0], range[1]] } : undefined, step, problems.positionOf),
  };
}

/**
 * yaml's syntax tree of the text, lexed once: each lexeme is counted by the prescan before the
 * parser sees it (what Parser.parse does, with the count in between), so a text sure to cross a
 * limit stops where it crosses it. `surelyWithin`: the tree cannot cross maxDepth or maxNodes
 * (see surelyWithinLimits), so it need not be walked to check them.
 */
function syntaxTree(text: string, limits: ParseLimits, problems: ProblemList): { tokens: CST.Token[]; surelyWithin: boolean } | undefined {
  const prescan = new YamlPrescan(limits, problems);
  const open = { most: 0 };
  const tokens = Array.from(countedTokens(text, prescan, open));
  return prescan.crossed ? undefined : { tokens, surelyWithin: surelyWithinLimits(open.most, text.length, limits) };
}

function* countedTokens(text: string, prescan: YamlPrescan, open: { most: number }): Generator<CST.Token> {
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    if (!prescan.take(lexeme)) return;
    yield* parser.next(lexeme);
    if (parser.stack.length > open.most) open.most = parser.stack.length;
  }
  yield* parser.end();
}

/** The document composed from yaml's syntax tree, which is dropped on return (it is the larger of the two). */
function compose(tokens: readonly CST.Token[], text: string, problems: ProblemList): Document.Parsed | undefined {
  // The core schema whatever %YAML says: no dates, binary, sets or merge keys from YAML 1.1.
  const composer = new Composer({ uniqueKeys: false, strict: true, schema: 'core', merge: false, version: '1.2' });
  let doc: Document.Parsed | undefined;
  const errors: { offset: number; message?: string; code: YAMLError['code'] | 'multiple-documents' }[] = [];
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else { errors.push({ offset: next.range[0], code: 'multiple-documents' }); break; }
  }
  if (!doc) return undefined;
  errors.unshift(...doc.errors.map((e) => ({ offset: e.pos[0], message: e.message, code: e.code })));
  if (errors.length === 0) return doc;
  reportSyntax(errors, problems);
  return undefined;
}

function reportSyntax(errors: readonly { offset: number; message?: string; code: string }[], problems: ProblemList): void {
  const lines = new Set<number>();
  const firsts = errors.filter((e) => {
    const line = problems.positionOf(e.offset).line;
    return lines.has(line) ? false : (lines.add(line), true);
  });
  const listed = firsts.length > MAX_SYNTAX_LINES ? firsts.slice(0, MAX_SYNTAX_LINES - 1) : firsts;
  for (const e of listed) {
    // yaml catches its own stack overflow; only a caller who raised maxDepth far can get here.
    if (e.code === 'RESOURCE_EXHAUSTION') problems.add('too-deep', 'parse.too-deep-for-yaml', {}, { offset: e.offset });
    else if (e.code === 'multiple-documents') problems.add('syntax', 'parse.yaml-multiple-documents', {}, { offset: e.offset });
    else problems.add('syntax', 'parse.yaml-syntax', {}, { offset: e.offset }, { detail: syntaxDetail(e) });
  }
  if (listed.length < firsts.length) {
    problems.add('more-problems', 'parse.more-syntax-lines', { count: firsts.length - listed.length }, { offset: firsts[listed.length]!.offset });
  }
}

/**
 * What a syntax error says: yaml's own sentence in English (it names the very token), and in
 * Japanese the catalogue's sentence for its error code.
 */
function syntaxDetail(e: { message?: string; code: string }): Bilingual {
  const own = msg(YAML_CODES.has(e.code) ? `parse.yaml.${e.code as YamlCode}` : 'parse.yaml.IMPOSSIBLE');
  const first = (e.message ?? '').split('\n')[0];
  return { ja: own.ja, en: first || own.en };
}

const YAML_CODE_LIST = [
  'ALIAS_PROPS', 'BAD_ALIAS', 'BAD_DIRECTIVE', 'BAD_DQ_ESCAPE', 'BAD_INDENT', 'BAD_PROP_ORDER', 'BAD_SCALAR_START', 'BLOCK_AS_IMPLICIT_KEY',
  'BLOCK_IN_FLOW', 'DUPLICATE_KEY', 'IMPOSSIBLE', 'KEY_OVER_1024_CHARS', 'MISSING_CHAR', 'MULTILINE_IMPLICIT_KEY', 'MULTIPLE_ANCHORS',
  'MULTIPLE_DOCS', 'MULTIPLE_TAGS', 'NON_STRING_KEY', 'TAB_AS_INDENT', 'TAG_RESOLVE_FAILED', 'UNEXPECTED_TOKEN', 'BAD_COLLECTION_TYPE',
] as const;
type YamlCode = (typeof YAML_CODE_LIST)[number];
const YAML_CODES: ReadonlySet<string> = new Set(YAML_CODE_LIST);

type KeyIndexes = WeakMap<object, Map<string, Pair<Node | null, Node | null>>>;

function stepYaml(from: Node | Pair, segment: string, aliasTargets: Map<Alias, Node>, indexes: KeyIndexes): TreeStep<Node | Pair> | undefined {
  const node = isAlias(from) ? aliasTargets.get(from) : from;
  if (isMap(node) || isPair(node)) {
    const pair = pairsOf(node, aliasTargets, indexes).get(segment);
    if (!pair) return undefined;
    const key = pair.key?.range;
    const value = pair.value?.range;
    return {
      node: pair.value ?? pair,
      ...(value ? { value: [value[0], value[1]] as const } : {}),
      ...(key ? { key: [key[0], key[1]] as const } : {}),
    };
  }
  if (isSeq(node) && /^\d+$/.test(segment)) {
    const item = node.items[Number(segment)] as Node | Pair | undefined;
    if (item === undefined || item === null) return undefined;
    const range = isPair(item) ? (item.key as Node | null)?.range : item.range;
    return { node: item, ...(range ? { value: [range[0], range[1]] as const } : {}) };
  }
  return undefined;
}

function pairsOf(node: object, aliasTargets: Map<Alias, Node>, indexes: KeyIndexes): Map<string, Pair<Node | null, Node | null>> {
  let index = indexes.get(node);
  if (index) return index;
  index = new Map();
  const pairs = (isPair(node) ? [node] : (node as { items: unknown[] }).items) as Pair<Node | null, Node | null>[];
  for (const pair of pairs) {
    const key = isAlias(pair.key) ? aliasTargets.get(pair.key) : pair.key;
    const name = key === null || key === undefined ? '' : isScalar(key) ? keyText(key.value) : undefined;
    if (name !== undefined && !index.has(name)) index.set(name, pair);
  }
  indexes.set(node, index);
  return index;
}
