import type { CompiledEdition, CompiledRule } from '../engine/compiled.js';
import { naturalCompare } from '../shared/json-pointer.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The rule catalogue page of one pack, in Markdown, generated from its editions. */
export function renderCatalogue(editions: readonly CompiledEdition[], pack: string): string {
  const own = editions.filter((e) => e.pack === pack).sort((a, b) => a.effective.from.localeCompare(b.effective.from));
  const latest = new Map<string, { rule: CompiledRule; editions: string[] }>();
  for (const e of own) {
    for (const rule of e.rules) {
      const entry = latest.get(rule.id);
      latest.set(rule.id, { rule, editions: [...(entry?.editions ?? []), e.edition] });
    }
  }
  const lines: string[] = [
    `# ${pack} — rule catalogue`,
    '',
    '<!-- Generated from policies/ by `npm run generate`; do not edit by hand. -->',
    '',
    '## Editions',
    '',
    '| edition | in force | title | source | sha256 |',
    '|---|---|---|---|---|',
    ...own.map((e) => `| ${e.edition} | ${e.effective.from}${e.effective.until ? ` – ${e.effective.until}` : ' –'} | ${cell(e.title.ja)}<br>${cell(e.title.en)} | ${cell(`${e.source.issuer}「${e.source.title}」${e.source.date}`)} | \`${e.hash.slice(0, 12)}\` |`),
    '',
    '## Rules',
    '',
    '| id | rule | severity | basis | citation | phases | editions |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [id, { rule, editions: held }] of [...latest].sort(([a], [b]) => naturalCompare(a, b))) {
    const variants = own.filter((e) => held.includes(e.edition)).map((e) => e.rules.find((r) => r.id === id)!);
    const severities = [...new Set(variants.map((r) => r.severity))];
    const severity = severities.length > 1
      ? held.map((ed, i) => `${variants[i]!.severity} (${ed})`).join(', ')
      : rule.severity;
    lines.push(`| ${id} | ${cell(rule.title.ja)}<br>${cell(rule.title.en)} | ${severity} | ${rule.basis} | ${cell(rule.citation)} | ${rule.phases?.join(', ') ?? 'all'} | ${held.join(', ')} |`);
  }
  lines.push('', 'Severity: error = 指摘事項 (must fix), warning = 意見 (should fix), info = 参考. Basis: seed = one of the',
    "project's source documents; primary = an official document; secondary = a paraphrase by a third party;",
    'unverified = background knowledge, at most a warning.', '');
  return lines.join('\n');
}
