import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { Report } from '../report/types.js';
import type { Lang } from '../shared/messages.js';
import { toDot } from './dot.js';
import { toMermaid } from './mermaid.js';
import { buildNetworkModel } from './model.js';

/** Output formats of the network picture. */
export type GraphFormat = 'mermaid' | 'dot';

/** Options of renderNetworkGraph(). */
export interface NetworkGraphOptions {
  /** mermaid (default) or dot (Graphviz). */
  format?: GraphFormat;
  /** Language of labels. Default: the report's language, else en. */
  lang?: Lang;
}

/**
 * Draw a descriptor's local-government network (segments, systems, terminals, flows) as Mermaid or
 * DOT. With a report, flows, systems and terminals that have fail or missing findings are marked
 * (red dashed, with the rule ids), so the picture says what the findings say.
 */
export function renderNetworkGraph(descriptor: KanmonDescriptor, report?: Report, options: NetworkGraphOptions = {}): string {
  const lang = options.lang ?? report?.lang ?? 'en';
  const model = buildNetworkModel(descriptor, report, lang);
  return (options.format ?? 'mermaid') === 'dot' ? toDot(model) : toMermaid(model);
}
