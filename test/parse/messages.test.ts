import { describe, expect, it } from 'vitest';
import { en } from '../../src/diagnostics/catalogue/en.js';
import { ja } from '../../src/diagnostics/catalogue/ja.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z0-9_.]+)\}/g)].map((m) => m[1]!).sort();

describe('parse and input messages', () => {
  const ids = Object.keys(en).filter((id) => id.startsWith('parse.') || id.startsWith('input.')) as (keyof typeof en)[];

  it('there are some', () => expect(ids.length).toBeGreaterThan(20));

  for (const id of ids) {
    it(`${id}: Japanese and English with the same placeholders`, () => {
      expect(ja[id]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(placeholders(ja[id])).toEqual(placeholders(en[id]));
    });
  }
});
