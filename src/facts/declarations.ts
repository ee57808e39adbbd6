import { ISMAP_REGISTRY_FACTS } from './ismap-registry.js';
import type { FactDeclaration } from './provider.js';

/** Every fact from outside the descriptor that a policy may name, declared once. */
export const FACT_DECLARATIONS: readonly FactDeclaration[] = [...ISMAP_REGISTRY_FACTS];
