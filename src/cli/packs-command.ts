import { msg } from '../diagnostics/catalogue/index.js';
import type { CompiledEdition, SourceEntry } from '../engine/compiled.js';
import { citationText } from '../shared/citation.js';
import { withHint } from '../options.js';
import { bundledEditions } from '../policy/bundled.js';
import type { Lang } from '../shared/messages.js';
import { UsageError, type Flags } from './args.js';
import { editionsFromFlags } from './inputs.js';
import type { CliIo } from './io.js';
import { packsShow } from './packs-show.js';
import type { CommandRunner } from './command-line.js';

/** What kanmon packs is run with. */
export interface PacksContext {
  format: 'text' | 'json';
  lang: Lang;
  io: CliIo;
  flags: Flags;
}

/** kanmon packs [show <pack@edition>]: list the editions (bundled and --policy ones), or show one. */
export function packsCommand(args: readonly string[], ctx: PacksContext): 0 | 2 {
  const { io, lang, flags, format } = ctx;
  if (args.length > 0) {
    if (args[0] !== 'show') throw new UsageError(withHint('cli.packs-subcommand', { value: args[0] }, args[0]!, ['show']));
    return packsShow(args.slice(1), { format, resolved: flags.on('resolved'), policies: [...flags.list('only-policy'), ...flags.list('policy')], lang, io });
  }
  const editions = editionsFromFlags(flags, io, lang);
  if (editions === 'failed') return 2;
  io.stdout(listPacks(editions ?? bundledEditions(), format, lang));
  return 0;
}

/** A document's date, or the bounds of an undated one, as the bibliography gives them. */
function datesOf(doc: SourceEntry): Pick<SourceEntry, 'date' | 'notBefore' | 'notAfter'> {
  return { ...(doc.date !== undefined ? { date: doc.date } : {}), ...(doc.notBefore !== undefined ? { notBefore: doc.notBefore } : {}), ...(doc.notAfter !== undefined ? { notAfter: doc.notAfter } : {}) };
}

/** The editions by pack and date: one line each with dates, rule count and hash, then the title and the document it encodes. */
function listPacks(editions: readonly CompiledEdition[], format: 'text' | 'json', lang: Lang): string {
  const rows = [...editions]
    .sort((a, b) => a.pack.localeCompare(b.pack) || a.effective.from.localeCompare(b.effective.from))
    .map((e) => ({
      pack: e.pack, edition: e.edition, title: e.title[lang], effective: e.effective, rules: e.rules.length, hash: e.hash,
      source: { id: e.source.id, kind: e.source.kind, title: e.source.title[lang], issuer: e.source.issuer[lang], ...datesOf(e.source) },
    }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  return rows.map((r) => {
    const dates = `${msg('cli.packs.from', { from: r.effective.from })[lang]}${r.effective.until ? ` ${msg('cli.packs.until', { until: r.effective.until })[lang]}` : ''}`;
    const source = msg('format.source', { text: citationText(r.source, '', lang) })[lang];
    return `${r.pack}  ${r.edition}  ${dates}  ${msg('cli.packs.rules', { count: r.rules })[lang]}  sha256:${r.hash.slice(0, 12)}\n    ${r.title}\n    ${source}\n`;
  }).join('');
}

/** packs, as the command line runs it. */
export const runPacks: CommandRunner = (r) => packsCommand(r.args, { format: r.format as PacksContext['format'], lang: r.lang, io: r.io, flags: r.flags });
