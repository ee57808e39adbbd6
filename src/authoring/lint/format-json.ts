import { version } from '../../../package.json';
import type { LintResult } from './types.js';

/** A lint result as JSON: the editions linted, the case tables run, the counts and every finding (messages and fixes in both languages). */
export function formatLintJson(result: LintResult, options: { maxWarnings?: number } = {}): string {
  const limit = options.maxWarnings === undefined ? {} : { maxWarnings: options.maxWarnings, tooManyWarnings: result.warningCount > options.maxWarnings };
  return `${JSON.stringify({ tool: 'kanmon', version, ...result, ...limit }, null, 2)}\n`;
}
