import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { evaluate } from '../../src/evaluate.js';
import { evaluateAsync } from '../../src/evaluate-async.js';
import { reportSchemaErrors } from '../support/report-schema.js';

// Found by the fuzz campaign (issue 13): a descriptor read with parseDescriptor, as the command
// line reads one, gives its findings the range of their value (line:column to endLine:endColumn).
// The report schema admits both ends; a report of a parsed file must fit it, ends included.
const text = 'schemaVersion: 1\nid: a\norganisation:\n  kind: national_ministry\n  name: 省\nproject:\n  name: x\n';

describe('issue 13: findings of a parsed descriptor', () => {
  it('carry where their value starts and ends, and the report fits report.schema.json', async () => {
    const parsed = parseDescriptor(text, 'd.yaml');
    if (!parsed.ok) throw new Error('the descriptor should be valid');
    const report = evaluate(parsed.descriptor, { source: parsed.source, asOf: '2026-01-15' });
    // A value that is there spans its own text; an absent one is placed on the whole document.
    const kind = report.findings.find((f) => f.pointer === '/organisation/kind');
    const absent = report.findings.find((f) => f.pointer === '/sites');
    const ranged = report.findings.filter((f) => f.endLine !== undefined);
    expect(ranged.length).toBeGreaterThan(0);
    for (const f of ranged) {
      expect(f.endLine! > f.line! || (f.endLine === f.line && f.endColumn! > f.column!)).toBe(true);
    }
    expect(kind).toMatchObject({ line: 4, column: 9, endLine: 4, endColumn: 26 });
    expect(absent).toMatchObject({ line: 1, column: 1, endLine: 8, endColumn: 1 });
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(reportSchemaErrors(await evaluateAsync(parsed.descriptor, { source: parsed.source, asOf: '2026-01-15' }))).toEqual([]);
  });
});
