import type { Report } from '../types.js';

/** The report as stable, indented JSON (the shape of schemas/report.schema.json). */
export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2);
}
