import type { KanmonDescriptor } from '../descriptor/types.generated.js';
import type { SchemaNode } from '../policy/schema-paths.js';
import type { Bilingual } from '../shared/messages.js';

/**
 * A fact that comes from outside the descriptor (a registry snapshot, a live lookup), declared
 * once: its name, where it exists (`forEach`: one value per item of that array, derived from the
 * item; unset: one value for every rule), its schema (the loader checks policy paths against it),
 * what it means, the value it takes when no provider supplies it, and what the report says about
 * where its values came from.
 */
export interface FactDeclaration {
  name: string;
  forEach?: string;
  schema: SchemaNode;
  description: Bilingual;
  /** The value when no provider supplies the fact; absent (rules needing it are missing) when undefined. */
  whenNotSupplied?: unknown;
  /** A note for the report, given the value used, when a rule that reads the fact was judged. */
  note?(value: unknown): Bilingual;
}

/** Fact values: one per name for every rule, and per-item values keyed by the item's pointer. */
export interface FactValues {
  global: Readonly<Record<string, unknown>>;
  perItem: Readonly<Record<string, ReadonlyMap<string, unknown>>>;
}

/**
 * A plug-in that supplies facts for a descriptor. The engine knows no provider by name: a policy
 * names a fact, a declaration says what it is, and the provider given to evaluate() supplies it —
 * synchronously for evaluate(), or with a promise for evaluateAsync().
 */
export interface FactProvider {
  /** Names of the declared facts this provider supplies. */
  readonly supplies: readonly string[];
  resolve(descriptor: KanmonDescriptor, context: { asOf: string }): FactValues | Promise<FactValues>;
}
