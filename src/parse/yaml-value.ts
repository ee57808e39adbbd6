import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Alias, type Node, type Pair } from 'yaml';
import { toPointer, type PathSegment } from '../shared/json-pointer.js';
import type { ParseLimits } from './limits.js';
import type { ProblemList } from './problems.js';

/** The plain value of a YAML document, and where each alias led (for locate()). */
export interface YamlValue {
  value: unknown;
  aliasTargets: Map<Alias, Node>;
}

interface Frame {
  items: readonly unknown[];
  pairs: boolean;
  out: Record<string, unknown> | unknown[];
  next: number;
  /** Values in this collection so far, aliases expanded: what an alias to it would add. */
  size: number;
  anchored: Node | undefined;
  segment: PathSegment | undefined;
  /** The key of the pair being read, for a mapping. */
  key: string;
  /** Where each key of a mapping is first, made at its first duplicate key. */
  firsts?: Map<string, number>;
}

/**
 * A composed YAML document as plain data — objects and arrays with the ordinary prototypes, keys
 * such as "__proto__" as own data properties — without recursion. Duplicate keys, complex keys,
 * undefined aliases and aliases inside their own anchor are problems at their own line:column;
 * every use of an alias counts the values it stands for against maxAliasExpansions.
 * Returns undefined when there were problems.
 */
export function yamlToValue(root: Node | null, limits: ParseLimits, problems: ProblemList): YamlValue | undefined {
  return new Converter(limits, problems).run(root);
}

class Converter {
  private readonly anchors = new Map<string, Node>();
  private readonly done = new Map<Node, { value: unknown; size: number }>();
  private readonly aliasTargets = new Map<Alias, Node>();
  private readonly frames: Frame[] = [];
  private expansions = 0;
  private stopped = false;
  private root: unknown = null;

  constructor(private readonly limits: ParseLimits, private readonly problems: ProblemList) {}

  run(root: Node | null): YamlValue | undefined {
    this.begin(root, undefined);
    while (this.frames.length > 0 && !this.stopped) this.advance(this.frames[this.frames.length - 1]!);
    return this.problems.any ? undefined : { value: this.root, aliasTargets: this.aliasTargets };
  }

  /** Take the next item of the innermost open collection, or close it. */
  private advance(frame: Frame): void {
    if (frame.next >= frame.items.length) {
      this.frames.pop();
      if (frame.anchored) this.done.set(frame.anchored, { value: frame.out, size: frame.size });
      const parent = this.frames[this.frames.length - 1];
      if (parent) parent.size += frame.size;
      return;
    }
    const item = frame.items[frame.next++];
    if (!frame.pairs) {
      // `[a: 1]`: a pair in a sequence is a mapping of one key.
      if (isPair(item)) frame.size += this.begin(null, frame, { items: [item], pairs: true });
      else frame.size += this.begin(item as Node | null, frame);
      return;
    }
    const pair = item as Pair<Node | null, Node | null>;
    const key = this.keyOf(pair.key);
    if (key === undefined) return;
    frame.key = key;
    // Every key read so far is an own property of the object, so a second one is a duplicate; only
    // then is the first one looked for (most mappings have none).
    const offset = pair.key?.range?.[0] ?? 0;
    if (Object.hasOwn(frame.out, key)) {
      const at = this.problems.positionOf(this.firstKeyOffset(frame, key));
      this.problems.add('duplicate-key', 'parse.duplicate-key', { key, firstLine: at.line, firstColumn: at.column }, { offset, pointer: this.pointer(key) });
    } else frame.firsts?.set(key, offset);
    frame.size += 1 + this.begin(pair.value, frame);
  }

  /** Where the first pair of a mapping with this key has its key (the pairs before the current one are indexed once). */
  private firstKeyOffset(frame: Frame, key: string): number {
    if (!frame.firsts) {
      frame.firsts = new Map();
      for (let i = 0; i < frame.next - 1; i++) {
        const pair = frame.items[i] as Pair<Node | null, Node | null>;
        const name = this.keyName(pair.key);
        if (name !== undefined && !frame.firsts.has(name)) frame.firsts.set(name, pair.key?.range?.[0] ?? 0);
      }
    }
    return frame.firsts.get(key) ?? 0;
  }

  /** Put a value where it belongs: the document itself, the next item of a sequence, or the current key of a mapping. */
  private attach(into: Frame | undefined, value: unknown): void {
    if (!into) this.root = value;
    else if (into.pairs) setOwn(into.out as Record<string, unknown>, into.key, value);
    else (into.out as unknown[]).push(value);
  }

