import type { ErrorObject } from 'ajv';
import casesSchema from '../../schemas/cases.schema.json';
import { msg } from '../diagnostics/catalogue/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { CompiledEdition, Phase, Severity } from '../engine/compiled.js';
import { bundledEditions } from '../policy/bundled.js';
import { policyDiagnostic } from '../policy/errors.js';
import { loadEditionSet } from '../policy/load.js';
import { parseRegistry } from '../registry/parse.js';
import type { IsmapRegistrySnapshot } from '../registry/types.js';
import { validate as schemaValidate } from './cases-validator.generated.js';
import type { Lang } from '../shared/messages.js';
import { toSchemaProblems } from '../shared/schema-problems.js';
import { parseSource, type SourceDocument } from '../parse/source-document.js';
import { caseEditions, checkContent, checkName, checkRules, type RawCase } from './check-cases.js';
import { folderOf, joinPath } from './paths.js';
import { nest, problemSink } from './problems.js';
import { didYouMean } from '../shared/closest.js';
import { caseDescriptor, loadBases, reasonOf, type RawBase, type TableSource } from './resolve-descriptor.js';
import type { CaseFileSystem, Expectation } from './types.js';

/** One case ready to run: its descriptor, the editions it runs on and how to evaluate it. */
export interface LoadedCase {
  file: string;
  line: number;
  name: string;
  pack: string;
  descriptor: KanmonDescriptor;
  editions: readonly CompiledEdition[];
  /** Every edition of the pack (bundled, or replaced by the table's policy files): what evaluate() chooses from. */
  packEditions: readonly CompiledEdition[];
  asOf?: string;
  phase?: Phase;
  failOn?: Severity;
  lang?: Lang;
  ismapRegistry?: IsmapRegistrySnapshot;
  expect: readonly Expectation[];
}

interface RawTable {
  pack: string;
  editions: string[];
  policies?: string[];
  bases?: Record<string, RawBase>;
  cases: RawCase[];
}

/** The case-table schema compiled ahead of time (ajv standalone). */
const validate = schemaValidate as unknown as ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * Read, check and resolve one case table. Problems go to `diagnostics` (located in the file);
 * cases come back only from a table without any. `only` narrows the editions run.
 */
export function loadCaseTable(file: string, files: CaseFileSystem, diagnostics: Diagnostic[], only?: ReadonlySet<string>): LoadedCase[] {
  const before = diagnostics.length;
  const doc = parseTable(file, files, diagnostics);
  if (!doc) return [];
  const sink = problemSink(file, diagnostics, doc);
  const raw = doc.value as RawTable;
  const table: TableSource = { doc, sink, files };
  const problemsBefore = diagnostics.length;
  const packEditions = editionsOf(raw, table);
  if (!packEditions) return [];
  const byEdition = new Map(packEditions.map((e) => [e.edition, e]));
  // A policy file that did not load may hold the edition: its own problems say enough.
  const policiesLoaded = diagnostics.length === problemsBefore;
  raw.editions.forEach((edition, i) => {
    if (policiesLoaded && !byEdition.has(edition)) {
      sink.add('unknown-edition', msg('cases.unknown-edition', { pack: raw.pack, edition, have: [...byEdition.keys()].join(', ') }), `/editions/${i}`);
    }
  });
  const bases = loadBases(raw.bases, table);
  const registries = new Map<string, IsmapRegistrySnapshot | undefined>();
  const names = new Map<string, number>();
  const contents = new Map<string, number>();
  const cases: LoadedCase[] = [];
  raw.cases.forEach((c, i) => {
    const at = `/cases/${i}`;
    const named = checkName(c, i, names, sink);
    const editions = caseEditions(c, i, raw.editions, byEdition, sink);
    const rulesKnown = checkRules(c, i, editions, sink);
    const descriptor = caseDescriptor(c, at, bases, table);
    const registryFile = c.options?.ismapRegistry;
    const ismapRegistry = registryFile === undefined ? undefined : readRegistry(registryFile, `${at}/options/ismapRegistry`, table, registries);
    if (!named || !rulesKnown || !descriptor || (registryFile !== undefined && !ismapRegistry)) return;
    if (!checkContent(c, i, descriptor, editions, contents, raw.cases, sink)) return;
    const run = editions.filter((e) => only === undefined || only.has(e.edition));
    if (run.length === 0) return;
    cases.push({
      file, line: doc.locate(at).line, name: c.name, pack: raw.pack, descriptor, editions: run, packEditions,
      ...(c.asOf !== undefined ? { asOf: c.asOf } : {}), ...(c.phase !== undefined ? { phase: c.phase } : {}),
      ...(c.options?.failOn !== undefined ? { failOn: c.options.failOn } : {}), ...(c.options?.lang !== undefined ? { lang: c.options.lang } : {}),
      ...(ismapRegistry ? { ismapRegistry } : {}), expect: c.expect,
    });
  });
  return diagnostics.length > before ? [] : cases;
}

