import { describe, expect, it } from 'vitest';
import { bundledBibliography, parseBibliography } from '../../src/policy/bibliography.js';
import { documentDate } from '../../src/shared/citation.js';

describe('the bibliography', () => {
  it('the bundled list loads, and every source has a date or, undated, a date it is not before or not after', () => {
    const sources = [...bundledBibliography().values()];
    expect(sources.length).toBeGreaterThan(20);
    for (const s of sources) expect(s.date !== undefined || s.notBefore !== undefined || s.notAfter !== undefined, s.id).toBe(true);
  });

  it('an undated document is shown with what bounds its date', () => {
    const doc = { title: 't', issuer: 'i' };
    expect(documentDate({ ...doc, date: '2021-03' }, 'en')).toBe('2021-03');
    expect(documentDate({ ...doc, notBefore: '2019-02-25' }, 'en')).toBe('undated (not before 2019-02-25)');
    expect(documentDate({ ...doc, notAfter: '2021-03' }, 'en')).toBe('undated (in use by 2021-03)');
    expect(documentDate({ ...doc, notAfter: '2021-03' }, 'ja')).toBe('日付なし（2021-03 以前）');
    expect(documentDate({ ...doc, notBefore: '2019', notAfter: '2021-03' }, 'en')).toBe('undated (between 2019 and 2021-03)');
  });

  it('a date with notBefore or notAfter, neither, or notAfter before notBefore is refused', () => {
    const entry = (dates: string) => `schemaVersion: 1\nsources:\n  - { id: A-1, kind: primary, title: { ja: a, en: a }, issuer: { ja: b, en: b }${dates} }\n`;
    const codes = (dates: string) => { const r = parseBibliography(entry(dates), 's.yaml'); return 'errors' in r ? r.errors.map((e) => e.code) : []; };
    expect(codes(', notAfter: "2021-03"')).toEqual([]);
    expect(codes(', notBefore: "2019", notAfter: "2021-03"')).toEqual([]);
    expect(codes(', date: "2020", notAfter: "2021-03"')).toEqual(['invalid-value']);
    expect(codes('')).toEqual(['invalid-value']);
    expect(codes(', notBefore: "2022", notAfter: "2021-03"')).toEqual(['invalid-value']);
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
