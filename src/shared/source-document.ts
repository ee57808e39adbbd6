import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Bilingual } from './messages.js';
import { fromPointer } from './json-pointer.js';

/** Where something is in a source text (1-based). */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A YAML or JSON text parsed with its source positions kept, so pointers map to line:column. */
export interface SourceDocument {
  file?: string;
  text: string;
  value: unknown;
  /** Position of the node at `pointer`, or of its nearest existing ancestor. */
  locate(pointer: string, target?: 'key' | 'value'): SourcePosition;
}

/** A syntax problem in a source text. */
export interface SyntaxProblem {
  code: 'syntax' | 'duplicate-key' | 'too-large' | 'too-deep' | 'alias-limit';
  line: number;
  column: number;
  message: Bilingual;
}

/** Largest text kanmon parses; a descriptor or pack is a few hundred KiB at most. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
const MAX_ALIAS_COUNT = 100;

/** Parse YAML (JSON is YAML too) keeping positions; returns every syntax problem at once. */
export function parseSource(text: string, file?: string): { document: SourceDocument } | { problems: SyntaxProblem[] } {
  if (text.length > MAX_SOURCE_BYTES) {
    return {
      problems: [{
        code: 'too-large', line: 1, column: 1,
        message: {
          ja: `ファイルが大きすぎます（上限 ${MAX_SOURCE_BYTES} バイト）。記述子を分割してください。`,
          en: `The file is too large (limit ${MAX_SOURCE_BYTES} bytes). Split the descriptor.`,
        },
      }],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const problems: SyntaxProblem[] = doc.errors.map((err) => {
    const pos = lineCounter.linePos(err.pos[0]);
    const duplicate = err.code === 'DUPLICATE_KEY';
    const firstLine = err.message.split('\n')[0] ?? err.message;
    return {
      code: duplicate ? 'duplicate-key' : 'syntax',
      line: pos.line,
      column: pos.col,
      message: duplicate
        ? { ja: `キーが重複しています。同じキーは一度だけ書いてください（${firstLine}）。`, en: `Duplicate key: write each key once (${firstLine}).` }
        : { ja: `YAML/JSON の構文エラーです: ${firstLine}`, en: `YAML/JSON syntax error: ${firstLine}` },
    };
  });
  if (problems.length > 0) return { problems: trimCascade(problems) };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const tooDeep = error instanceof RangeError;
    return {
      problems: [{
        code: tooDeep ? 'too-deep' : 'alias-limit', line: 1, column: 1,
        message: tooDeep
          ? { ja: '入れ子が深すぎます。構造を見直してください。', en: 'The document is nested too deeply. Simplify its structure.' }
          : { ja: `エイリアスの展開が多すぎます（上限 ${MAX_ALIAS_COUNT}）。エイリアスを使わずに書いてください。`, en: `Too many alias expansions (limit ${MAX_ALIAS_COUNT}). Write the values out instead of using aliases.` },
      }],
    };
  }

  const locate = (pointer: string, target: 'key' | 'value' = 'value'): SourcePosition => {
    let node: unknown = doc.contents;
    let best: number = node && (node as Node).range ? (node as Node).range![0] : 0;
    const segments = fromPointer(pointer);
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      if (isAlias(node)) node = node.resolve(doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
        if (!pair) break;
        const last = i === segments.length - 1;
        const keyNode = pair.key as Node;
        if (last && target === 'key' && keyNode.range) { best = keyNode.range[0]; break; }
        node = pair.value;
        const here = (node as Node | null)?.range?.[0] ?? keyNode.range?.[0];
        if (here !== undefined) best = here;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined || !/^\d+$/.test(segment)) break;
        node = item;
        const here = (node as Node | null)?.range?.[0];
        if (here !== undefined) best = here;
      } else {
        break;
      }
    }
    const pos = lineCounter.linePos(best);
    return { line: pos.line, column: pos.col };
  };

  return { document: { file, text, value, locate } };
}

/** Most syntax errors after the first are its echoes: keep the first per line, at most ten. */
const MAX_SYNTAX_PROBLEMS = 10;
function trimCascade(problems: SyntaxProblem[]): SyntaxProblem[] {
  const lines = new Set<number>();
  const kept = problems.filter((p) => (lines.has(p.line) ? false : (lines.add(p.line), true)));
  if (kept.length <= MAX_SYNTAX_PROBLEMS) return kept;
  const rest = kept.length - MAX_SYNTAX_PROBLEMS;
  const last = kept[MAX_SYNTAX_PROBLEMS - 1]!;
  return [
    ...kept.slice(0, MAX_SYNTAX_PROBLEMS - 1),
    {
      ...last,
      message: {
        ja: `${last.message.ja}（ほか ${rest} 行にも構文エラーがあります。多くは最初のエラーの影響です。最初のエラーから直してください）`,
        en: `${last.message.en} (and syntax errors on ${rest} more line(s), mostly echoes of the first one: fix the first error first)`,
      },
    },
  ];
}
