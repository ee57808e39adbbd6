import { markText } from './mermaid.js';
import { nodeText, type GraphMark, type GraphNode, type GraphPlace, type NetworkModel } from './model.js';

// The network as SVG without a layout engine: one column per segment or outside endpoint (systems
// and terminals stacked in their segment's column), and below them one row per flow, an arrow from
// the source column to the target column with its label above it, like a sequence diagram. No two
// flows share a row, so no label ever covers another. Colour is never the only signal: failing
// flows are also dashed and say "NG <rule>", missing ones "? <rule>".

/** Options of toSvg(). */
export interface SvgOptions {
  /** Prefix of the ids inside the picture (markers, title), unique on the page that shows it. */
  idPrefix?: string;
  /** The picture in words, for screen readers (<desc>). */
  description?: string;
}

const FONT = 12;
const LINE = 16;
const COLUMN = 190;
const GAP = 56;
const MARGIN = 16;
const PAD = 8;
const TITLE = 30;

/** Stroke and text colours, each at least 4.5:1 against white. */
const COLOUR = { normal: '#1f2937', fail: '#b00000', missing: '#8a5300', blocked: '#5f6b7a', box: '#51606f' } as const;
type Tone = keyof typeof COLOUR;

/** Text for XML content and attribute values. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An estimate of a character's width: the picture is drawn without a font to measure with. */
function charWidth(c: string): number {
  const code = c.codePointAt(0)!;
  if (code >= 0x1100) return FONT;
  return c === ' ' ? FONT * 0.3 : FONT * 0.6;
}

const measure = (text: string): number => [...text].reduce((w, c) => w + charWidth(c), 0);

