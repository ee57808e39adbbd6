import type { SourceEntry } from '../engine/compiled.js';
import type { SourceInfo } from '../report/types.js';
import type { Lang } from '../shared/messages.js';

const cache = new WeakMap<SourceEntry, Partial<Record<Lang, SourceInfo>>>();

/** A bibliography entry as the report shows it, in one language (built once per entry and language). */
export function sourceInfo(source: SourceEntry, lang: Lang): SourceInfo {
  let byLang = cache.get(source);
  if (!byLang) { byLang = {}; cache.set(source, byLang); }
  let info = byLang[lang];
  if (!info) {
    info = { id: source.id, kind: source.kind, title: source.title[lang], issuer: source.issuer[lang] };
    if (source.date !== undefined) info.date = source.date;
    if (source.notBefore !== undefined) info.notBefore = source.notBefore;
    if (source.notAfter !== undefined) info.notAfter = source.notAfter;
    if (source.number !== undefined) info.number = source.number;
    if (source.url !== undefined) info.url = source.url;
    byLang[lang] = info;
  }
  return info;
}
