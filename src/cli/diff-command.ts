import { diffEditions } from '../diff/diff-editions.js';
import { formatDiff } from '../diff/format.js';
import { ImpactOfValid } from '../diff/impact.js';
import type { CompiledEdition } from '../engine/compiled.js';
import { bundledEditions } from '../policy/bundled.js';
import type { Bilingual, Lang } from '../shared/messages.js';
import { msg } from '../diagnostics/catalogue/index.js';
import { withHint } from '../options.js';
import { failOnFlag, type Flags } from './args.js';
import { expandInputs } from './expand-inputs.js';
import { editionsFromFlags, loadPolicies, readDescriptor } from './inputs.js';
import type { CliIo } from './io.js';
import type { CommandRunner } from './command-line.js';

interface DiffContext {
  format: 'text' | 'json';
  lang: Lang;
  io: CliIo;
  flags: Flags;
}

/**
 * kanmon diff <from> <to> [descriptor...]: compare two editions of a pack (each `pack@edition` from
 * the bundled packs or a --policy file, or a path to an edition file) and, given descriptors, show
 * every finding whose status changes, each verdict judged with --fail-on as check judges it. Exit 0,
 * or 1 with --fail-on-change when a verdict changes; 2 on bad input.
 */
export function diffCommand(args: readonly string[], ctx: DiffContext): 0 | 1 | 2 {
  const { io, lang } = ctx;
  const say = (text: Bilingual): 2 => { io.stderr(`kanmon: ${text[lang]}\n`); return 2; };
  const { format, flags } = ctx;
  if (args.length < 2) return say(msg('cli.diff-two-editions'));
  // A threshold that is not a severity is refused even when no descriptor is given to judge with it.
  const failOn = failOnFlag(flags);

  const editions = editionsFromFlags(flags, io, lang);
  if (editions === 'failed') return 2;
  const known = editions ?? bundledEditions();
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
    return say(withHint('cli.diff-edition-not-found', { ref: missing }, missing, known.map((e) => `${e.pack}@${e.edition}`)));
  }
  if (from.pack !== to.pack) return say(msg('cli.diff-other-packs', { from: from.pack, to: to.pack }));

  const asOf = flags.string('as-of');
  const options = { lang, ...(asOf !== undefined ? { asOf } : {}), ...(failOn !== undefined ? { failOn } : {}) };
  // Each file is judged as it is read (it was validated then), and dropped: only verdicts and changes are kept.
  const judged = new ImpactOfValid(from, to, options);
  let read = 0;
  for (const input of expandInputs(files, io)) {
    const parsed = readDescriptor(input, io, lang);
    if (!parsed) return 2;
    judged.add(parsed.descriptor);
    read++;
  }
  const diff = diffEditions(from, to, { lang });
  const effect = read > 0 ? judged.report() : undefined;
  io.stdout(format === 'json' ? `${JSON.stringify({ diff, impact: effect ?? null }, null, 2)}\n` : `${formatDiff(diff, effect, lang)}\n`);
  const verdictChanged = effect?.descriptors.some((d) => d.before !== d.after) ?? false;
  return flags.on('fail-on-change') && verdictChanged ? 1 : 0;
}

/** diff, as the command line runs it. */
export const runDiff: CommandRunner = (r) => diffCommand(r.args, { format: r.format as DiffContext['format'], lang: r.lang, io: r.io, flags: r.flags });
