import { interpolate, type Bilingual } from '../../shared/messages.js';
import { en } from './en.js';
import { ja } from './ja.js';

/** The id of a message in the catalogues. */
export type MessageId = keyof typeof en;

/** A catalogue message in both languages, with `{name}` placeholders filled from `params`. */
export function msg(id: MessageId, params: Readonly<Record<string, unknown>> = {}): Bilingual {
  return { ja: interpolate(ja[id], params), en: interpolate(en[id], params) };
}

/** A catalogue message with some placeholders filled by texts that are themselves in both languages. */
export function msgWith(id: MessageId, params: Readonly<Record<string, unknown>>, parts: Readonly<Record<string, Bilingual>>): Bilingual {
  const fill = (lang: 'ja' | 'en'): string => interpolate(lang === 'ja' ? ja[id] : en[id], { ...params, ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, v[lang]])) });
  return { ja: fill('ja'), en: fill('en') };
}

/** The same text in both languages (a file name, an id). */
export function same(text: string): Bilingual {
  return { ja: text, en: text };
}

/** Bilingual texts joined, each language with its own separator. */
export function joined(texts: readonly Bilingual[], separator: Bilingual): Bilingual {
  return { ja: texts.map((t) => t.ja).join(separator.ja), en: texts.map((t) => t.en).join(separator.en) };
}
