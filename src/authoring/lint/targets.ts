import { msg } from '../../diagnostics/catalogue/index.js';
import { BUNDLED_SOURCES } from '../../policy/bundled/sources.js';
import { didYouMean, nest } from '../problems.js';
import { reasonOf } from '../resolve-descriptor.js';
import { PACK_EDITION, searchFolder } from '../targets.js';
import type { CaseFileSystem } from '../types.js';
import { bundledEditionFiles, editionName } from './edition-file.js';
import type { LintFinding, LintInputCode } from './types.js';

/** The text of one edition file to lint, and whether it is a bundled edition. */
export interface LintSource {
  file: string;
  text: string;
  bundled: boolean;
}

// In a folder, an edition file is named after its edition (policies/<pack>/<edition>.yaml); case tables live in tests/.
const EDITION_FILE = /^[0-9]{4}-[0-9]{2}(-[0-9]{2})?\.(ya?ml|json)$/;
const SKIP = new Set(['tests/']);

const noFiles: CaseFileSystem = {
  readFile() { throw Object.assign(new Error('no file system given'), { code: 'no file system given' }); },
};

function targetProblem(code: LintInputCode, message: LintFinding['message'], target: string, file?: string): LintFinding {
  return { code, kind: 'input', severity: 'error', message, ...(file !== undefined ? { file } : {}), params: { target }, fatal: true };
}

/**
 * The edition files lint targets name: files, folders (searched for files named after their edition,
 * outside tests/), and `pack@edition` (a bundled edition). No target means every bundled edition.
 * A target that cannot be used becomes a fatal finding.
 */
export function lintSources(targets: readonly string[], files: CaseFileSystem | undefined, findings: LintFinding[]): LintSource[] {
  if (targets.length === 0) return BUNDLED_SOURCES.map((s) => ({ ...s, bundled: true }));
  const sources: LintSource[] = [];
  const add = (source: LintSource): void => { if (!sources.some((s) => s.file === source.file)) sources.push(source); };
  const fs = files ?? noFiles;
  for (const target of targets) {
    if (PACK_EDITION.test(target)) {
      const found = bundledEditionFiles().find((e) => editionName(e.written) === target);
      const text = found && BUNDLED_SOURCES.find((s) => s.file === found.file)?.text;
      if (found && text !== undefined) { add({ file: found.file, text, bundled: true }); continue; }
      const names = bundledEditionFiles().map((e) => editionName(e.written));
      findings.push(targetProblem('unknown-target', nest(msg('lint.unknown-target', { target, editions: names.join(', ') }), 'hint', didYouMean(target, names)), target));
      continue;
    }
    const inFolder = searchFolder(target, fs, EDITION_FILE, SKIP);
    if (inFolder?.length === 0) findings.push(targetProblem('no-policy-files', msg('lint.no-policy-files', { folder: target }), target));
    for (const file of inFolder ?? [target]) {
      try {
        add({ file, text: fs.readFile(file), bundled: false });
      } catch (error) {
        findings.push(targetProblem('unreadable-file', msg('lint.unreadable-file', { file, reason: reasonOf(error) }), target, file));
      }
    }
  }
  return sources;
}
