import type { CompiledEdition } from '../engine/compiled.js';
import { loadEdition } from './load.js';
import sg201412 from '../../policies/standard-guideline/2014-12.yaml?raw';
import sg201902 from '../../policies/standard-guideline/2019-02.yaml?raw';

/** The YAML text of every bundled edition, embedded so evaluation needs no file system. */
export const BUNDLED_SOURCES: readonly { file: string; text: string }[] = [
  { file: 'policies/standard-guideline/2014-12.yaml', text: sg201412 },
  { file: 'policies/standard-guideline/2019-02.yaml', text: sg201902 },
];

let compiled: readonly CompiledEdition[] | undefined;

/** The bundled editions, compiled once on first use. */
export function bundledEditions(): readonly CompiledEdition[] {
  compiled ??= BUNDLED_SOURCES.map(({ file, text }) => loadEdition(text, file));
  return compiled;
}