/** Lines of at most `width` (estimated), broken after a space or a slash where there is one, else anywhere. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lastBreak = -1;
  for (const c of text.replace(/\s+/g, ' ').trim()) {
    if (line && measure(line + c) > width) {
      const cut = lastBreak > 0 ? lastBreak : line.length;
      lines.push(line.slice(0, cut).trimEnd());
      line = line.slice(cut).trimStart();
      lastBreak = -1;
    }
    line += c;
    if (c === ' ' || c === '/' || c === '、' || c === '）') lastBreak = line.length;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const toneOf = (marks: readonly GraphMark[]): Tone | undefined =>
  marks.some((m) => m.status === 'fail') ? 'fail' : marks.length ? 'missing' : undefined;

function textLines(lines: readonly string[], x: number, y: number, anchor: 'start' | 'middle', fill: string, bold = false): string {
  const weight = bold ? ' font-weight="bold"' : '';
  return lines.map((l, i) => `<text x="${x}" y="${y + i * LINE}" text-anchor="${anchor}" fill="${fill}"${weight}>${xmlText(l)}</text>`).join('');
}

interface NodeBox {
  node: GraphNode;
  lines: string[];
  markLines: string[];
  height: number;
}

interface PlaceBox {
  place: GraphPlace;
  x: number;
  header: string[];
  nodes: NodeBox[];
  height: number;
}

function layoutPlace(place: GraphPlace, x: number): PlaceBox {
  const inner = COLUMN - 2 * PAD;
  const header = wrapText(place.label, inner);
  const nodes = place.nodes.map((node) => {
    const lines = wrapText(nodeText(node), inner - 2 * PAD);
    const markLines = node.marks.length ? wrapText(`[${markText(node.marks)}]`, inner - 2 * PAD) : [];
    return { node, lines, markLines, height: (lines.length + markLines.length) * LINE + 2 * PAD };
  });
  const height = PAD + header.length * LINE + PAD + nodes.reduce((h, n) => h + n.height + PAD, 0) + (place.outside ? 0 : PAD);
  return { place, x, header, nodes, height };
}

function drawPlace(box: PlaceBox, top: number): string {
  const { place } = box;
  const dash = place.declared ? '' : ' stroke-dasharray="5 4"';
  const out = [`<g class="place" data-place="${xmlText(place.key)}">`];
  out.push(place.outside
    ? `<rect x="${box.x}" y="${top}" width="${COLUMN}" height="${box.height}" rx="${Math.min(22, box.height / 2)}" fill="#ffffff" stroke="${COLOUR.box}" stroke-width="1.5"${dash}/>`
    : `<rect x="${box.x}" y="${top}" width="${COLUMN}" height="${box.height}" rx="6" fill="#f2f5f9" stroke="${COLOUR.box}" stroke-width="1.5"${dash}/>`);
  out.push(textLines(box.header, box.x + COLUMN / 2, top + PAD + FONT, 'middle', COLOUR.normal, true));
  let y = top + PAD + box.header.length * LINE + PAD;
  for (const n of box.nodes) {
    const tone = toneOf(n.node.marks);
    const stroke = tone ? COLOUR[tone] : COLOUR.box;
    const style = tone === 'missing' ? ' stroke-dasharray="5 3"' : '';
    const x = box.x + PAD;
    const width = COLUMN - 2 * PAD;
    out.push(`<g class="node" data-pointer="${xmlText(n.node.pointer)}" data-status="${tone ?? 'ok'}"><title>${xmlText(nodeText(n.node))}</title>`);
    out.push(`<rect x="${x}" y="${y}" width="${width}" height="${n.height}" rx="${n.node.kind === 'terminal' ? 12 : 3}" fill="#ffffff" stroke="${stroke}" stroke-width="${tone ? 2 : 1}"${style}/>`);
    out.push(textLines(n.lines, x + PAD, y + PAD + FONT, 'start', COLOUR.normal));
    out.push(textLines(n.markLines, x + PAD, y + PAD + FONT + n.lines.length * LINE, 'start', COLOUR[tone ?? 'normal'], true));
    out.push('</g>');
    y += n.height + PAD;
  }
  out.push('</g>');
  return out.join('');
}

function markers(prefix: string): string {
  const arrow = (tone: Tone): string =>
    `<marker id="${prefix}-arrow-${tone}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${COLOUR[tone]}"/></marker>`;
  const tee = `<marker id="${prefix}-tee" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="10" markerHeight="10" orient="auto"><path d="M8,0 L8,10" stroke="${COLOUR.blocked}" stroke-width="2.5"/></marker>`;
  return `<defs>${(['normal', 'fail', 'missing'] as const).map(arrow).join('')}${tee}</defs>`;
}

/** The network as an SVG document: columns of segments and endpoints, a row per flow, findings marked. */
export function toSvg(model: NetworkModel, options: SvgOptions = {}): string {
  const prefix = options.idPrefix ?? 'network';
  const boxes = model.places.map((place, i) => layoutPlace(place, MARGIN + i * (COLUMN + GAP)));
  const centre = new Map(boxes.map((b) => [b.place.id, b.x + COLUMN / 2]));
  const top = MARGIN + TITLE;
  const tallest = Math.max(0, ...boxes.map((b) => b.height));
  const width = Math.max(MARGIN * 2 + boxes.length * COLUMN + Math.max(0, boxes.length - 1) * GAP, 320);

  const rows: string[] = [];
  let y = top + tallest + 28;
  for (const edge of model.edges) {
    const from = centre.get(edge.from) ?? MARGIN;
    const to = centre.get(edge.to) ?? MARGIN;
    const tone: Tone = toneOf(edge.marks) ?? (edge.method === 'blocked' ? 'blocked' : 'normal');
    const label = edge.marks.length ? `${edge.label} [${markText(edge.marks)}]` : edge.label;
    const loop = from === to;
    const span = loop ? COLUMN : Math.max(Math.abs(to - from) - 16, COLUMN - 2 * PAD);
    const lines = wrapText(label, span);
    const lineY = y + lines.length * LINE + 6;
    const dash = tone === 'fail' ? ' stroke-dasharray="8 5"' : tone === 'missing' ? ' stroke-dasharray="4 4"' : tone === 'blocked' ? ' stroke-dasharray="2 4"' : '';
    const end = tone === 'blocked' ? `url(#${prefix}-tee)` : `url(#${prefix}-arrow-${tone})`;
    const path = loop ? `M${from},${lineY - 6} h42 v12 h-40` : `M${from},${lineY} L${to + (to > from ? -2 : 2)},${lineY}`;
    const textX = loop ? from + 50 : (from + to) / 2;
    rows.push(`<g class="flow" data-pointer="${xmlText(edge.pointer)}" data-flow="${xmlText(edge.id)}" data-status="${toneOf(edge.marks) ?? 'ok'}" data-method="${xmlText(edge.method)}"><title>${xmlText(label)}</title>`
      + `<path d="${path}" fill="none" stroke="transparent" stroke-width="14"/>`
      + `<path class="flow-line" d="${path}" fill="none" stroke="${COLOUR[tone]}" stroke-width="${tone === 'fail' || tone === 'missing' ? 2.5 : 1.5}"${dash} marker-end="${end}"/>`
      + `<circle cx="${from}" cy="${loop ? lineY - 6 : lineY}" r="3" fill="${COLOUR[tone]}"/>`
      + textLines(lines, textX, y + FONT, loop ? 'start' : 'middle', COLOUR[tone === 'blocked' ? 'blocked' : tone], tone === 'fail' || tone === 'missing')
      + '</g>');
    y = lineY + 18;
  }
  const height = y + MARGIN;
  const lifelines = boxes.map((b) => `<line x1="${b.x + COLUMN / 2}" y1="${top + b.height}" x2="${b.x + COLUMN / 2}" y2="${y}" stroke="#b8c2cc" stroke-width="1" stroke-dasharray="3 3"/>`);

  const title = `${prefix}-title`;
  const desc = options.description !== undefined ? `${prefix}-desc` : undefined;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="network" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${title}${desc ? ` ${desc}` : ''}" font-family="sans-serif" font-size="${FONT}">`
    + `<title id="${title}">${xmlText(model.title)}</title>`
    + (desc ? `<desc id="${desc}">${xmlText(options.description!)}</desc>` : '')
    + markers(prefix)
    + `<rect width="${width}" height="${height}" fill="#ffffff"/>`
    + `<text x="${MARGIN}" y="${MARGIN + FONT + 2}" font-size="${FONT + 3}" font-weight="bold" fill="${COLOUR.normal}">${xmlText(model.title)}</text>`
    + lifelines.join('')
    + boxes.map((b) => drawPlace(b, top)).join('')
    + rows.join('')
    + '</svg>';
}
