import type { DiagnosticKind } from '../diagnostics/diagnostic.js';
import { decodeBytes } from './decode.js';
import { parseJson } from './json.js';
import { lazyPositions } from './line-index.js';
import { resolveLimits, type ParseLimits } from './limits.js';
import type { Locate } from './locate.js';
import { ProblemList, type ParseDiagnostic } from './problems.js';
import { parseYaml } from './yaml.js';

/** How to read a text: 'json' strictly, 'yaml', or 'auto' (see parseSource). */
export type SourceFormat = 'yaml' | 'json' | 'auto';

/** What parseSource needs to know besides the text. */
export interface ParseOptions {
  /** The file name, for diagnostics and for 'auto' (a name ending in .json is JSON). */
  file?: string;
  /** Which input this is, for diagnostics. */
  kind: DiagnosticKind;
  format?: SourceFormat;
  limits?: Partial<ParseLimits>;
}

/**
 * A parsed text. `value` is plain data: objects and arrays with the ordinary prototypes, strings,
 * finite or non-finite numbers, booleans and null; a key such as "__proto__" or "constructor" is an
 * own data property like any other (never a prototype). `locate` maps an RFC 6901 pointer to the
 * node's line:column (start and end), or its nearest existing ancestor's, in O(depth).
 */
export interface ParsedSource {
  file?: string;
  text: string;
  format: 'yaml' | 'json';
  value: unknown;
  locate: Locate;
}

/** The document, or every problem found (capped at limits.maxProblems, the rest counted). */
export type ParseResult = { document: ParsedSource } | { diagnostics: ParseDiagnostic[] };

/**
 * Parse a YAML or JSON text within limits. 'auto' reads a text as JSON when the file name ends in
 * .json or its first non-blank character is `{` or `[`; if such a text is not JSON but is valid
 * YAML (a flow mapping like `{a: 1}`), it is read as YAML. A leading byte-order mark is dropped.
 */
export function parseSource(text: string, options: ParseOptions): ParseResult {
  const limits = resolveLimits(options.limits);
  const context = { kind: options.kind, ...(options.file !== undefined ? { file: options.file } : {}) };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const size = utf8Length(body, limits.maxBytes);
  const positions = lazyPositions(body);
  const problems = new ProblemList(context, limits.maxProblems, positions);
  if (size > limits.maxBytes) {
    problems.add('too-large', 'parse.too-large', { limit: limits.maxBytes, size });
    return { diagnostics: problems.list() };
  }
  const format = options.format ?? 'auto';
  const byName = options.file !== undefined && /\.json$/i.test(options.file);
  const json = format === 'json' || (format === 'auto' && (byName || /^\s*[[{]/.test(body)));
  const document = (format: 'yaml' | 'json', parsed: { value: unknown; locate: Locate }): ParseResult => ({
    document: { ...(options.file !== undefined ? { file: options.file } : {}), text: body, format, value: parsed.value, locate: parsed.locate },
  });
  if (json) {
    const result = parseJson(body, limits, problems);
    if (result.parsed) return document('json', result.parsed);
    // Guessed from a bracket only: a YAML flow mapping deserves its chance. If it is YAML's syntax
    // too, the JSON error stands; otherwise the text was YAML and YAML's problems are the ones.
    if (format === 'auto' && !byName && result.syntax) {
      const yamlProblems = new ProblemList(context, limits.maxProblems, positions);
      const yaml = parseYaml(body, limits, yamlProblems);
      if (yaml) return document('yaml', yaml);
      const listed = yamlProblems.list();
      if (!listed.some((d) => d.code === 'syntax')) return { diagnostics: listed };
    }
    return { diagnostics: problems.list() };
  }
  const yaml = parseYaml(body, limits, problems);
  return yaml ? document('yaml', yaml) : { diagnostics: problems.list() };
}

/** Decode bytes (UTF-8 only, see decodeBytes) and parse the text. */
export function parseBytes(bytes: Uint8Array, options: ParseOptions): ParseResult {
  const decoded = decodeBytes(bytes, options);
  return 'text' in decoded ? parseSource(decoded.text, options) : decoded;
}

/** The UTF-8 size of a text; a text that fits even at 3 bytes per unit is not counted. */
function utf8Length(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (pair) i++;
  }
  return bytes;
}
