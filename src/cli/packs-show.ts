import { Document, isScalar, visit } from 'yaml';
import { BUNDLED_EDITIONS } from '../policy/bundled/packs.generated.js';
import { loadEditionSet, type LoadedEdition } from '../policy/load.js';
import { msg } from '../diagnostics/catalogue/index.js';
import { withHint } from '../options.js';
import type { Bilingual, Lang } from '../shared/messages.js';
import { describePolicyErrors, readPolicyFiles, readText } from './inputs.js';
import { packageFile } from './package-root.js';
import type { CliIo } from './io.js';

interface ShowContext {
  format: 'text' | 'json';
  resolved: boolean;
  policies: readonly string[];
  lang: Lang;
  io: CliIo;
}

/**
 * kanmon packs show <pack>@<edition> [--resolved]: one edition as its file states it, or with
 * --resolved in full (inherited rules in place, definitions expanded), as YAML or JSON. --policy
 * files are looked at first, then the bundled editions. Exit 0, or 2 when the edition cannot be shown.
 */
export function packsShow(args: readonly string[], ctx: ShowContext): 0 | 2 {
  const { io, lang } = ctx;
  const say = (text: Bilingual): 2 => { io.stderr(`kanmon: ${text[lang]}\n`); return 2; };
  const ref = args.length === 1 ? /^([a-z][a-z0-9-]*)@(.+)$/.exec(args[0]!) : null;
  if (!ref) return say(msg('cli.packs-show-ref'));
  const [, pack, edition] = ref as unknown as [string, string, string];

  const files = readPolicyFiles(ctx.policies, io, lang);
  const own = loadEditionSet(files.read, { bundled: true });
  if (own.errors.length > 0) { io.stderr(describePolicyErrors(own.errors, lang)); return 2; }
  if (files.failed) return 2;
  const find = (list: readonly LoadedEdition[]): LoadedEdition | undefined => list.find((e) => e.written?.pack === pack && e.written.edition === edition);
  const bundled = loadEditionSet(BUNDLED_EDITIONS).editions;
  const found = find(own.editions) ?? find(bundled);
  if (!found?.written || !found.resolved) {
    const all = [...own.editions, ...bundled].flatMap((e) => (e.written ? [e.written] : []));
    const have = [...new Set(all.filter((e) => e.pack === pack).map((e) => e.edition))].sort();
    return say(have.length
      ? withHint('cli.pack-no-edition', { pack, edition, have: have.join(', ') }, edition, have)
      : withHint('cli.no-pack', { pack }, pack, all.map((e) => e.pack)));
  }
  if (ctx.format === 'json') io.stdout(`${JSON.stringify(ctx.resolved ? found.resolved : found.written, null, 2)}\n`);
  // As written, the file itself is shown: its comments say why the edition changed what it changed.
  else if (ctx.resolved) io.stdout(toYaml(found.resolved));
  else {
    const text = 'text' in found.source ? found.source.text : readText(packageFile(found.source.file ?? ''), io, lang);
    if (typeof text !== 'string' && 'diagnostics' in text) return 2;
    io.stdout(ensureNewline(typeof text === 'string' ? text : text.text));
  }
  return 0;
}

// YAML 1.1's quoting keeps dates and words like "no" strings for every YAML reader; short lists stay on one line as the packs write them.
function toYaml(value: unknown): string {
  const doc = new Document(value, { version: '1.1' });
  visit(doc, { Seq(_, node) { if (node.items.every(isScalar)) node.flow = true; } });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const ensureNewline = (text: string): string => (text.endsWith('\n') ? text : `${text}\n`);
