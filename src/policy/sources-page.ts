import type { CompiledEdition, SourceEntry } from '../engine/compiled.js';
import { documentDate, sectionText } from '../shared/citation.js';
import { naturalCompare } from '../shared/json-pointer.js';
import type { Bibliography } from './bibliography.js';

const KIND: Record<SourceEntry['kind'], string> = {
  primary: 'primary — the issuing body\'s own text / 発行主体の原文',
  audit: 'audit — an oversight body\'s finding or opinion / 監査の指摘・意見',
  study: 'study — a non-binding study or report / 調査研究',
  secondary: 'secondary — a reliable third-party account of a primary text / 二次資料',
};

/** docs/sources.md: every document of the bibliography, with the rules (and editions) that cite it. */
export function renderBibliography(bibliography: Bibliography, editions: readonly CompiledEdition[]): string {
  const citing = new Map<string, Set<string>>();
  const add = (id: string, line: string): void => { if (!citing.has(id)) citing.set(id, new Set()); citing.get(id)!.add(line); };
  for (const e of editions) {
    add(e.source.id, `edition ${e.pack}@${e.edition}`);
    for (const r of e.rules) {
      add(r.source.id, `${r.id} (${e.pack}@${e.edition}) — ${sectionText(r.section, 'en')}`);
      for (const c of r.seeAlso ?? []) add(c.source.id, `${r.id} (${e.pack}@${e.edition}) — ${sectionText(c.section, 'en')}, see also`);
    }
  }
  const lines = [
    '# Sources / 出典',
    '',
    '<!-- Generated from policies/sources.yaml and policies/ by `npm run generate`; do not edit by hand. -->',
    '',
    'Every rule cites a document of this list and a section of it; every finding shows the document\'s',
    'title, issuer and date beside the section. The kind of a document bounds how severe a rule resting',
    'on it may be (see [policy-format.md](policy-format.md)). A date is as precise as the document',
    'itself; an undated document gives the date it cannot be older than. A URL is given only where a',
    'public copy was confirmed.',
    '',
  ];
  for (const s of [...bibliography.values()].sort((a, b) => naturalCompare(a.id, b.id))) {
    lines.push(`## ${s.id}`, '', `**${s.title.ja}**<br>${s.title.en}`, '');
    lines.push(`- issuer / 発行: ${s.issuer.ja} — ${s.issuer.en}`);
    lines.push(`- date / 日付: ${documentDate(s, 'en')}${s.date === undefined ? ` / ${documentDate(s, 'ja')}` : ''}`);
    if (s.number) lines.push(`- number / 番号: ${s.number}`);
    lines.push(`- kind / 種類: ${KIND[s.kind]}`);
    if (s.url) lines.push(`- public copy / 公開先: <${s.url}>`);
    for (const r of s.revisions ?? []) lines.push(`- revised / 改定 ${r.date}: ${r.note.ja} — ${r.note.en}`);
    if (s.note) lines.push(`- note / 注: ${s.note.ja}<br>${s.note.en}`);
    const cited = [...(citing.get(s.id) ?? [])].sort(naturalCompare);
    lines.push('', cited.length ? `Cited by / 引用: ${cited.join('; ')}` : 'Not cited by a bundled rule (kept for the documents that refer to it).', '');
  }
  return lines.join('\n');
}
