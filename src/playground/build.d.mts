/** A worked example: its file name and text. */
export interface Example {
  file: string;
  text: string;
}
/** The bundled worked examples, the secure-zone one first, then by name. */
export function readExamples(): Promise<Example[]>;
/** Build the playground into `outdir` (default dist/playground); returns the folder and its files. */
export function buildPlayground(options?: { outdir?: string }): Promise<{ outdir: string; files: string[] }>;
