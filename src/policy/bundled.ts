import type { CompiledEdition } from '../engine/compiled.js';
import { loadEdition } from './load.js';
import { continuity } from './bundled/continuity.js';
import { govCommonPlatform } from './bundled/gov-common-platform.js';
import { ismap } from './bundled/ismap.js';
import { standardGuideline } from './bundled/standard-guideline.js';
import { threeLayer } from './bundled/three-layer.js';

/** The YAML text of every bundled edition, embedded so evaluation needs no file system. */
export const BUNDLED_SOURCES: readonly { file: string; text: string }[] = [
  ...standardGuideline,
  ...govCommonPlatform,
  ...continuity,
  ...ismap,
  ...threeLayer,
];

let compiled: readonly CompiledEdition[] | undefined;

/** The bundled editions, compiled once on first use. */
export function bundledEditions(): readonly CompiledEdition[] {
  compiled ??= BUNDLED_SOURCES.map(({ file, text }) => loadEdition(text, file));
  return compiled;
}
