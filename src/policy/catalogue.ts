import type { CompiledCondition, CompiledEdition, CompiledLeaf, CompiledRule } from '../engine/compiled.js';
import { citationText } from '../shared/citation.js';
import { naturalCompare } from '../shared/json-pointer.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The leaves of a tree that say what an absent fact counts as (`ifAbsent`). */
function ifAbsentLeaves(tree: CompiledCondition | undefined, into: CompiledLeaf[] = []): CompiledLeaf[] {
  if (!tree) return into;
  if (tree.kind === 'leaf') { if (tree.ifAbsent !== undefined) into.push(tree); }
  else if (tree.kind === 'not') ifAbsentLeaves(tree.child, into);
  else for (const child of tree.children) ifAbsentLeaves(child, into);
  return into;
}

/** One value per edition that holds the rule, written once when every edition agrees. */
function perEdition(held: readonly string[], variants: readonly CompiledRule[], show: (r: CompiledRule) => string): string {
  const values = variants.map(show);
  return new Set(values).size === 1 ? values[0]! : held.map((ed, i) => `${values[i]} (${ed})`).join('<br>');
}

/** The rule catalogue page of one pack, in Markdown, generated from its editions. */
export function renderCatalogue(editions: readonly CompiledEdition[], pack: string): string {
  const own = editions.filter((e) => e.pack === pack).sort((a, b) => (a.effective.from < b.effective.from ? -1 : a.effective.from > b.effective.from ? 1 : 0));
  const held = new Map<string, string[]>();
  for (const e of own) for (const rule of e.rules) held.set(rule.id, [...(held.get(rule.id) ?? []), e.edition]);
  const lines: string[] = [
    `# ${pack} — rule catalogue`,
    '',
    '<!-- Generated from policies/ by `npm run generate`; do not edit by hand. -->',
    '',
    '## Editions',
    '',
    '| edition | in force | title | source | sha256 |',
    '|---|---|---|---|---|',
    ...own.map((e) => `| ${e.edition} | ${e.effective.from}${e.effective.until ? ` – ${e.effective.until}` : ' –'} | ${cell(e.title.ja)}<br>${cell(e.title.en)} | ${cell(citationText({ title: e.source.title.ja, issuer: e.source.issuer.ja, ...dates(e.source) }, '', 'ja'))} | \`${e.hash.slice(0, 12)}\` |`),
    '',
    '## Rules',
    '',
    '| id | rule | severity | basis | source and section | judges | phases | editions |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const absent: string[] = [];
  for (const [id, eds] of [...held].sort(([a], [b]) => naturalCompare(a, b))) {
    const variants = own.filter((e) => eds.includes(e.edition)).map((e) => e.rules.find((r) => r.id === id)!);
    const latest = variants[variants.length - 1]!;
    const cites = (r: CompiledRule): string => [
      citationText({ title: r.source.title.ja, issuer: r.source.issuer.ja, ...dates(r.source) }, r.section, 'ja'),
      ...(r.seeAlso ?? []).map((c) => citationText({ title: c.source.title.ja, issuer: c.source.issuer.ja, ...dates(c.source) }, c.section, 'ja')),
    ].join('; ');
    const judges = (r: CompiledRule): string => {
      const act = r.actDate ? `acts dated by ${r.actDate.fact}${r.actDate.path.slice(1)}` : 'present state at as-of';
      const range = r.effective ? ` (rule in force ${r.effective.from ?? '…'} – ${r.effective.until ?? ''})` : '';
      return act + range;
    };
    lines.push(`| ${id} | ${cell(latest.title.ja)}<br>${cell(latest.title.en)} | ${perEdition(eds, variants, (r) => r.severity)} | ${perEdition(eds, variants, (r) => r.basis)} | ${cell(perEdition(eds, variants, cites))} | ${cell(perEdition(eds, variants, judges))} | ${latest.phases?.join(', ') ?? 'all'} | ${eds.join(', ')} |`);
    for (const [i, r] of variants.entries()) {
      for (const leaf of [...ifAbsentLeaves(r.when), ...ifAbsentLeaves(r.check)]) {
        absent.push(`| ${id} | ${eds[i]} | \`${leaf.fact}${leaf.path.slice(1)} ${leaf.operator.name}\` | ${leaf.ifAbsent} |`);
      }
    }
  }
  lines.push('', '## Where absence counts as something', '');
  if (absent.length === 0) lines.push('No rule of this pack turns an absent fact into a known one: every absent fact makes its rule `missing`.');
  else lines.push('An absent fact normally makes a comparison unknown, so its rule reports `missing`. These comparisons say otherwise (`ifAbsent`):', '', '| rule | edition | comparison | absent counts as |', '|---|---|---|---|', ...absent);
  lines.push('', 'Severity: error = 指摘事項 (must fix), warning = 意見 (should fix), info = 参考. Basis (it bounds the severity):',
    'primary = the issuing body\'s own text (may be error); audit = an oversight body\'s finding or opinion, study = a',
    'non-binding study, secondary = a reliable third-party account of a primary text (at most warning); unverified =',
    'not checked against any source (at most info). Sources are listed in [docs/sources.md](../sources.md).', '');
  return lines.join('\n');
}

function dates(source: { date?: string; notBefore?: string; notAfter?: string }): { date?: string; notBefore?: string; notAfter?: string } {
  return {
    ...(source.date !== undefined ? { date: source.date } : {}),
    ...(source.notBefore !== undefined ? { notBefore: source.notBefore } : {}),
    ...(source.notAfter !== undefined ? { notAfter: source.notAfter } : {}),
  };
}
