import { version } from '../../package.json';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { belowMinimum } from './coverage.js';
import type { CaseRun } from './types.js';

/** A test run as JSON: counts, every result, the coverage, and whether the minimum (when given) is met. */
export function formatCaseRunJson(run: CaseRun, options: { coverageMin?: number } = {}): string {
  const minimum = options.coverageMin === undefined ? {} : { coverageMin: options.coverageMin, coverageMet: !belowMinimum(run.coverage, options.coverageMin) };
  return `${JSON.stringify({ tool: 'kanmon', version, passed: run.passed, failed: run.failed, ...minimum, results: run.results, coverage: run.coverage }, null, 2)}\n`;
}

/** Problems that stopped a test run, as JSON. */
export function formatCaseDiagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify({ tool: 'kanmon', version, diagnostics }, null, 2)}\n`;
}
