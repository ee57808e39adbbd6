import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, japanDate } from '../../src/shared/dates.js';
import { sha256Hex } from '../../src/shared/sha256.js';

describe('sha256Hex', () => {
  it('equals node:crypto on any text, including Japanese and block boundaries', () => {
    for (const t of ['', 'abc', 'あ'.repeat(21), 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64)]) {
      expect(sha256Hex(t)).toBe(createHash('sha256').update(t, 'utf8').digest('hex'));
    }
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (t) => sha256Hex(t) === createHash('sha256').update(t, 'utf8').digest('hex')));
  });
});

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2019-2-1')).toBe(false);
    expect(isIsoDate('令和元年5月1日')).toBe(false);
  });
  it('adds days and reads the Japan-time date', () => {
    expect(addDays('2020-02-28', 2)).toBe('2020-03-01');
    expect(japanDate(Date.parse('2024-03-31T14:59:59Z'))).toBe('2024-03-31');
    expect(japanDate(Date.parse('2024-03-31T15:00:00Z'))).toBe('2024-04-01');
  });
});

describe('date arithmetic agrees with the platform', () => {
  it('isIsoDate and dayNumber match Date for every day from 1900 to 2100', async () => {
    const { dayNumber } = await import('../../src/shared/dates.js');
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(isIsoDate(iso)).toBe(true);
      expect(dayNumber(iso)).toBe(t / 86_400_000);
    }
    for (const bad of ['1900-02-29', '2100-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00']) expect(isIsoDate(bad)).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });
});
