import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { readDescriptorFile, readEditionFiles } from '../src/node.js';

// kanmon/node reads files for Node programs: bounded, UTF-8 only, every problem located.
const dir = mkdtempSync(join(tmpdir(), 'kanmon-node-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const where = (d: { code: string; file?: string; line?: number; column?: number; pointer?: string }) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.pointer ?? ''}`;

const PACK = `schemaVersion: 1
pack: demo
edition: "2020-01"
title: {ja: デモ, en: Demo}
effective: {from: "2020-01-01"}
source: DEMO-SOURCE
sources: [{ id: DEMO-SOURCE, kind: primary, title: { ja: t, en: t }, issuer: { ja: i, en: i }, date: "2020-01" }]
rules:
  - id: DEMO-01
    title: {ja: 更改日の記録, en: Last renewal recorded}
    severity: error
    basis: primary
    source: DEMO-SOURCE
    section: "none (demo)"
    message: {ja: 更改日がありません, en: No renewal date}
    remediation: {ja: 記録する, en: Record it}
    check:
      all:
        - {fact: project, path: $.lastRenewedOrReviewedOn, operator: exists, value: true}
`;

describe('readDescriptorFile', () => {
  it('reads and validates a descriptor; with its source, findings carry line:column', () => {
    const read = readDescriptorFile('docs/examples/secure-zone.yaml');
    if (!read.ok) throw new Error(read.diagnostics.map(where).join('\n'));
    const report = evaluate(read.descriptor, { asOf: '2024-04-01', ...(read.source ? { source: read.source } : {}) });
    expect(report.descriptor.file).toBe('docs/examples/secure-zone.yaml');
    expect(report.findings.filter((f) => f.status === 'fail').every((f) => typeof f.line === 'number' && f.line > 1)).toBe(true);
  });

  it('every schema problem has the file, pointer and line:column', () => {
    const path = file('bad.yaml', 'schemaVersion: 1\nid: bad\norganisation:\n  kind: ministry\n  name: x\nprojct: {}\n');
    const read = readDescriptorFile(path);
    expect(read.ok ? [] : read.diagnostics.map(where)).toEqual([`${path}:4:9 invalid-value /organisation/kind`, `${path}:6:1 unknown-property /projct`]);
  });

  it('a file that cannot be read, is too large, or is not UTF-8 is a located problem, never a throw', () => {
    const missing = readDescriptorFile(join(dir, 'nope.yaml'));
    expect(missing.ok ? [] : missing.diagnostics.map((d) => `${d.code} ${String(d.params?.reason)}`)).toEqual(['unreadable ENOENT']);
    const large = readDescriptorFile(file('large.yaml', `schemaVersion: 1\nid: ${'x'.repeat(100)}\n`), { limits: { maxBytes: 64 } });
    expect(large.ok ? [] : large.diagnostics.map((d) => d.code)).toEqual(['too-large']);
    const utf16 = readDescriptorFile(file('utf16.yaml', new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00])));
    expect(utf16.ok ? [] : utf16.diagnostics.map((d) => d.code)).toEqual(['wrong-encoding']);
  });
});

describe('readEditionFiles', () => {
  it("compiles a user's pack edition, which then judges descriptors", () => {
    const read = readEditionFiles([file('demo.yaml', PACK)]);
    if (!read.ok) throw new Error(read.diagnostics.map(where).join('\n'));
    const report = evaluate({ schemaVersion: 1, id: 'x', organisation: { kind: 'municipality', name: 'x' }, project: { name: 'p' } }, { asOf: '2024-01-01', policies: read.editions });
    expect(report.findings.map((f) => `${f.ruleId} ${f.status}`)).toEqual(['DEMO-01 missing']);
  });

  it('reports the problems of every file at once: one unreadable, one with a located error', () => {
    const broken = file('broken.yaml', PACK.replace('operator: exists', 'operator: exist'));
    const read = readEditionFiles([join(dir, 'gone.yaml'), broken]);
    expect(read.ok ? [] : read.diagnostics.map((d) => `${d.code} ${d.file}${d.line !== undefined ? `:${d.line}` : ''}`)).toEqual([
      `unreadable ${join(dir, 'gone.yaml')}`, `unknown-operator ${broken}:19`,
    ]);
  });
});
