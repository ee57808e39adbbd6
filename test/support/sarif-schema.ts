import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';

// The official OASIS SARIF 2.1.0 schema (draft-04, vendored under test/fixtures/sarif with its source).
const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-schema-2.1.0.json', 'utf8')) as Record<string, unknown>;
const ajv = new AjvDraft04({ allErrors: true, strict: false });
// The schema's formats, checked as the RFCs they name require (no whitespace in a URI; an absolute URI has a scheme).
ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"]*$/);
ajv.addFormat('uri-reference', /^[^\s<>"]*$/);
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
const validate = ajv.compile(schema);

/** Problems of a SARIF log (as text) against the SARIF 2.1.0 schema; empty when it conforms. */
export function sarifSchemaErrors(text: string): string[] {
  return validate(JSON.parse(text)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}
