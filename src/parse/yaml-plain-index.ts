import type { TextPosition } from './line-index.js';
import { makeLocate, type Locate, type TreeStep } from './locate.js';

/** Mappings with more keys than this get a Map of their keys on first use; smaller ones are scanned. */
const SCAN_UP_TO = 16;

/**
 * Where each node of a text read by the plain YAML reader is, kept flat: a large file makes a few
 * arrays rather than an object per value, which the garbage collector would otherwise copy over and
 * over while the file is read. Node 0 is the document's root; ids follow document order.
 */
export class PlainIndex {
  /**
   * For node n at 5n … 5n + 4: start, end, key start and key end (-1 but for a mapping's values), and
   * the position of its children in `lists` (-1 for a scalar). A typed array: nothing in it for the
   * garbage collector to trace, grown by doubling.
   */
  private fields = new Int32Array(5 * 1024);
  private count = 0;
  /** The children of each collection: [name, id, name, id, …] for a mapping, [id, id, …] for a sequence. */
  private readonly lists: Array<string | number>[] = [];
  private readonly mapped = new Map<number, Map<string, number>>();

  /** A new node from `start` to `end`; its id. */
  add(start: number, end: number): number {
    const id = this.count++;
    let f = this.fields;
    if (5 * this.count > f.length) {
      const grown = new Int32Array(f.length * 2);
      grown.set(f);
      this.fields = f = grown;
    }
    const at = 5 * id;
    f[at] = start;
    f[at + 1] = end;
    f[at + 2] = -1;
    f[at + 3] = -1;
    f[at + 4] = -1;
    return id;
  }

  /**
   * A new collection starting at `start` (its end is set once its last child is read): its id, and the
   * list its children go in — [name, id, …] for a mapping, [id, …] for a sequence.
   */
  addCollection(start: number): { id: number; children: Array<string | number> } {
    const id = this.add(start, start);
    const children: Array<string | number> = [];
    this.fields[5 * id + 4] = this.lists.length;
    this.lists.push(children);
    return { id, children };
  }

  /** Where node `id` ends. */
  end(id: number): number {
    return this.fields[5 * id + 1]!;
  }

  /** Where collection `id` ends, known once its last child is read. */
  setEnd(id: number, end: number): void {
    this.fields[5 * id + 1] = end;
  }

  /** Where the key of mapping value `id` is. */
  setKey(id: number, start: number, end: number): void {
    this.fields[5 * id + 2] = start;
    this.fields[5 * id + 3] = end;
  }

  /** locate() over the index, mapping offsets to line:column with `position`. */
  locate(position: (offset: number) => TextPosition): Locate {
    return makeLocate<number>({ node: 0, value: [this.fields[0]!, this.fields[1]!] }, (node, segment) => this.step(node, segment), position);
  }

  private step(node: number, segment: string): TreeStep<number> | undefined {
    const child = this.childOf(node, segment);
    if (child === undefined) return undefined;
    const o = this.fields;
    const at = 5 * child;
    return { node: child, value: [o[at]!, o[at + 1]!], ...(o[at + 2]! >= 0 ? { key: [o[at + 2]!, o[at + 3]!] as const } : {}) };
  }

  private childOf(node: number, segment: string): number | undefined {
    const list = this.fields[5 * node + 4]!;
    if (list < 0) return undefined;
    const children = this.lists[list]!;
    // A sequence's children are ids only; a mapping's start with a name.
    if (children.length === 0 || typeof children[0] === 'number') return /^\d+$/.test(segment) ? (children[Number(segment)] as number | undefined) : undefined;
    if (children.length <= 2 * SCAN_UP_TO) {
      for (let i = 0; i < children.length; i += 2) if (children[i] === segment) return children[i + 1] as number;
      return undefined;
    }
    let names = this.mapped.get(node);
    if (!names) {
      names = new Map();
      for (let i = 0; i < children.length; i += 2) names.set(children[i] as string, children[i + 1] as number);
      this.mapped.set(node, names);
    }
    return names.get(segment);
  }
}
