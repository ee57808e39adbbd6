import type { CompiledEdition, SourceEntry } from '../engine/compiled.js';
import { msg } from '../diagnostics/catalogue/index.js';
import { canonical } from '../shared/messages.js';
import { sha256Hex } from '../shared/sha256.js';
import type { SourceDocument } from '../parse/source-document.js';
import { BUNDLED_EDITIONS, BUNDLED_HASHES } from './bundled/packs.generated.js';
import type { ConditionProblem } from './compile-condition.js';
import { compileResolved } from './compile-edition.js';
import { policyDiagnostic, type PolicyError } from './errors.js';
import { KanmonError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { Origins } from './origins.js';
import { resolveEditions, type ResolvedEdition } from './resolve.js';
import { deepEqual } from '../shared/deep-equal.js';
import { bundledBibliography, type Bibliography } from './bibliography.js';
import { parseEdition, type EditionData, type EditionText, type ParsedEdition, type RawEdition, type WrittenEdition } from './written.js';

/** The outcome of loading one edition: the compiled edition, or every problem in it. */
export type EditionResult = { ok: true; edition: CompiledEdition } | { ok: false; diagnostics: Diagnostic[] };

/** The outcome of loading a set of editions: the compiled editions in the order given, or every problem in them. */
export type EditionSetResult = { ok: true; editions: CompiledEdition[] } | { ok: false; diagnostics: Diagnostic[] };

/** Options of compileEditions(). */
export interface EditionSetOptions {
  /**
   * Load the bundled editions too, so an edition may extend one of them. They are not returned; an
   * edition given with the same pack and edition takes the bundled one's place. Default: false.
   */
  bundled?: boolean;
  /**
   * The documents rules may cite, in place of the bundled bibliography (policies/sources.yaml of
   * this package); an edition's own `sources` add to it. Default: the bundled bibliography.
   */
  bibliography?: ReadonlyMap<string, SourceEntry>;
}

/** One edition of a set: its text, as written, and (when it loads) resolved and compiled. */
export interface LoadedEdition {
  source: EditionText | EditionData;
  written?: WrittenEdition;
  resolved?: RawEdition;
  compiled?: CompiledEdition;
}

/** Parse, validate, statically check and compile one self-contained pack edition from its YAML text. */
export function compileEdition(text: string, file?: string): EditionResult {
  const result = compileEditions([{ text, ...(file !== undefined ? { file } : {}) }]);
  return result.ok ? { ok: true, edition: result.editions[0]! } : result;
}

/** Like compileEdition, but throws a KanmonError (kind 'policy') carrying every problem. */
export function loadEdition(text: string, file?: string): CompiledEdition {
  const result = compileEdition(text, file);
  if (!result.ok) throw new KanmonError('policy', result.diagnostics);
  return result.edition;
}

/** Load editions together, so one may extend another; each is resolved to its full form and compiled. */
export function compileEditions(sources: readonly (EditionText | EditionData)[], options: EditionSetOptions = {}): EditionSetResult {
  const { editions, errors } = loadEditionSet(sources, options);
  return errors.length > 0 ? { ok: false, diagnostics: errors.map(policyDiagnostic) } : { ok: true, editions: editions.map((e) => e.compiled!) };
}

/**
 * Bundled editions (of BUNDLED_EDITIONS) of one pack, resolved together once; each is compiled when it
 * is first asked for. The build checked them in full, so they are compiled without the static checks,
 * to the editions compileEditions() gives. Throws a KanmonError (kind 'policy') should one not load.
 */
export function bundledCompiler(sources: readonly EditionData[]): (source: EditionData) => CompiledEdition {
  const set = resolveSet(sources, {});
  const fail = (errors: readonly PolicyError[]): never => { throw new KanmonError('policy', errors.map(policyDiagnostic)); };
  if (set.errors.length > 0) fail(set.errors);
  return (source) => {
    const i = sources.indexOf(source);
    const errors: PolicyError[] = [];
    const loaded = compileLoaded(set, source, set.parsed[i], true, errors, errors);
    return loaded.compiled ?? fail(errors);
  };
}

/** Load editions together and keep each as written and as resolved beside the compiled form. */
export function loadEditionSet(sources: readonly (EditionText | EditionData)[], options: EditionSetOptions = {}): { editions: LoadedEdition[]; errors: PolicyError[] } {
  const set = resolveSet(sources, options);
  const { errors } = set;
  const inherited: PolicyError[] = [];
  const editions = sources.map((source, i) => compileLoaded(set, source, set.parsed[i], false, errors, inherited));
  // A broken rule of a base is reported by the base; an edition that inherits it only adds what is new.
  const samePlace = (a: PolicyError, b: PolicyError): boolean => a.file === b.file && a.pointer === b.pointer && a.code === b.code;
  errors.push(...inherited.filter((e) => !errors.some((own) => samePlace(own, e))));
  return { editions, errors: distinct(errors) };
}

/** Editions parsed and resolved together, with the bibliography their rules cite and the problems so far. */
interface ResolvedSet {
  origins: Origins;
  parsed: (ParsedEdition | undefined)[];
  resolved: Map<ParsedEdition, ResolvedEdition>;
  bibliography: Bibliography;
  errors: PolicyError[];
}

function resolveSet(sources: readonly (EditionText | EditionData)[], options: EditionSetOptions): ResolvedSet {
  const origins = new Origins();
  const errors: PolicyError[] = [];
  const parse = (source: EditionText | EditionData): ParsedEdition | undefined => {
    const result = parseEdition(source, origins);
    if ('errors' in result) { errors.push(...result.errors); return undefined; }
    return result.edition;
  };
  const parsed = sources.map(parse);
  // The bundled editions are correct (the build checks them), so their parse is only kept when it works.
  const bases = options.bundled ? BUNDLED_EDITIONS.map((s) => parseEdition(s, origins)).flatMap((r) => ('edition' in r ? [r.edition] : [])) : [];
  const given = parsed.filter((p): p is ParsedEdition => p !== undefined);
  const { resolved, errors: resolveErrors } = resolveEditions(given, bases, origins);
  errors.push(...resolveErrors);
  const bibliography = withOwnSources(given, options.bibliography ?? bundledBibliography(), origins, errors);
  return { origins, parsed, resolved, bibliography, errors };
}

/** One edition of a resolved set, compiled when it resolved; its problems go to `own`, or to `inherited` when they lie in a base. */
function compileLoaded(set: ResolvedSet, source: EditionText | EditionData, p: ParsedEdition | undefined, checked: boolean, own: PolicyError[], inherited: PolicyError[]): LoadedEdition {
  const r = p && set.resolved.get(p);
  if (!p || !r) return { source, ...(p ? { written: p.written } : {}) };
  const problems: ConditionProblem[] = [];
  const compiled = compileResolved(r.raw, problems, set.bibliography, checked);
  const edition = { doc: p.doc, name: `${r.raw.pack}@${r.raw.edition}` };
  for (const problem of problems) {
    const located = set.origins.errorAt(r.raw, problem.pointer, problem, edition);
    (located.inherited ? inherited : own).push(located.error);
  }
  if (!compiled || problems.length > 0) return { source, written: p.written, resolved: r.raw };
  const hash = bundledHash(source) ?? editionHash(r.raw);
  return { source, written: p.written, resolved: r.raw, compiled: { ...compiled, hash, ...(source.file !== undefined ? { file: source.file } : {}) } };
}

let bundledHashes: WeakMap<object, string> | undefined;

/**
 * The build-time hash of a bundled edition, for the very object the package holds (a copy, or any other
 * edition, is hashed as loaded): hashing every bundled edition again at each start-up is needless work.
 */
function bundledHash(source: EditionText | EditionData): string | undefined {
  bundledHashes ??= new WeakMap(BUNDLED_EDITIONS.map((edition, i) => [edition, BUNDLED_HASHES[i]!]));
  return bundledHashes.get(source);
}

/**
 * SHA-256 of the resolved edition's JSON with object keys sorted and rules in id order: the same
 * edition hashes alike however it is spelt (as a difference or in full, with or without definitions,
 * in any key order), and rule order never changes a verdict.
 */
export function editionHash(raw: RawEdition): string {
  const rules = [...raw.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sha256Hex(JSON.stringify(canonical({ ...raw, rules })));
}

/** The given (by default the bundled) bibliography plus the documents the given editions list under `sources`; an id may not repeat. */
function withOwnSources(editions: readonly ParsedEdition[], bundled: Bibliography, origins: Origins, errors: PolicyError[]): Bibliography {
  const own = editions.filter((e) => e.written.sources);
  if (own.length === 0) return bundled;
  const all = new Map(bundled);
  for (const e of own) {
    e.written.sources!.forEach((entry, i) => {
      if (!all.has(entry.id)) { all.set(entry.id, entry); return; }
      // Editions of one pack may each list the same document: only a different document under a taken id is a problem.
      if (!bundled.has(entry.id) && deepEqual(all.get(entry.id), entry)) return;
      errors.push(origins.error({ doc: e.doc, pointer: `/sources/${i}/id` }, {
        code: 'duplicate-source',
        message: bundled.has(entry.id)
          ? msg('policy.source-in-bundled', { id: entry.id })
          : msg('policy.source-listed-twice', { id: entry.id }),
      }));
    });
  }
  return all;
}

// An inherited rule or a shared definition is checked in every edition that holds it: say each problem once.
function distinct(errors: readonly PolicyError[]): PolicyError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = JSON.stringify([e.file, e.pointer, e.code, e.message.en]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export type { EditionText, SourceDocument };
