import { describe, expect, it } from 'vitest';
import { en } from '../../src/diagnostics/catalogue/en.js';
import { ja } from '../../src/diagnostics/catalogue/ja.js';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{([A-Za-z0-9_.]+)\}/g)].map((m) => m[1]!))].sort();

describe('message catalogues', () => {
  it('have the same ids in Japanese and English', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('fill the same placeholders in both languages', () => {
    const differ = Object.keys(en).filter((id) => placeholders(en[id as keyof typeof en]).join() !== placeholders(ja[id as keyof typeof ja]).join());
    expect(differ).toEqual([]);
  });

  it('have Japanese text in Japanese, and no Japanese in English', () => {
    // Every Japanese message says something in Japanese (kana or kanji), unless it is only placeholders and symbols.
    const jaWithoutJapanese = Object.entries(ja).filter(([, t]) => /[A-Za-z]{4,}/.test(t.replace(/\{[^}]*\}/g, '').replace(/`[^`]*`|[A-Za-z_.-]*[A-Z0-9_.-]{2,}|https?:\S+/g, '')) && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(t));
    expect(jaWithoutJapanese.map(([id]) => id)).toEqual([]);
    const enWithJapanese = Object.entries(en).filter(([, t]) => /[\u3040-\u30ff]/.test(t));
    expect(enWithJapanese.map(([id]) => id)).toEqual([]);
  });
});
