import { KanmonError } from '../diagnostics/diagnostic.js';
import { msg } from '../diagnostics/catalogue/index.js';

/**
 * Bounds on what kanmon reads, checked before (or while) the work is done, so a hostile or broken
 * file is refused in bounded time and memory. Every limit can be raised by a caller that trusts
 * its input; each one crossed has its own diagnostic code.
 */
export interface ParseLimits {
  /** Largest input in bytes (UTF-8): code `too-large`. */
  maxBytes: number;
  /** Deepest nesting of mappings and sequences (a top-level mapping is depth 1): code `too-deep`. */
  maxDepth: number;
  /** Most values in the text, keys included: code `too-many-nodes`. */
  maxNodes: number;
  /** Most values that YAML aliases may add by standing for their anchor's node: code `alias-limit`. */
  maxAliasExpansions: number;
  /** Most problems listed; the rest are counted in one last `more-problems` entry. */
  maxProblems: number;
}

/**
 * The defaults: a descriptor or pack edition is a few hundred KiB, a few dozen levels deep, has at
 * most a few hundred thousand values (a descriptor with 30,000 work items has about 400,000) and
 * uses aliases for a handful of shared conditions. maxNodes also bounds the memory YAML parsing
 * takes, a few hundred bytes per value.
 */
export const DEFAULT_LIMITS: Readonly<ParseLimits> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 100,
  maxNodes: 500_000,
  maxAliasExpansions: 10_000,
  maxProblems: 100,
});

/** The limits to apply: the defaults, with whatever a caller raised or lowered. */
export function resolveLimits(limits: Partial<ParseLimits> = {}): ParseLimits {
  const resolved = { ...DEFAULT_LIMITS };
  for (const name of Object.keys(DEFAULT_LIMITS) as (keyof ParseLimits)[]) {
    const value = limits[name];
    if (value === undefined) continue;
    // A limit that is not a whole number >= 0 would silently disable a check: refuse it loudly.
    if (!Number.isSafeInteger(value) || value < 0) {
      const params = { name, value: String(value) };
      throw new KanmonError('option', [{ code: 'invalid-limit', kind: 'option', severity: 'error', message: msg('parse.invalid-limit', params), params }]);
    }
    resolved[name] = value;
  }
  return resolved;
}
