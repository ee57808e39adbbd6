// The public face of kanmon. Nothing inside the package imports from here.
export { evaluate, type EvaluateOptions } from './evaluate.js';
export { validateDescriptor, parseDescriptor, DescriptorError, type DescriptorProblem, type DescriptorProblemCode, type DescriptorResult } from './descriptor/validate.js';
export type { KanmonDescriptor } from './descriptor/types.generated.js';
export { compileEdition, loadEdition, type EditionResult } from './policy/load.js';
export { PolicyLoadError, type PolicyError, type PolicyErrorCode } from './policy/errors.js';
export { bundledEditions } from './policy/bundled.js';
export { OPERATORS, type OperatorSpec } from './engine/operators.js';
export { selectEditions, type EditionChoice } from './engine/editions.js';
export type { CompiledEdition, CompiledRule, Severity, Basis, Phase } from './engine/compiled.js';
export { OptionError, type OptionErrorCode } from './options.js';
export type { Report, Finding, Status, Decision, Evidence, PackUse, WaiverUse, Summary } from './report/types.js';
export type { Lang, Bilingual } from './shared/messages.js';
export type { SourceDocument, SourcePosition } from './shared/source-document.js';
export { formatText, type TextOptions } from './report/formatters/text.js';
export { formatJson } from './report/formatters/json.js';
export { run, type ExitCode } from './cli/run.js';
export type { CliIo } from './cli/io.js';
