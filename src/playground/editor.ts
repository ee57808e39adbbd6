import { h } from './dom.js';

// A plain <textarea> with a line-number gutter and a layer behind the text that marks lines with
// problems: the browser's own editing, selection, undo and screen-reader support, and no library.
// Lines never wrap (wrap="off"), so line n of the text is row n of the gutter.

/** A line to mark, and what to say about it on hover. */
export interface LineMark {
  line: number;
  title: string;
}

/** The editor as the page uses it. */
export interface Editor {
  readonly textarea: HTMLTextAreaElement;
  /** Replace the whole text (loading an example or a link). */
  setText(text: string): void;
  /** Mark these lines as having problems; an empty list clears the marks. */
  mark(marks: readonly LineMark[]): void;
  /** Put the caret at line:column (1-based), scroll it into view and give the editor the focus. */
  goTo(line: number, column?: number): void;
}

/** The offset in `text` of line:column (1-based), clamped to the text. */
export function offsetOf(text: string, line: number, column = 1): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  const lineEnd = end === -1 ? text.length : end;
  return Math.min(offset + Math.max(0, column - 1), lineEnd);
}

/** Turn the textarea into the editor: gutter and mark layer are siblings the page's HTML provides. */
export function createEditor(textarea: HTMLTextAreaElement, gutter: HTMLElement, layer: HTMLElement, onInput: (text: string) => void): Editor {
  let lineCount = 0;
  let marked: readonly LineMark[] = [];
  const lineHeight = (): number => Number.parseFloat(getComputedStyle(textarea).lineHeight) || 20;
  const paddingTop = (): number => Number.parseFloat(getComputedStyle(textarea).paddingTop) || 0;

  const renderGutter = (): void => {
    const count = textarea.value.split('\n').length;
    if (count !== lineCount) {
      lineCount = count;
      const rows = [];
      for (let line = 1; line <= count; line++) rows.push(h('div', { class: 'gutter-line', 'data-line': line }, String(line)));
      gutter.replaceChildren(...rows);
    }
    const problemLines = new Map(marked.map((m) => [m.line, m.title]));
    for (const row of Array.from(gutter.children)) {
      const line = Number((row as HTMLElement).dataset.line);
      const title = problemLines.get(line);
      row.classList.toggle('has-problem', title !== undefined);
      if (title !== undefined) row.setAttribute('title', title);
      else row.removeAttribute('title');
    }
    const bands = [...new Set(marked.map((m) => m.line))].map((line) => h('div', { class: 'mark-line', 'data-line': line }));
    layer.replaceChildren(...bands);
    positionBands();
  };

  // Bands are placed with CSSOM properties (allowed under a strict style policy, unlike style="").
  const positionBands = (): void => {
    const height = lineHeight();
    for (const band of Array.from(layer.children)) {
      const line = Number((band as HTMLElement).dataset.line);
      (band as HTMLElement).style.top = `${paddingTop() + (line - 1) * height}px`;
      (band as HTMLElement).style.height = `${height}px`;
    }
  };

  const syncScroll = (): void => {
    gutter.scrollTop = textarea.scrollTop;
    layer.style.transform = `translate(${-textarea.scrollLeft}px, ${-textarea.scrollTop}px)`;
  };

  textarea.addEventListener('input', () => {
    renderGutter();
    syncScroll();
    onInput(textarea.value);
  });
  textarea.addEventListener('scroll', syncScroll);

  return {
    textarea,
    setText(text) {
      textarea.value = text;
      renderGutter();
      textarea.scrollTop = 0;
      syncScroll();
    },
    mark(marks) {
      marked = marks;
      renderGutter();
    },
    goTo(line, column = 1) {
      const offset = offsetOf(textarea.value, line, column);
      textarea.focus();
      textarea.setSelectionRange(offset, offset);
      textarea.scrollTop = Math.max(0, (line - 1) * lineHeight() - textarea.clientHeight / 3);
      syncScroll();
      const current = h('div', { class: 'mark-line current', 'data-line': line });
      layer.querySelector('.current')?.remove();
      layer.append(current);
      positionBands();
    },
  };
}
