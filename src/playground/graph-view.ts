import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import { toDot } from '../graph/dot.js';
import { markText, toMermaid } from '../graph/mermaid.js';
import { buildNetworkModel, nodeText, type GraphMark } from '../graph/model.js';
import { toSvg } from '../graph/svg.js';
import type { Report } from '../report/types.js';
import { fill, h } from './dom.js';
import { lazyDetails, pointerButton, type ViewContext } from './report-view.js';
import { say } from './strings/index.js';

const marked = (marks: readonly GraphMark[]): string => (marks.length ? ` [${markText(marks)}]` : '');

/**
 * The network of a three-layer descriptor, from the same model as `kanmon graph`: the picture, then
 * the same facts as lists a keyboard and a screen reader can use (every flow, every marked system,
 * the network-wide findings), each with a button to its place in the descriptor.
 */
export function renderGraph(container: HTMLElement, descriptor: KanmonDescriptor | undefined, report: Report | undefined, ctx: ViewContext): void {
  const { lang } = ctx;
  if (!descriptor) {
    fill(container, h('p', { class: 'waiting' }, say(lang, 'graph.waiting')));
    return;
  }
  if (!descriptor.localNetwork) {
    fill(container, h('p', { class: 'waiting' }, say(lang, 'graph.none')));
    return;
  }
  const model = buildNetworkModel(descriptor, report, lang);
  const failing = model.edges.filter((e) => e.marks.some((m) => m.status === 'fail')).length;
  const missing = model.edges.filter((e) => e.marks.length && e.marks.every((m) => m.status === 'missing')).length;
  const summary = say(lang, 'graph.summary', { places: model.places.length, flows: model.edges.length, failing, missing });

  // The SVG is kanmon's own text with every label escaped; parsed as SVG (not HTML), it runs nothing.
  const parsed = new DOMParser().parseFromString(toSvg(model, { idPrefix: 'network', description: summary }), 'image/svg+xml');
  const picture = h('div', { class: 'picture' }, document.importNode(parsed.documentElement, true));
  picture.addEventListener('click', (event) => {
    const target = (event.target as Element).closest('[data-pointer]');
    if (target) ctx.goTo(target.getAttribute('data-pointer')!);
  });

  const placeLabel = new Map(model.places.map((p) => [p.id, p.label]));
  const nodes = model.places.flatMap((p) => p.nodes).filter((n) => n.marks.length);
  fill(container,
    h('p', { class: 'graph-summary' }, summary),
    h('p', { class: 'legend' }, say(lang, 'graph.legend')),
    picture,
    h('h3', {}, say(lang, 'graph.flows')),
    h('ul', { class: 'flows' }, model.edges.map((e) => h('li', { 'data-status': e.marks.some((m) => m.status === 'fail') ? 'fail' : e.marks.length ? 'missing' : 'ok' },
      pointerButton(e.pointer, ctx), ' ',
      say(lang, 'graph.flowLine', { label: e.label, from: placeLabel.get(e.from) ?? e.from, to: placeLabel.get(e.to) ?? e.to }), marked(e.marks)))),
    nodes.length ? [h('h3', {}, say(lang, 'graph.nodes')), h('ul', { class: 'nodes' }, nodes.map((n) => h('li', {}, pointerButton(n.pointer, ctx), ' ', nodeText(n), marked(n.marks))))] : null,
    model.notes.length ? [h('h3', {}, say(lang, 'graph.notes')), h('ul', { class: 'notes' }, model.notes.map((n) => h('li', {}, `${markText([n])} ${n.title}`)))] : null,
    lazyDetails({ class: 'graph-text' }, say(lang, 'graph.text'), false, () => [h('pre', {}, toMermaid(model)), h('pre', {}, toDot(model))]),
  );
}
