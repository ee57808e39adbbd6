import type { DeepReadonly } from '../shared/deep-readonly.js';
import type { KanmonDescriptor } from './types.generated.js';

// What evaluate(), gate() and evaluateAsync() accept, so TypeScript catches a typo in a descriptor
// written in code while data from outside still goes in as it is and is checked at run time.

/** A descriptor written in code: checked by the compiler, so an unknown key or a wrong value is a compile error (`as const` is fine). */
export type DescriptorLiteral = KanmonDescriptor | DeepReadonly<KanmonDescriptor>;

/**
 * Data from outside (a parsed file, a request body): `unknown`, `any` or a plain record, checked
 * against the schema at run time. Any other type is refused, so an object literal that is not a
 * KanmonDescriptor (a misspelt key, say) cannot slip through as "data".
 */
export type DescriptorData<T> = unknown extends T ? T : string extends keyof T ? T : never;
