import Ajv2020 from 'ajv/dist/2020.js';
import { isIsoDate } from '../../src/shared/dates.js';

/** A 2020-12 validator with every error reported and real-calendar `date` checking. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  ajv.addFormat('date', { type: 'string', validate: isIsoDate });
  return ajv;
}
