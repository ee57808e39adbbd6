import { describe, expect, it } from 'vitest';
import { bundledBibliography, parseBibliography } from '../../src/policy/bibliography.js';

describe('the bibliography', () => {
  it('the bundled list loads, and every source has a date or, undated, the date it is not before', () => {
    const sources = [...bundledBibliography().values()];
    expect(sources.length).toBeGreaterThan(20);
    for (const s of sources) expect(s.date !== undefined || s.notBefore !== undefined, s.id).toBe(true);
  });

  it('a source with both a date and notBefore, or a repeated id, is refused with its line', () => {
    const text = [
      'schemaVersion: 1',
      'sources:',
      '  - { id: A-1, kind: primary, title: { ja: a, en: a }, issuer: { ja: b, en: b }, date: "2020", notBefore: "2019" }',
      '  - { id: A-1, kind: study, title: { ja: a, en: a }, issuer: { ja: b, en: b }, date: "2020" }',
    ].join('\n');
    const result = parseBibliography(text, 'sources.yaml');
    expect('errors' in result && result.errors.map((e) => [e.code, e.line])).toEqual([['invalid-value', 3], ['duplicate-source', 4]]);
  });

  it('an unknown kind or a blank title is a schema error at its place', () => {
    const text = 'schemaVersion: 1\nsources:\n  - { id: A-1, kind: blog, title: { ja: " ", en: a }, issuer: { ja: b, en: b }, date: "2020" }\n';
    const result = parseBibliography(text, 'sources.yaml');
    expect('errors' in result && result.errors.map((e) => [e.code, e.pointer])).toEqual([['invalid-value', '/sources/0/kind'], ['blank', '/sources/0/title/ja']]);
  });
});
