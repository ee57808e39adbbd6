import { Document, isScalar, visit } from 'yaml';
import { BUNDLED_EDITIONS } from '../policy/bundled/packs.generated.js';
import { loadEditionSet, type LoadedEdition } from '../policy/load.js';
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
  if (!ref) return say({ ja: '表示する版を一つ、パック@版 の形で指定してください（例: kanmon packs show standard-guideline@2019-02 --resolved）。', en: 'Name one edition as pack@edition, e.g. kanmon packs show standard-guideline@2019-02 --resolved.' });
  const [, pack, edition] = ref as unknown as [string, string, string];

  const files = readPolicyFiles(ctx.policies, io, lang);
  const own = loadEditionSet(files.read, { bundled: true });
  if (own.errors.length > 0) { io.stderr(describePolicyErrors(own.errors, lang)); return 2; }
  if (files.failed) return 2;
  const find = (list: readonly LoadedEdition[]): LoadedEdition | undefined => list.find((e) => e.written?.pack === pack && e.written.edition === edition);
  const bundled = loadEditionSet(BUNDLED_EDITIONS).editions;
  const found = find(own.editions) ?? find(bundled);
  if (!found?.written || !found.resolved) {
    const have = [...own.editions, ...bundled].filter((e) => e.written?.pack === pack).map((e) => e.written!.edition);
    return say(have.length
      ? { ja: `パック ${pack} に版 ${edition} はありません（あるのは ${[...new Set(have)].sort().join(', ')}）。`, en: `Pack ${pack} has no edition ${edition} (it has ${[...new Set(have)].sort().join(', ')}).` }
      : { ja: `パック ${pack} はありません。kanmon packs で一覧を確認してください。`, en: `There is no pack ${pack}. See kanmon packs.` });
  }
  if (ctx.format === 'json') io.stdout(`${JSON.stringify(ctx.resolved ? found.resolved : found.written, null, 2)}\n`);
  // As written, the file itself is shown: its comments say why the edition changed what it changed.
  else if (ctx.resolved) io.stdout(toYaml(found.resolved));
  else {
    const text = 'text' in found.source ? found.source.text : readText(packageFile(found.source.file ?? ''), io, lang);
    if (typeof text !== 'string' && 'error' in text) return 2;
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
