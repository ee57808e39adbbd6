import { describe, it } from 'vitest';
import descriptorSchema from '../../schemas/descriptor.schema.json';
import policySchema from '../../schemas/policy.schema.json';
import sourcesSchema from '../../schemas/sources.schema.json';
import casesSchema from '../../schemas/cases.schema.json';
import { expectCurrent } from './expect-current.js';
import { standaloneValidator } from './standalone.js';

// Kept apart from the other generated files: the loader imports these validators, so they must be
// regenerated even when a schema change has left the bundled packs unloadable.
describe('the schema validators are compiled ahead of time', () => {
  it('descriptor, policy and bibliography validators match their schemas', () => {
    expectCurrent('src/descriptor/schema-validator.generated.ts', standaloneValidator(descriptorSchema, 'schemas/descriptor.schema.json', '../shared'));
    expectCurrent('src/policy/schema-validator.generated.ts', standaloneValidator(policySchema, 'schemas/policy.schema.json', '../shared', [sourcesSchema]));
    expectCurrent('src/policy/sources-validator.generated.ts', standaloneValidator(sourcesSchema, 'schemas/sources.schema.json', '../shared'));
    expectCurrent('src/authoring/cases-validator.generated.ts', standaloneValidator(casesSchema, 'schemas/cases.schema.json', '../shared'));
  });
});
