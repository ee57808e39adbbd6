import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('are where all Japanese text of the code is: no sentence is written inline elsewhere', () => {
    // Allowed elsewhere: comments, generated data (packs, validators), the playground's own page
    // strings, and the bilingual headings of the documentation pages the build writes (the rule
    // catalogue and the sources page: docs, not messages).
    const src = new URL('../../src/', import.meta.url).pathname;
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const allowed = /[\\/](diagnostics[\\/]catalogue|playground[\\/]strings)[\\/]|\.generated\.ts$|[\\/]policy[\\/](sources-page|catalogue)\.ts$/;
    const inline = files(src).filter((f) => !allowed.test(f)).filter((f) => {
      const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
      return /[\u3040-\u30ff\u4e00-\u9fff]/.test(code);
    });
    expect(inline.map((f) => f.slice(src.length))).toEqual([]);
  });
});