/** Parse the table and check it against schemas/cases.schema.json; undefined after reporting problems. */
function parseTable(file: string, files: CaseFileSystem, diagnostics: Diagnostic[]): SourceDocument | undefined {
  let text: string;
  try {
    text = files.readFile(file);
  } catch (error) {
    problemSink(file, diagnostics).add('unreadable-file', msg('cases.unreadable-file', { path: file, reason: reasonOf(error) }), '', { path: file });
    return undefined;
  }
  const parsed = parseSource(text, file);
  if ('problems' in parsed) {
    for (const p of parsed.problems) diagnostics.push({ code: p.code, kind: 'cases', severity: 'error', message: p.message, file, pointer: '', line: p.line, column: p.column });
    return undefined;
  }
  const doc = parsed.document;
  if (validate(doc.value)) return doc;
  const sink = problemSink(file, diagnostics, doc);
  for (const p of toSchemaProblems(validate.errors ?? [], casesSchema)) {
    // A case without `expect` would pass whatever happens; say so rather than name a missing property.
    if (p.code === 'missing-property' && /^\/cases\/\d+\/expect$/.test(p.pointer)) sink.add('missing-expect', msg('cases.missing-expect'), p.pointer.replace(/\/expect$/, ''));
    else sink.add(p.code, p.message, p.pointer, p.params, p.target);
  }
  return undefined;
}

/**
 * The editions of the table's pack: bundled ones, replaced or joined by its policy files; undefined
 * after reporting why there are none. The policy files are loaded together with the bundled editions,
 * as `--policy` files are, so a draft may extend a bundled edition or another file of the table.
 */
function editionsOf(raw: RawTable, table: TableSource): CompiledEdition[] | undefined {
  const { sink } = table;
  let failed = false;
  const texts: { file: string; text: string; at: string }[] = [];
  (raw.policies ?? []).forEach((relative, i) => {
    const path = joinPath(folderOf(sink.file), relative);
    try {
      texts.push({ file: path, text: table.files.readFile(path), at: `/policies/${i}` });
    } catch (error) {
      failed = true;
      sink.add('unreadable-file', msg('cases.unreadable-file', { path, reason: reasonOf(error) }), `/policies/${i}`, { path });
    }
  });
  const result = loadEditionSet(texts, { bundled: true });
  for (const e of result.errors) {
    failed = true;
    sink.diagnostics.push({ ...policyDiagnostic(e), line: e.line ?? 1, column: e.column ?? 1 });
  }
  const loaded: CompiledEdition[] = [];
  result.editions.forEach(({ compiled }, i) => {
    if (!compiled) return;
    if (compiled.pack !== raw.pack) sink.add('policy-other-pack', msg('cases.policy-other-pack', { path: texts[i]!.file, found: compiled.pack, pack: raw.pack }), texts[i]!.at);
    else loaded.push(compiled);
  });
  const replaced = new Set(loaded.map((e) => e.edition));
  const all = [...bundledEditions().filter((e) => !(e.pack === raw.pack && replaced.has(e.edition))), ...loaded];
  const editions = all.filter((e) => e.pack === raw.pack);
  if (editions.length > 0) return editions;
  // A policy file that failed to load may be the pack: its own problems say enough.
  if (!failed) {
    const packs = new Set(all.map((e) => e.pack));
    sink.add('unknown-pack', nest(msg('cases.unknown-pack', { pack: raw.pack, packs: [...packs].sort().join(', ') }), 'hint', didYouMean(raw.pack, packs)), '/pack');
  }
  return undefined;
}

function readRegistry(relative: string, at: string, table: TableSource, cache: Map<string, IsmapRegistrySnapshot | undefined>): IsmapRegistrySnapshot | undefined {
  const path = joinPath(folderOf(table.sink.file), relative);
  if (cache.has(path)) return cache.get(path);
  let snapshot: IsmapRegistrySnapshot | undefined;
  try {
    const result = parseRegistry(table.files.readFile(path), path);
    if (result.ok) snapshot = result.snapshot;
    else for (const d of result.diagnostics) table.sink.diagnostics.push({ ...d, file: path, line: d.line ?? 1 });
  } catch (error) {
    table.sink.add('unreadable-file', msg('cases.unreadable-file', { path, reason: reasonOf(error) }), at, { path });
  }
  cache.set(path, snapshot);
  return snapshot;
}

