import { fromPointer, toPointer } from '../shared/json-pointer.js';
import { msg, msgWith, same, joined } from '../diagnostics/catalogue/index.js';
import type { Bilingual } from '../shared/messages.js';
import type { SourceDocument } from '../parse/source-document.js';
import type { PolicyError, PolicyErrorCode } from './errors.js';

/** Where a node of an edition is written: the file's parsed document and a pointer into it. */
export interface Origin {
  doc: SourceDocument;
  pointer: string;
}

/** A problem before it is placed in a file. */
export interface OriginProblem {
  code: PolicyErrorCode;
  message: Bilingual;
  target?: 'key' | 'value';
}

/**
 * Remembers, for each object and array of a resolved edition, where it is written. A resolved
 * edition is assembled from several files (inherited rules, expanded definitions), so a problem
 * found in it must be reported where the author can fix it, not at a place in a document nobody wrote.
 */
export class Origins {
  private readonly places = new WeakMap<object, Origin>();
  private readonly references = new WeakMap<object, Origin & { name: string }>();

  /** Record the place of every object and array of a written document. */
  markTree(value: unknown, doc: SourceDocument, pointer = ''): void {
    if (value === null || typeof value !== 'object') return;
    this.places.set(value, { doc, pointer });
    for (const [key, child] of Object.entries(value)) this.markTree(child, doc, `${pointer}${toPointer([key])}`);
  }

  /** Record that `node` stands for what is written at `origin`. */
  mark<T extends object>(node: T, origin: Origin | undefined): T {
    if (origin) this.places.set(node, origin);
    return node;
  }

  /** Record that `node` is a definition's body put where `{ condition: name }` was written. */
  markExpansion<T extends object>(node: T, body: Origin | undefined, reference: Origin | undefined, name: string): T {
    this.mark(node, body);
    if (reference) this.references.set(node, { ...reference, name });
    return node;
  }

  /** Where a node is written. */
  of(node: object): Origin | undefined {
    return this.places.get(node);
  }

  /** A problem at a written place, with file and line:column. */
  error(origin: Origin, problem: OriginProblem, suffix?: Bilingual): PolicyError {
    const pos = origin.doc.locate(origin.pointer, problem.target ?? 'value');
    const { file } = origin.doc;
    return {
      code: problem.code, ...(file !== undefined ? { file } : {}), pointer: origin.pointer, line: pos.line, column: pos.column,
      message: suffix ? msgWith('policy.with-origin', {}, { message: problem.message, origin: suffix }) : problem.message,
    };
  }

  /**
   * A problem at a pointer into a resolved edition, placed where that part is written: the deepest
   * recorded node on the way, then the rest of the pointer. The message also says where an expanded
   * definition is used, and which edition holds a rule it inherited from another file.
   */
  errorAt(root: object, pointer: string, problem: OriginProblem, edition: { doc: SourceDocument; name: string }): { error: PolicyError; inherited: boolean } {
    let node: unknown = root;
    let place = this.places.get(root);
    let rest: string[] = [];
    let reference: (Origin & { name: string }) | undefined;
    for (const segment of fromPointer(pointer)) {
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
      const here = node !== null && typeof node === 'object' ? this.places.get(node) : undefined;
      reference ??= node !== null && typeof node === 'object' ? this.references.get(node) : undefined;
      if (here) { place = here; rest = []; } else rest.push(segment);
    }
    if (!place) throw new Error(`no origin for ${pointer}`);
    const origin = { doc: place.doc, pointer: place.pointer + toPointer(rest) };
    const inherited = origin.doc !== edition.doc;
    const notes: Bilingual[] = [];
    if (reference) {
      const where = this.where(reference);
      notes.push(msg('policy.origin-definition-use', { name: reference.name, where }));
    }
    if (inherited) {
      const { file } = edition.doc;
      notes.push(msgWith('policy.origin-inherited', { name: edition.name }, { inFile: file ? msg('policy.in-file', { file }) : same('') }));
    }
    const suffix = notes.length ? msgWith('policy.origin-notes', {}, { notes: joined(notes, msg('policy.notes-separator')) }) : undefined;
    return { error: this.error(origin, problem, suffix), inherited };
  }

  private where(origin: Origin): string {
    const at = origin.doc.locate(origin.pointer);
    return `${origin.doc.file ? `${origin.doc.file}:` : ''}${at.line}:${at.column}`;
  }
}
