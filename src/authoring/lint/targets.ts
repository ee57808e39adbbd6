import { msg } from '../../diagnostics/catalogue/index.js';
import { didYouMean } from '../../shared/closest.js';
import type { EditionData, EditionText } from '../../policy/written.js';
import { nest } from '../problems.js';
import { reasonOf } from '../resolve-descriptor.js';
import { PACK_EDITION, searchFolder } from '../targets.js';
import type { CaseFileSystem } from '../types.js';
import { bundledEditionFiles, editionName, type EditionFile } from './edition-file.js';
import type { LintFinding, LintInputCode, LintOptions } from './types.js';

/** One edition file to lint: its text (or, for a bundled edition whose file was not read, its data), and whether it is bundled. */
export interface LintSource {
  file: string;
  source: EditionText | EditionData;
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
 * Bundled editions are read from `bundledFiles` for their lines and columns when it is given.
 * A target that cannot be used becomes a fatal finding.
 */
export function lintSources(targets: readonly string[], options: LintOptions, findings: LintFinding[]): LintSource[] {
  const bundled = (e: EditionFile): LintSource => ({ file: e.file, source: bundledText(e, options.bundledFiles), bundled: true });
  if (targets.length === 0) return bundledEditionFiles().map(bundled);
  const sources: LintSource[] = [];
  const add = (source: LintSource): void => { if (!sources.some((s) => s.file === source.file)) sources.push(source); };
  const fs = options.files ?? noFiles;
  for (const target of targets) {
    if (PACK_EDITION.test(target)) {
      const found = bundledEditionFiles().find((e) => editionName(e.written) === target);
      if (found) { add(bundled(found)); continue; }
      const names = bundledEditionFiles().map((e) => editionName(e.written));
      findings.push(targetProblem('unknown-target', nest(msg('lint.unknown-target', { target, editions: names.join(', ') }), 'hint', didYouMean(target, names)), target));
      continue;
    }
    const inFolder = searchFolder(target, fs, EDITION_FILE, SKIP);
    if (inFolder?.length === 0) findings.push(targetProblem('no-policy-files', msg('lint.no-policy-files', { folder: target }), target));
    for (const file of inFolder ?? [target]) {
      try {
        add({ file, source: { file, text: fs.readFile(file) }, bundled: false });
      } catch (error) {
        findings.push(targetProblem('unreadable-file', msg('lint.unreadable-file', { file, reason: reasonOf(error) }), target, file));
      }
    }
  }
  return sources;
}

// The text, for findings with lines and columns; the data the package was built with when the file cannot be read.
function bundledText(e: EditionFile, files: LintOptions['bundledFiles']): EditionText | EditionData {
  try {
    if (files) return { file: e.file, text: files.readFile(e.file) };
  } catch {
    // fall through: the edition is still linted, its findings placed at 1:1
  }
  return { file: e.file, value: e.written };
}
