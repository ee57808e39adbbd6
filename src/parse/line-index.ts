/** A 1-based place in a text; `column` counts UTF-16 code units, as editors and SARIF do by default. */
export interface TextPosition {
  line: number;
  column: number;
}

/**
 * Offsets of line starts, built once per text, so any offset maps to line:column by binary search
 * instead of a scan per problem. A line ends at "\n" (so "\r\n" too); a lone "\r" does not end one.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The line:column of an offset (clamped to the text). */
  position(offset: number): TextPosition {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo]! + 1 };
  }
}

/** offset → line:column for a text, building its LineIndex only when first asked (most texts have no problem). */
export function lazyPositions(text: string): (offset: number) => TextPosition {
  let index: LineIndex | undefined;
  return (offset) => (index ??= new LineIndex(text)).position(offset);
}
