// jsdom ships no types; the graph tests use only this much of it (a window for mermaid's parser).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string);
    readonly window: Window & typeof globalThis;
  }
}
