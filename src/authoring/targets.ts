import { msg } from '../diagnostics/catalogue/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { bundledCaseTables, bundledTablePack } from './bundled-cases.js';
import { joinPath } from './paths.js';
import { nest, targetProblem } from './problems.js';
import { didYouMean } from '../shared/closest.js';
import type { CaseFileSystem } from './types.js';

/** One case table to load, with the file system it is read from and the editions to run (all when absent). */
export interface CaseTableSource {
  file: string;
  files: CaseFileSystem;
  only?: ReadonlySet<string>;
  /** The `pack@edition` target that named it, to say so when it runs nothing. */
  target?: string;
}

/** A `pack@edition` target. */
export const PACK_EDITION = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)@([0-9]{4}-[0-9]{2}(?:-[0-9]{2})?)$/;
const CASE_TABLE = /\.cases\.(ya?ml|json)$/;

const noFiles: CaseFileSystem = {
  readFile() { throw Object.assign(new Error('no file system given'), { code: 'no file system given' }); },
};

/** Where the case tables are read from: the caller's files, and the installed package's for the bundled tables. */
export interface CaseFileSystems {
  files?: CaseFileSystem | undefined;
  bundledFiles?: Pick<CaseFileSystem, 'readFile'> | undefined;
}

/**
 * The case tables named by targets: files, folders (searched for *.cases.yaml, *.cases.yml and
 * *.cases.json), or `pack@edition` (the bundled tables of that pack, run on that edition). No
 * target means every bundled table. Bundled tables are read from `bundledFiles`; without it they
 * are a problem, said once.
 */
export function caseTableSources(targets: readonly string[], systems: CaseFileSystems, diagnostics: Diagnostic[]): CaseTableSource[] {
  const bundled = (only?: ReadonlySet<string>, target?: string, pack?: string): CaseTableSource[] => {
    if (!systems.bundledFiles) {
      const where = target ?? '';
      if (!diagnostics.some((d) => d.code === 'no-bundled-files')) diagnostics.push(targetProblem('no-bundled-files', msg('cases.no-bundled-files'), where));
      return [];
    }
    const files = systems.bundledFiles;
    return bundledCaseTables().filter((f) => pack === undefined || bundledTablePack(f) === pack)
      .map((file) => ({ file, files, ...(only ? { only } : {}), ...(target !== undefined ? { target } : {}) }));
  };
  if (targets.length === 0) return bundled();
  const sources: CaseTableSource[] = [];
  for (const target of targets) {
    const packEdition = PACK_EDITION.exec(target);
    const packs = new Set(bundledCaseTables().map((f) => bundledTablePack(f)!));
    if (packEdition && packs.has(packEdition[1]!)) {
      sources.push(...bundled(new Set([packEdition[2]!]), target, packEdition[1]));
      continue;
    }
    if (packEdition) {
      const hint = didYouMean(packEdition[1]!, packs);
      diagnostics.push(targetProblem('unknown-target', nest(msg('cases.unknown-target', { target, packs: [...packs].sort().join(', ') }), 'hint', hint), target));
      continue;
    }
    const fs = systems.files ?? noFiles;
    const found = searchFolder(target, fs);
    if (found === undefined) sources.push({ file: target, files: fs });
    else if (found.length === 0) diagnostics.push(targetProblem('no-case-tables', msg('cases.no-case-tables', { folder: target }), target));
    else sources.push(...found.map((file) => ({ file, files: fs })));
  }
  return sources;
}

/**
 * Files under a folder whose names match, sorted, searching subfolders except hidden ones,
 * node_modules and those `skip` names (written with a trailing /); undefined when `path` is not a folder.
 */
export function searchFolder(path: string, files: CaseFileSystem, match: RegExp = CASE_TABLE, skip: ReadonlySet<string> = new Set()): string[] | undefined {
  if (!files.listDir) return undefined;
  let entries: readonly string[];
  try {
    entries = files.listDir(path);
  } catch {
    return undefined;
  }
  const found: string[] = [];
  for (const entry of [...entries].sort()) {
    if (entry.startsWith('.') || entry === 'node_modules/' || skip.has(entry)) continue;
    const inner = joinPath(path, entry);
    if (entry.endsWith('/')) found.push(...(searchFolder(inner, files, match, skip) ?? []));
    else if (match.test(entry)) found.push(inner);
  }
  return found;
}
