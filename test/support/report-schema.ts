import reportSchema from '../../schemas/report.schema.json';
import { createAjv } from './ajv.js';

const validate = createAjv().compile(reportSchema);

/** Problems of a report against schemas/report.schema.json; empty when it conforms. */
export function reportSchemaErrors(report: unknown): string[] {
  // JSON round-trip: the schema describes the serialised report (undefined values vanish).
  const ok = validate(JSON.parse(JSON.stringify(report)));
  return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
