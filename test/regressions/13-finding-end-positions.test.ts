import { describe, expect, it } from 'vitest';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { evaluate } from '../../src/evaluate.js';
import { reportSchemaErrors } from '../support/report-schema.js';

// Found by the fuzz campaign (issue 13): a descriptor read with parseDescriptor, as the command
// line reads one, gave findings the end of their range too (endLine, endColumn), which
// report.schema.json does not allow: every report of a parsed file failed its own schema.
describe('issue 13: findings of a parsed descriptor', () => {
  it('carry line and column only, and the report fits its schema', () => {
    const parsed = parseDescriptor('schemaVersion: 1\nid: a\norganisation:\n  kind: national_ministry\n  name: 省\nproject:\n  name: x\n', 'd.yaml');
    if (!parsed.ok) throw new Error('the descriptor should be valid');
    const report = evaluate(parsed.descriptor, { source: parsed.source, asOf: '2026-01-15' });
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(Object.keys(f)).not.toContain('endLine');
    expect(report.findings.find((f) => f.pointer === '/sites')).toMatchObject({ line: 1, column: 1 });
    expect(reportSchemaErrors(report)).toEqual([]);
  });
});
