import type { KanmonDescriptor } from '../../src/descriptor/types.generated.js';
import type { EvaluateOptions } from '../../src/evaluate.js';
import type { Status } from '../../src/report/types.js';

/** One expected finding: rule, status and (optionally) the pointer it must carry. */
export interface ExpectedFinding {
  ruleId: string;
  status: Status;
  pointer?: string;
}

/** One table-driven case for a pack edition. */
export interface PackCase {
  description: string;
  /** A whole descriptor, or omit it and give `patch` to change a copy of the file's `base`. */
  descriptor?: KanmonDescriptor;
  patch?: (descriptor: KanmonDescriptor) => void;
  /** Default: the edition's effective.from. */
  asOf?: string;
  phase?: KanmonDescriptor['project'] extends infer P ? (P extends { phase?: infer Ph } ? Ph : never) : never;
  /** Caller-supplied data the rules may consult (e.g. an ISMAP registry snapshot). */
  options?: Pick<EvaluateOptions, 'ismapRegistry'>;
  expect: ExpectedFinding[];
}

/** The cases of one pack edition: `test/policies/cases/<pack>-<edition>.cases.ts` default-exports this. */
export interface PackCases {
  pack: string;
  edition: string;
  base: KanmonDescriptor;
  cases: PackCase[];
}

/** Identity helper that gives case files their types. */
export function definePackCases(cases: PackCases): PackCases {
  return cases;
}

/** Deep copy of a descriptor with a patch applied. */
export function descriptorFor(file: PackCases, c: PackCase): KanmonDescriptor {
  if (c.descriptor) return c.descriptor;
  const copy = structuredClone(file.base);
  c.patch?.(copy);
  return copy;
}
