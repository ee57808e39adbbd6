import { diffEditions } from '../diff/diff-editions.js';
import { formatDiff } from '../diff/format.js';
import { impact } from '../diff/impact.js';
import type { CompiledEdition } from '../engine/compiled.js';
import { bundledEditions } from '../policy/bundled.js';
import type { Bilingual, Lang } from '../shared/messages.js';
import { loadPolicies, readDescriptor } from './inputs.js';
import type { CliIo } from './io.js';

interface DiffContext {
  format: string | undefined;
  asOf: string | undefined;
  lang: Lang;
  io: CliIo;
  policies: readonly string[];
  failOnChange: boolean;
}

/**
 * kanmon diff <from> <to> [descriptor...]: compare two editions of a pack (each `pack@edition` from
 * the bundled packs or a --policy file, or a path to an edition file) and, given descriptors, show
 * every finding whose status changes. Exit 0, or 1 with --fail-on-change when a verdict changes; 2 on bad input.
 */
export function diffCommand(args: readonly string[], ctx: DiffContext): 0 | 1 | 2 {
  const { io, lang } = ctx;
  const say = (text: Bilingual): 2 => { io.stderr(`kanmon: ${text[lang]}\n`); return 2; };
  const format = ctx.format ?? 'text';
  if (format !== 'text' && format !== 'json') return say({ ja: `diff の --format は text か json です（指定: ${format}）。`, en: `--format for diff must be text or json (got ${format}).` });
  if (args.length < 2) return say({ ja: '比べる二つの版を指定してください（例: kanmon diff standard-guideline@2014-12 standard-guideline@2019-02 [記述子...]）。', en: 'Name two editions to compare, e.g. kanmon diff standard-guideline@2014-12 standard-guideline@2019-02 [descriptor...].' });

  const extra = ctx.policies.length ? loadPolicies(ctx.policies, io, lang) : [];
  if (extra === 'failed') return 2;
  const known = [...extra, ...bundledEditions()];
  const resolve = (ref: string): CompiledEdition | undefined => {
    const at = /^([a-z][a-z0-9-]*)@(.+)$/.exec(ref);
    if (at) return known.find((e) => e.pack === at[1] && e.edition === at[2]);
    const loaded = loadPolicies([ref], io, lang);
    return loaded === 'failed' ? undefined : loaded[0];
  };
  const [fromRef, toRef, ...files] = args as [string, string, ...string[]];
  const from = resolve(fromRef);
  const to = resolve(toRef);
  if (!from || !to) {
    const missing = !from ? fromRef : toRef;
    return say({ ja: `版 ${missing} が見つかりません。kanmon packs で一覧を確認してください。`, en: `Edition ${missing} not found. See kanmon packs.` });
  }
  if (from.pack !== to.pack) return say({ ja: `異なるパックの版は比べられません（${from.pack} と ${to.pack}）。`, en: `Cannot compare editions of different packs (${from.pack} and ${to.pack}).` });

  const descriptors = [];
  for (const file of files) {
    const parsed = readDescriptor(file, io, lang);
    if (!parsed) return 2;
    descriptors.push(parsed.descriptor);
  }
  const diff = diffEditions(from, to);
  const effect = descriptors.length ? impact(from, to, descriptors, { lang, ...(ctx.asOf !== undefined ? { asOf: ctx.asOf } : {}) }) : undefined;
  io.stdout(format === 'json' ? `${JSON.stringify({ diff, impact: effect ?? null }, null, 2)}\n` : `${formatDiff(diff, effect, lang)}\n`);
  const verdictChanged = effect?.descriptors.some((d) => d.before !== d.after) ?? false;
  return ctx.failOnChange && verdictChanged ? 1 : 0;
}
