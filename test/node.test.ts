import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/index.js';
import { readDescriptorFile, readEditionFiles } from '../src/node.js';
import { GOOD, PACK_2020, PACK_2021 } from './authoring/demo-pack.js';

// kanmon/node reads files for Node programs: bounded, UTF-8 only, every problem located.
const dir = mkdtempSync(join(tmpdir(), 'kanmon-node-'));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const where = (d: { code: string; file?: string; line?: number; column?: number; pointer?: string }) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.pointer ?? ''}`;


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
  it("compiles a user's pack edition, which then judges descriptors read from files", () => {
    // The 2021 edition cites the source its 2020 edition lists, so the two are read together.
    const read = readEditionFiles([file('demo-2020-01.yaml', PACK_2020), file('demo-2021-01.yaml', PACK_2021)]);
    if (!read.ok) throw new Error(read.diagnostics.map(where).join('\n'));
    const good = readDescriptorFile(file('good.yaml', GOOD));
    const planless = readDescriptorFile(file('planless.yaml', GOOD.replace('plan: {exists: true}', 'plan: {exists: false}')));
    if (!good.ok || !planless.ok) throw new Error('the demo descriptors do not validate');
    const judge = (d: typeof good) => evaluate(d.descriptor, { asOf: '2021-06-01', policies: read.editions }).findings.map((f) => `${f.ruleId} ${f.status}`);
    expect(judge(good)).toEqual(['DEMO-ITEM pass', 'DEMO-PLAN pass', 'DEMO-REVIEW pass']);
    expect(judge(planless)).toContain('DEMO-PLAN fail');
  });

  it('reports the problems of every file at once: one unreadable, one with a located error', () => {
    const broken = file('broken.yaml', PACK_2020.replace('operator: exists', 'operator: exist'));
    const read = readEditionFiles([join(dir, 'gone.yaml'), broken]);
    expect(read.ok ? [] : read.diagnostics.map((d) => `${d.code} ${d.file}${d.line !== undefined ? `:${d.line}` : ''}`)).toEqual([
      `unreadable ${join(dir, 'gone.yaml')}`, `unknown-operator ${broken}:27`,
    ]);
  });
});
