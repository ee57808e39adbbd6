import type { CompiledEdition } from '../engine/compiled.js';
import { BUNDLED_EDITIONS } from './bundled/packs.generated.js';
import { KanmonError } from '../diagnostics/diagnostic.js';
import { compileEditions } from './load.js';

let compiled: readonly CompiledEdition[] | undefined;

/** The bundled editions, loaded together (later editions extend earlier ones) and compiled once on first use. */
export function bundledEditions(): readonly CompiledEdition[] {
  if (!compiled) {
    const result = compileEditions(BUNDLED_EDITIONS);
    if (!result.ok) throw new KanmonError('policy', result.diagnostics);
    compiled = result.editions;
  }
  return compiled;
}
