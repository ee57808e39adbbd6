import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate.js';
import { KanmonError } from '../../src/diagnostics/diagnostic.js';
import { parseRegistry } from '../../src/registry/parse.js';
import { cloudProject, ismapRegistry } from '../fixtures/cloud-project.js';

const HEADER = 'registrationNumber,service,provider,listingType,registeredOn,expiresOn,scope';

describe('parseRegistry', () => {
  it('reads the CSV and JSON fixtures to the same entries as the TypeScript fixture', () => {
    const csv = parseRegistry(readFileSync('test/fixtures/ismap-registry.csv', 'utf8'), 'ismap-registry.csv');
    const json = parseRegistry(readFileSync('test/fixtures/ismap-registry.json', 'utf8'), 'ismap-registry.json');
    expect(csv.ok && csv.snapshot.entries).toEqual(ismapRegistry.entries);
    expect(json.ok && json.snapshot).toEqual(ismapRegistry);
  });

  it('handles quoted fields, doubled quotes, CRLF, a BOM, blank lines and any column order', () => {
    const text = `\uFEFFexpiresOn,registrationNumber,listingType,service,provider,registeredOn\r\n\r\n2026-01-31,"X-1",ismap,"Say ""hi"", ok","A\nB",2024-01-01\r\n`;
    const r = parseRegistry(text, 'x.csv');
    expect(r.ok && r.snapshot.entries).toEqual([{ registrationNumber: 'X-1', service: 'Say "hi", ok', provider: 'A\nB', listingType: 'ismap', registeredOn: '2024-01-01', expiresOn: '2026-01-31' }]);
  });

  it('reports every problem with its line, in Japanese and English', () => {
    const text = [HEADER, 'A-1,s,p,ismap,2021-01-01,2020-01-01,', 'A-2,s,p,gold,2021-13-01,2022-01-01,', 'A-1,s,p,ismap,2021-01-01,2022-01-01,', 'A-3,s,p'].join('\n');
    const r = parseRegistry(text, 'r.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map((p) => [p.code, p.line])).toEqual([
      ['invalid-date-range', 2], ['invalid-field', 3], ['invalid-field', 3], ['duplicate-registration', 4], ['wrong-field-count', 5],
    ]);
    expect(r.diagnostics[0]!.message.ja).toContain('登録日');
    expect(r.diagnostics[3]!.message.en).toContain('line 2');
  });

  it('rejects a header with an unknown or missing column, and an unclosed quote', () => {
    const bad = parseRegistry('registrationNumber,service,colour\n', 'h.csv');
    expect(!bad.ok && bad.diagnostics.map((p) => p.code)).toEqual(['unknown-column', 'missing-column', 'missing-column', 'missing-column', 'missing-column']);
    const quote = parseRegistry(`${HEADER}\n"A-1,s,p,ismap,2021-01-01,2022-01-01,\n`, 'q.csv');
    expect(!quote.ok && quote.diagnostics).toMatchObject([{ code: 'syntax', line: 2 }]);
    const empty = parseRegistry('', 'e.csv');
    expect(!empty.ok && empty.diagnostics[0]!.code).toBe('empty');
  });

  it('locates JSON problems by line and column', () => {
    const text = '{\n  "takenOn": "2024-02-30",\n  "entries": [\n    { "registrationNumber": "A", "service": "s", "provider": "p", "listingType": "ismap", "registeredOn": "2021-01-01", "expiresOn": 5 }\n  ]\n}\n';
    const r = parseRegistry(text, 's.json');
    expect(!r.ok && r.diagnostics.map((p) => [p.code, p.line])).toEqual([['invalid-field', 2], ['invalid-field', 4]]);
    expect(!parseRegistry('[1', 's.json').ok).toBe(true);
    expect(parseRegistry('[]', 's.json')).toEqual({ ok: true, snapshot: { entries: [] } });
  });
});

describe('evaluate() with an ismapRegistry option', () => {
  it('throws a KanmonError for a malformed snapshot, before evaluating', () => {
    expect(() => evaluate(cloudProject, { ismapRegistry: { entries: [{ registrationNumber: 'A' }] } as never })).toThrow(KanmonError);
  });

  it('says in report.notes whether the registry was consulted', () => {
    expect(evaluate(cloudProject, { packs: ['ismap'], asOf: '2024-06-01' }).notes).toEqual([expect.stringMatching(/not consulted/)]);
    expect(evaluate(cloudProject, { packs: ['ismap'], asOf: '2024-06-01', ismapRegistry, lang: 'ja' }).notes).toEqual([expect.stringMatching(/3 件と照合/)]);
    expect(evaluate({ ...cloudProject, cloudServices: [] }, { packs: ['ismap'], asOf: '2024-06-01' }).notes).toEqual([]);
  });
});
