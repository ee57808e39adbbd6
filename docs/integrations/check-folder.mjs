// Check every descriptor under a folder through kanmon's API — for a portfolio report, a nightly
// job, or a system of your own that keeps descriptors. See docs/integrations/check-folder.md.
//
//   node check-folder.mjs <folder> [YYYY-MM-DD]
//
// Prints one JSON line per file ({ file, decision, asOf, fail, missing, … } or { file, problems })
// and a last line with the totals; exits 0 when every file is allowed, 1 when one is denied,
// 2 when one cannot be read or is not a valid descriptor.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluate, parseDescriptor } from 'kanmon';

/** Every *.yaml, *.yml and *.json file under a folder, sorted. */
export function descriptorFiles(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/i.test(e.name))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** Evaluate one file: its decision and counts, or its problems (in the language of `options.lang`). */
export function checkFile(file, options = {}) {
  const parsed = parseDescriptor(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) return { file, problems: parsed.diagnostics.map((d) => ({ code: d.code, pointer: d.pointer, line: d.line, message: d.message[options.lang ?? 'en'] })) };
  const report = evaluate(parsed.descriptor, { ...options, ...(parsed.source ? { source: parsed.source } : {}) });
  const { fail, missing, pass, not_applicable, waived } = report.summary;
  return { file, decision: report.decision, asOf: report.asOf, fail, missing, pass, not_applicable, waived };
}

/** Check a folder; the lines to print and the exit status. */
export function checkFolder(folder, options = {}) {
  const results = descriptorFiles(folder).map((file) => checkFile(file, options));
  const totals = {
    files: results.length,
    allow: results.filter((r) => r.decision === 'allow').length,
    deny: results.filter((r) => r.decision === 'deny').length,
    invalid: results.filter((r) => r.problems).length,
  };
  const status = totals.invalid > 0 ? 2 : totals.deny > 0 ? 1 : 0;
  return { lines: [...results, { totals }].map((r) => JSON.stringify(r)), status };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [folder, asOf] = process.argv.slice(2);
  const lang = /^ja/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'ja' : 'en';
  const { lines, status } = checkFolder(folder ?? '.', { lang, ...(asOf ? { asOf } : {}) });
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = status;
}
