import { msg } from '../diagnostics/catalogue/index.js';
import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { Finding, Report } from '../report/types.js';
import type { Lang } from '../shared/messages.js';
import { BOUNDARY_LABEL, ENDPOINT_LABEL, METHOD_LABEL, MODEL_LABEL, OUTSIDE_ORDER, SEGMENT_ORDER } from './labels.js';

/** A finding that needs attention, as the picture shows it. */
export interface GraphMark {
  ruleId: string;
  status: 'fail' | 'missing';
}

/** A system or terminal group drawn inside its segment. */
export interface GraphNode {
  id: string;
  kind: 'system' | 'terminal';
  label: string;
  /** Pointer into the descriptor, e.g. /localNetwork/systems/0. */
  pointer: string;
  /** Segment it is drawn in (its first); undefined when it declares none. */
  segment?: string;
  /** Further segments it also claims (a finding in itself, unless it is a boundary device). */
  alsoIn: string[];
  /** The boundary role it states, as the picture names it (e.g. "boundary: sanitisation"). */
  boundary?: string;
  marks: GraphMark[];
}

/** A node's text: its name, the further segments it claims and its boundary role. */
export function nodeText(node: GraphNode): string {
  const extra = node.alsoIn.length ? ` +${node.alsoIn.join(' +')}` : '';
  return `${node.label}${extra}${node.boundary ? ` (${node.boundary})` : ''}`;
}

/** One segment or outside endpoint. */
export interface GraphPlace {
  id: string;
  key: string;
  label: string;
  outside: boolean;
  declared: boolean;
  nodes: GraphNode[];
}

/** One declared flow. */
export interface GraphEdge {
  id: string;
  pointer: string;
  from: string;
  to: string;
  method: string;
  label: string;
  marks: GraphMark[];
}

/** A finding about the network as a whole (no flow, system or terminal to pin it on). */
export interface GraphNote extends GraphMark {
  title: string;
}

/** What the picture shows: places, nodes and flows, with the findings that concern them. */
export interface NetworkModel {
  title: string;
  places: GraphPlace[];
  edges: GraphEdge[];
  notes: GraphNote[];
}

const DRAWN = /^\/localNetwork\/(flows|systems|terminals)\/\d+$/;

function marksAt(findings: readonly Finding[], pointer: string): GraphMark[] {
  const marks = findings
    .filter((f) => f.pointer === pointer && (f.status === 'fail' || f.status === 'missing'))
    .map((f) => ({ ruleId: f.ruleId, status: f.status as GraphMark['status'] }));
  const seen = new Set<string>();
  return marks.filter((m) => (seen.has(m.ruleId) ? false : (seen.add(m.ruleId), true)));
}

/** Gather the network a descriptor declares and the findings of a report about each part of it. */
export function buildNetworkModel(descriptor: KanmonDescriptor, report: Report | undefined, lang: Lang): NetworkModel {
  const net = descriptor.localNetwork;
  const findings = report?.findings ?? [];
  const flows = net?.flows ?? [];
  const systems = net?.systems ?? [];
  const terminals = net?.terminals ?? [];

  // A segment written null is stated not to exist: drawn only when something still claims it.
  const segments = (net?.segments ?? {}) as Record<string, { name?: string } | null | undefined>;
  const used = new Set<string>([
    ...Object.keys(segments).filter((k) => !k.startsWith('x-') && segments[k] !== null),
    ...flows.flatMap((f) => [f.from, f.to]),
    ...[...systems, ...terminals].flatMap((n) => n.segments ?? []),
  ]);
  const places: GraphPlace[] = [...SEGMENT_ORDER, ...OUTSIDE_ORDER]
    .filter((key) => used.has(key))
    .map((key) => {
      const outside = (OUTSIDE_ORDER as readonly string[]).includes(key);
      const declaredName = outside ? undefined : segments[key]?.name;
      const declared = outside || (segments[key] !== undefined && segments[key] !== null);
      let label = declaredName && declaredName !== ENDPOINT_LABEL[key]![lang] ? `${ENDPOINT_LABEL[key]![lang]}: ${declaredName}` : ENDPOINT_LABEL[key]![lang];
      if (!declared && segments[key] === null) label += msg('graph.stated-absent')[lang];
      else if (!declared) label += msg('graph.not-declared')[lang];
      if (key === 'internet' && net?.securityCloudEgress) label += msg('graph.via-security-cloud')[lang];
      return { id: outside ? `ext_${key}` : `seg_${key}`, key, label, outside, declared, nodes: [] };
    });
  const loose: GraphPlace = { id: 'unplaced', key: 'unplaced', label: msg('graph.no-segment')[lang], outside: false, declared: false, nodes: [] };

  const addNodes = (list: typeof systems | typeof terminals, kind: GraphNode['kind'], base: string, prefix: string): void => {
    list.forEach((n, i) => {
      const pointer = `${base}/${i}`;
      const [segment, ...alsoIn] = n.segments ?? [];
      const boundary = n.boundaryRole ? BOUNDARY_LABEL[n.boundaryRole]?.[lang] : undefined;
      const node: GraphNode = {
        id: `${prefix}_${i}`, kind, label: n.name ? `${n.name} (${n.id})` : n.id, pointer, ...(segment ? { segment } : {}), alsoIn,
        ...(boundary ? { boundary } : {}), marks: marksAt(findings, pointer),
      };
      (places.find((p) => p.key === segment) ?? loose).nodes.push(node);
    });
  };
  addNodes(systems, 'system', '/localNetwork/systems', 'sys');
  addNodes(terminals, 'terminal', '/localNetwork/terminals', 'term');
  if (loose.nodes.length) places.push(loose);

  const placeId = (key: string): string => places.find((p) => p.key === key)!.id;
  const edges: GraphEdge[] = flows.map((f, i) => {
    const pointer = `/localNetwork/flows/${i}`;
    const method = METHOD_LABEL[f.method]?.[lang] ?? f.method;
    return { id: f.id, pointer, from: placeId(f.from), to: placeId(f.to), method: f.method, label: `${f.name ?? f.id}: ${method}`, marks: marksAt(findings, pointer) };
  });

  const model = net ? (MODEL_LABEL[net.model] ?? net.model) : '—';
  const who = descriptor.organisation.name;
  const title = msg('graph.title', { who, model })[lang];
  const notes: GraphNote[] = findings
    .filter((f) => (f.status === 'fail' || f.status === 'missing') && !DRAWN.test(f.pointer) && (f.pack === 'three-layer' || f.pointer.startsWith('/localNetwork')))
    .map((f) => ({ ruleId: f.ruleId, status: f.status as GraphMark['status'], title: f.title }));
  return { title, places, edges, notes };
}
