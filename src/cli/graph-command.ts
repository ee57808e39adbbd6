import { msg } from '../diagnostics/catalogue/index.js';
import { evaluate } from '../evaluate.js';
import { renderNetworkGraph } from '../graph/render.js';
import type { Lang } from '../shared/messages.js';
import { UsageError, type Flags } from './args.js';
import { expandInputs } from './expand-inputs.js';
import { editionsFromFlags, readDescriptor } from './inputs.js';
import type { CliIo } from './io.js';
import type { CommandRunner } from './command-line.js';

/** What kanmon graph is run with. */
export interface GraphContext {
  format: 'mermaid' | 'dot';
  lang: Lang;
  io: CliIo;
  flags: Flags;
}

/** kanmon graph <descriptor>: evaluate it and draw its local-government network as Mermaid or DOT. */
export function graphCommand(args: readonly string[], ctx: GraphContext): 0 | 2 {
  const { io, lang, flags } = ctx;
  const inputs = expandInputs(args, io);
  if (inputs.length !== 1) throw new UsageError(msg('cli.graph-one-file'));
  const input = inputs[0]!;
  const parsed = readDescriptor(input, io, lang);
  if (!parsed) return 2;
  if (!parsed.descriptor.localNetwork) {
    io.stderr(`kanmon: ${msg('cli.graph-no-network', { file: input.label })[lang]}\n`);
    return 2;
  }
  const policies = editionsFromFlags(flags, io, lang);
  if (policies === 'failed') return 2;
  const asOf = flags.string('as-of');
  const report = evaluate(parsed.descriptor, {
    lang, now: () => io.now(), ...(asOf !== undefined ? { asOf } : {}), ...(parsed.source ? { source: parsed.source } : {}), ...(policies ? { policies } : {}),
  });
  io.stdout(renderNetworkGraph(parsed.descriptor, report, { format: ctx.format, lang }));
  return 0;
}

/** graph, as the command line runs it. */
export const runGraph: CommandRunner = (r) => graphCommand(r.args, { format: r.format as GraphContext['format'], lang: r.lang, io: r.io, flags: r.flags });
