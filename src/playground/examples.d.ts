// The bundled worked examples (docs/examples/*.yaml), embedded by the playground's build script.
declare module 'kanmon-playground:examples' {
  /** Each example's file name and text, the secure-zone example first. */
  export const EXAMPLES: readonly { file: string; text: string }[];
}
