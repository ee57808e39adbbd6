// kanmon/node: reading descriptors and pack editions from files, for Node programs. Kept out of the
// main entry, which imports nothing from Node and so runs in a browser.
import { parseDescriptor, type DescriptorResult } from './descriptor/validate.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import type { ParseLimits } from './parse/limits.js';
import { readBounded } from './parse/read-bounded.js';
import { readInput } from './parse/read-input.js';
import { compileEditions, type EditionSetOptions, type EditionSetResult } from './policy/load.js';

/** Options of the file readers. */
export interface ReadFileOptions {
  /**
   * Bounds on what is read (see docs/input-limits.md). Default: the library's. A descriptor is held
   * to all of them; a pack edition to `maxBytes` when read, then parsed with the default limits.
   */
  limits?: Partial<ParseLimits>;
}

/** A file's UTF-8 text, read without holding more than the size limit, or why it cannot be read ('-' is standard input). */
function readText(path: string, limits: Partial<ParseLimits> | undefined): { text: string } | { diagnostics: Diagnostic[] } {
  return readInput(path, readBounded, { kind: 'input', ...(limits ? { limits } : {}) });
}

/**
 * Read a YAML or JSON descriptor file ('-': standard input) within the limits, decode it as UTF-8
 * and validate it: the typed descriptor with its source (pass it to evaluate's `source` option so
 * findings carry line:column), or every problem with its file, pointer and line:column.
 */
export function readDescriptorFile(path: string, options: ReadFileOptions = {}): DescriptorResult {
  const read = readText(path, options.limits);
  if ('diagnostics' in read) return { ok: false, diagnostics: read.diagnostics };
  return parseDescriptor(read.text, path, options.limits ?? {});
}

/**
 * Read pack edition files within the limits and compile them together (an edition may extend
 * another, or with `bundled: true` a bundled one): the editions for evaluate's `policies` option,
 * or every problem of every file.
 */
export function readEditionFiles(paths: readonly string[], options: ReadFileOptions & EditionSetOptions = {}): EditionSetResult {
  const diagnostics: Diagnostic[] = [];
  const texts: { file: string; text: string }[] = [];
  for (const file of paths) {
    const read = readText(file, options.limits);
    if ('diagnostics' in read) diagnostics.push(...read.diagnostics);
    else texts.push({ file, text: read.text });
  }
  // The readable files are compiled even when another could not be read, so every problem shows at once.
  const { limits: _limits, ...setOptions } = options;
  const compiled = compileEditions(texts, setOptions);
  if (diagnostics.length === 0) return compiled;
  return { ok: false, diagnostics: [...diagnostics, ...(compiled.ok ? [] : compiled.diagnostics)] };
}
