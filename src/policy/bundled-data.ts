import type { SourceEntry } from '../engine/compiled.js';
import { deepFreeze, type DeepReadonly } from '../shared/deep-readonly.js';
import { BUNDLED_BIBLIOGRAPHY, BUNDLED_EDITIONS } from './bundled/packs.generated.js';
import type { EditionData } from './written.js';

// The bundled packs and the documents they cite, as plain data for programs that list, render or
// index them. Frozen: these are the very objects the engine compiles the bundled editions from.

/** Every bundled pack edition as its author wrote it (an edition may extend the one before), with its file in the package. */
export const bundledPacks: readonly DeepReadonly<EditionData>[] = deepFreeze(BUNDLED_EDITIONS);

/** Every document the bundled rules cite: id, kind, title, issuer, date, number, url and notes, in both languages. */
export const bibliography: readonly DeepReadonly<SourceEntry>[] = deepFreeze(BUNDLED_BIBLIOGRAPHY);