  /**
   * Start one value: a scalar or alias is done at once (its size is returned); a collection is
   * attached to its parent now, filled as its frame advances (0 is returned, its size comes later).
   */
  private begin(node: Node | null, into: Frame | undefined, synthetic?: { items: readonly unknown[]; pairs: boolean }): number {
    if (!synthetic && (node === null || node === undefined)) { this.attach(into, null); return 1; }
    if (isAlias(node)) return this.alias(node, into);
    const anchor = (node as { anchor?: string } | null)?.anchor;
    const anchored = anchor ? (node as Node) : undefined;
    if (anchor) this.anchors.set(anchor, node as Node);
    if (isScalar(node)) {
      const value = plainScalar(node.value);
      this.attach(into, value);
      if (anchored) this.done.set(anchored, { value, size: 1 });
      return 1;
    }
    const pairs = synthetic ? synthetic.pairs : isMap(node);
    const items = synthetic ? synthetic.items : isMap(node) || isSeq(node) ? node.items : [];
    const out: Record<string, unknown> | unknown[] = pairs ? {} : [];
    this.attach(into, out);
    this.frames.push({
      items, pairs, out, next: 0, size: 1, anchored, key: '',
      segment: into ? (into.pairs ? into.key : (into.out as unknown[]).length - 1) : undefined,
    });
    return 0;
  }

  private alias(node: Alias, into: Frame | undefined): number {
    const target = this.anchors.get(node.source);
    const resolved = target && this.done.get(target);
    // Attach first, so a problem below is reported at this item's pointer.
    this.attach(into, resolved ? resolved.value : null);
    const offset = node.range?.[0];
    if (!target) {
      this.problems.add('undefined-alias', 'parse.undefined-alias', { name: node.source }, { offset, pointer: this.pointer() });
      return 1;
    }
    this.aliasTargets.set(node, target);
    if (!resolved) {
      const at = this.problems.positionOf(target.range?.[0] ?? 0);
      this.problems.add('alias-cycle', 'parse.alias-cycle', { name: node.source, anchorLine: at.line, anchorColumn: at.column }, { offset, pointer: this.pointer() });
      return 1;
    }
    // Shared, not copied: what later walks see is bounded by this count.
    this.expansions += resolved.size;
    if (this.expansions > this.limits.maxAliasExpansions) {
      this.problems.add('alias-limit', 'parse.alias-limit', { limit: this.limits.maxAliasExpansions, name: node.source }, { offset, pointer: this.pointer() });
      this.stopped = true;
    }
    return resolved.size;
  }

  /** A mapping key as JSON would have it: a scalar's text; a collection is a problem. */
  private keyOf(key: Node | null): string | undefined {
    if (isScalar(key) && key.anchor) {
      this.anchors.set(key.anchor, key);
      this.done.set(key, { value: key.value, size: 1 });
    }
    const resolved = isAlias(key) ? this.resolveKeyAlias(key) : key;
    if (resolved === undefined) return undefined;
    if (resolved === null) return '';
    if (isScalar(resolved)) return keyText(resolved.value);
    if (isCollection(resolved) || isPair(resolved)) {
      const range = key?.range;
      this.problems.add('complex-key', 'parse.complex-key', {}, { offset: range?.[0], ...(range ? { end: range[1] } : {}), pointer: this.pointer(null) });
    }
    return undefined;
  }

  /** The key keyOf() read from a key node, without its side effects (undefined where it read none). */
  private keyName(key: Node | null): string | undefined {
    const resolved = isAlias(key) ? this.aliasTargets.get(key) : key;
    if (resolved === undefined) return undefined;
    if (resolved === null) return '';
    return isScalar(resolved) ? keyText(resolved.value) : undefined;
  }

  private resolveKeyAlias(key: Alias): Node | undefined {
    const target = this.anchors.get(key.source);
    if (!target) {
      this.problems.add('undefined-alias', 'parse.undefined-alias', { name: key.source }, { offset: key.range?.[0], pointer: this.pointer(null) });
      return undefined;
    }
    this.aliasTargets.set(key, target);
    return target;
  }

  /** The pointer of the innermost collection's current item, of its key `last`, or (null) of the collection. */
  private pointer(last?: string | null): string {
    const segments = this.frames.slice(1).map((f) => f.segment!);
    const top = this.frames[this.frames.length - 1];
    if (typeof last === 'string') segments.push(last);
    else if (top && last === undefined) segments.push(top.pairs ? top.key : (top.out as unknown[]).length - 1);
    return toPointer(segments);
  }
}

/** The text a scalar key stands for as a JSON key (yaml's own rule: null is the empty key). */
export function keyText(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function plainScalar(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // The core schema yields nothing else; anything that slips through is kept as text, never as an object.
  return String(value);
}

/** Set a key as an own data property, "__proto__" included (never a prototype). */
export function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
  else out[key] = value;
}
