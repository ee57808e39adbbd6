// Mermaid's own parser, run headless: jsdom supplies the window that mermaid's DOMPurify needs.
// Used by the graph tests only (devDependencies mermaid and jsdom, pinned).
type MermaidApi = { parse(text: string): Promise<unknown> };
let mermaid: MermaidApi | undefined;

/** Parse Mermaid text with mermaid itself; rejects with mermaid's error on a syntax error. */
export async function parseMermaid(text: string): Promise<unknown> {
  if (!mermaid) {
    const g = globalThis as Record<string, unknown>;
    if (g.window === undefined) {
      const { JSDOM } = await import('jsdom');
      const dom = new JSDOM('<!doctype html><html><body></body></html>');
      g.window = dom.window;
      g.document = dom.window.document;
    }
    mermaid = ((await import('mermaid')) as unknown as { default: MermaidApi }).default;
  }
  return mermaid.parse(text);
}
