import { describe, expect, it } from 'vitest';
import { parseDescriptor, validateDescriptor } from '../../src/descriptor/validate.js';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';
import { evaluate } from '../../src/evaluate.js';

const valid = `schemaVersion: 1
id: sample
organisation:
  kind: national_ministry
  name: 架空省
project:
  name: 申請システム
`;

const problemsOf = (text: string, file = 'd.yaml') => {
  const r = parseDescriptor(text, file);
  if (r.ok) throw new Error('expected problems');
  return r.diagnostics;
};

describe('parseDescriptor / validateDescriptor', () => {
  it('accepts a minimal descriptor and keeps its source for line:column', () => {
    const r = parseDescriptor(valid, 'd.yaml');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.source?.locate('/project/name')).toMatchObject({ line: 7, column: 9 });
  });

  it('reports every schema problem at once, each with pointer, line and column, in both languages', () => {
    const problems = problemsOf(`schemaVersion: 1
id: sample
organisation:
  kind: ministry
  name: 架空省
project:
  name: x
  plna: {}
  runningSince: 2019-02-30
`);
    expect(problems.map((p) => [p.code, p.pointer, p.line, p.column])).toEqual([
      ['invalid-value', '/organisation/kind', 4, 9],
      ['unknown-property', '/project/plna', 8, 3],
      ['invalid-date', '/project/runningSince', 9, 17],
    ]);
    const unknown = problems[1]!;
    expect(unknown.message.en).toContain('Did you mean "plan"?');
    expect(unknown.message.ja).toContain('「plan」の誤りではありませんか');
    for (const p of problems) {
      expect(p.file).toBe('d.yaml');
      expect(p.message.ja.length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
    }
  });

  it('names a missing required property at its would-be pointer, located at the parent', () => {
    const problems = problemsOf('schemaVersion: 1\nid: x\norganisation:\n  name: 架空省\n');
    expect(problems).toEqual([expect.objectContaining({ code: 'missing-property', pointer: '/organisation/kind', line: 4, column: 3 })]);
  });

  it('rejects an unsupported schemaVersion with its own code', () => {
    expect(problemsOf(valid.replace('schemaVersion: 1', 'schemaVersion: 2'))[0]).toMatchObject({ code: 'unsupported-schema-version', pointer: '/schemaVersion', line: 1 });
  });

  it('lets x- keys through anywhere and rejects other unknown keys', () => {
    expect(parseDescriptor(`${valid}x-team: platform\n`).ok).toBe(true);
    expect(parseDescriptor(valid.replace('  name: 申請システム', '  name: 申請システム\n  x-note: {a: 1}')).ok).toBe(true);
    expect(problemsOf(`${valid}team: platform\n`)[0]).toMatchObject({ code: 'unknown-property', pointer: '/team' });
  });

  it('reports YAML syntax errors and duplicate keys with line and column', () => {
    expect(problemsOf('schemaVersion: 1\nid: [unclosed\n')[0]).toMatchObject({ code: 'syntax', line: expect.any(Number) });
    expect(problemsOf('schemaVersion: 1\nid: a\nid: b\n')[0]).toMatchObject({ code: 'duplicate-key', line: 3, column: 1 });
  });

  it('reads JSON with positions too', () => {
    const problems = problemsOf('{\n  "schemaVersion": 1,\n  "id": "x",\n  "organisation": {"kind": "national_ministry", "name": "a"},\n  "bogus": true\n}', 'd.json');
    expect(problems[0]).toMatchObject({ code: 'unknown-property', pointer: '/bogus', line: 5, column: 3 });
  });

  it('refuses alias bombs, non-objects and oversized files without crashing', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(problemsOf(bomb)[0]!.code).toBe('alias-limit');
    expect(problemsOf('- just\n- a list\n')[0]!.code).toBe('not-an-object');
    expect(problemsOf('x'.repeat(5 * 1024 * 1024 + 1))[0]!.code).toBe('too-large');
  });

  it('treats a __proto__ key as an unknown property, not as a prototype', () => {
    const problems = problemsOf(`${valid}__proto__:\n  polluted: true\n`);
    expect(problems[0]).toMatchObject({ code: 'unknown-property', pointer: '/__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('validates plain objects (no source) with pointers but no positions', () => {
    const r = validateDescriptor({ schemaVersion: 1, id: 'x', organisation: { kind: 'nope', name: 'a' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostics[0]).toMatchObject({ code: 'invalid-value', pointer: '/organisation/kind' });
      expect(r.diagnostics[0]!.line).toBeUndefined();
    }
  });

  it('evaluate() throws KanmonError carrying the problems and evaluates nothing', () => {
    // Passed as data (unknown): a literal this incomplete is a compile error, which is the point of the types.
    const incomplete: unknown = { schemaVersion: 1 };
    expect(() => evaluate(incomplete)).toThrow(KanmonError);
    try { evaluate(incomplete); } catch (error) {
      expect((error as KanmonError).diagnostics.map((p) => p.pointer).sort()).toEqual(['/id', '/organisation']);
    }
  });
});

describe('blank text', () => {
  it('a waiver whose approver or justification is blank in any script is a schema error', () => {
    const waiver = (approver: string, justification: string) => ({
      schemaVersion: 1, id: 'w', organisation: { kind: 'national_ministry', name: 'x' },
      waivers: [{ ruleId: 'SG-PLAN-01', pointer: '', approver, justification, expires: '2030-01-01' }],
    });
    const blanks = (d: unknown) => {
      const r = validateDescriptor(d);
      return r.ok ? [] : r.diagnostics.map((p) => [p.code, p.pointer]);
    };
    expect(blanks(waiver('CIO', '計画書は作成中'))).toEqual([]);
    for (const blank of ['', ' ', '\u3000', ' \t\u3000\n', '\u00a0']) {
      expect(blanks(waiver(blank, '理由'))).toEqual([['blank', '/waivers/0/approver']]);
      expect(blanks(waiver('CIO', blank))).toEqual([['blank', '/waivers/0/justification']]);
    }
    const r = validateDescriptor(waiver('\u3000', '理由'));
    expect(r.ok ? '' : r.diagnostics[0]!.message.en).toContain('full-width spaces');
  });
});

describe('syntax error cascades', () => {
  it('keep the first error per line and at most ten, saying how many more lines are affected', () => {
    const text = 'schemaVersion: 1\nid: x\n' + Array.from({ length: 40 }, (_, i) => `  - {fact: item, path: $.a[${i}], operator: exists}`).join('\n');
    const r = parseDescriptor(`organisation:\n  - [oops\n${text}`, 'cascade.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.diagnostics.length).toBeLessThanOrEqual(10);
      expect(new Set(r.diagnostics.map((p) => p.line)).size).toBe(r.diagnostics.length);
    }
  });
});

describe('unknown keys deep in the descriptor', () => {
  it('suggest the closest known key of the object they are in, also inside list items', () => {
    const r = validateDescriptor({ schemaVersion: 1, id: 'x', organisation: { kind: 'municipality', name: 'a' }, workItems: [{ id: 'w', kind: 'new_build', startedOm: '2020-01-01' }] });
    expect(!r.ok && r.diagnostics.map((d) => [d.pointer, d.params?.suggestion])).toEqual([['/workItems/0/startedOm', 'startedOn']]);
  });
});

describe('schema problems of unusual keys', () => {
  it('an unknown key with / or ~ in it gets an RFC 6901 pointer and the line of its key', () => {
    const problems = problemsOf(`${valid}a/b~c: 1\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'unknown-property', pointer: '/a~1b~0c', line: 8, column: 1 });
  });

  it('a missing property of an object under such a key is placed inside it', () => {
    const problems = problemsOf(valid.replace('organisation:\n  kind: national_ministry\n  name: 架空省\n', 'organisation:\n  kind: national_ministry\n'));
    expect(problems[0]).toMatchObject({ code: 'missing-property', pointer: '/organisation/name', line: 4, column: 3 });
  });
});
