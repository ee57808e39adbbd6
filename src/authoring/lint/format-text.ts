import { msg, type MessageId } from '../../diagnostics/catalogue/index.js';
import type { Lang } from '../../shared/messages.js';
import type { LintFinding, LintResult } from './types.js';

/** Options of formatLintText(). */
export interface LintTextOptions {
  /** Language of the messages and labels. Default: en. */
  lang?: Lang;
  /** The most warnings allowed, to say when there are more. */
  maxWarnings?: number;
}

/**
 * A lint result as text, file by file: `line:column  severity  code  message`, the fix under it,
 * then what was linted, which case tables were run, and the counts.
 */
export function formatLintText(result: LintResult, options: LintTextOptions = {}): string {
  const lang = options.lang ?? 'en';
  const say = (id: MessageId, params?: Record<string, unknown>): string => msg(id, params)[lang];
  const lines: string[] = [];
  const width = Math.max(0, ...result.findings.map((f) => place(f).length));
  let group: string | undefined;
  for (const f of result.findings) {
    const heading = f.file ?? String(f.params?.target ?? '');
    if (heading !== group) {
      if (group !== undefined) lines.push('');
      lines.push(heading);
      group = heading;
    }
    lines.push(`  ${width > 0 ? `${place(f).padEnd(width)}  ` : ''}${f.severity.padEnd(7)}  ${f.code}  ${f.message[lang]}`);
    if (f.hint) lines.push(`      ${say('lint.text.fix')} ${f.hint[lang]}`);
  }
  if (lines.length > 0) lines.push('');
  if (result.editions.length > 0) lines.push(say('lint.text.linted', { editions: result.editions.map((e) => `${e.pack}@${e.edition}`).join(', ') }));
  if (result.caseTables.length > 0) lines.push(say('lint.text.cases', { tables: result.caseTables.join(', ') }));
  else if (result.fatalCount === 0) lines.push(say('lint.text.no-cases'));
  if (result.findings.length === 0) lines.push(say('lint.text.clean'));
  else lines.push(say('lint.text.summary', { errors: result.errorCount, warnings: result.warningCount }));
  if (result.fatalCount > 0) lines.push(say('lint.text.fatal', { count: result.fatalCount }));
  if (options.maxWarnings !== undefined && result.warningCount > options.maxWarnings) lines.push(say('lint.text.max-warnings', { warnings: result.warningCount, max: options.maxWarnings }));
  return `${lines.join('\n')}\n`;
}

const place = (f: LintFinding): string => (f.line !== undefined ? `${f.line}:${f.column ?? 1}` : '');
