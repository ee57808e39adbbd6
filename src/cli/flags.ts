// The commands and flags of the kanmon command line, written once: the parser, the help text and
// docs/cli.md (a test keeps it in step) all follow these tables.

/** The commands, in the order help lists them. */
export const COMMANDS = ['check', 'gate', 'packs', 'graph', 'diff', 'test', 'lint'] as const;

/** A command of the kanmon CLI. */
export type Command = (typeof COMMANDS)[number];

/** The output formats of each command; the first is the default. */
export const FORMATS: Readonly<Record<Command, readonly string[]>> = {
  check: ['text', 'json', 'markdown', 'sarif', 'junit', 'github'],
  gate: ['text', 'json', 'markdown', 'sarif', 'junit', 'github'],
  packs: ['text', 'json'],
  graph: ['mermaid', 'dot'],
  diff: ['text', 'json'],
  test: ['text', 'json', 'junit', 'github', 'sarif'],
  lint: ['text', 'json', 'sarif', 'junit', 'github'],
};

/** The name of a flag (without --). */
export type FlagName =
  | 'format' | 'output' | 'as-of' | 'retroactive' | 'phase' | 'fail-on' | 'pack' | 'edition' | 'policy' | 'only-policy'
  | 'ismap-registry' | 'verbose' | 'resolved' | 'fail-on-change' | 'coverage-min' | 'tests' | 'max-warnings' | 'lang' | 'help' | 'version';

/** One flag: its type, whether it may be repeated, the name of its value in help, and the commands that take it. */
export interface FlagSpec {
  name: FlagName;
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** How help shows the value (e.g. FILE); string flags only. */
  value?: string;
  /** The commands that take it; undefined: every command. */
  commands?: readonly Command[];
}

const EVALUATING: readonly Command[] = ['check', 'gate'];
const WITH_POLICIES: readonly Command[] = ['check', 'gate', 'packs', 'graph', 'diff'];

/** Every flag, in the order help lists them. */
export const FLAGS: readonly FlagSpec[] = [
  { name: 'format', type: 'string', value: 'FORMAT' },
  { name: 'output', type: 'string', value: 'FILE' },
  { name: 'as-of', type: 'string', value: 'YYYY-MM-DD', commands: ['check', 'gate', 'graph', 'diff'] },
  { name: 'retroactive', type: 'boolean', commands: EVALUATING },
  { name: 'phase', type: 'string', value: 'PHASE', commands: EVALUATING },
  { name: 'fail-on', type: 'string', value: 'error|warning|info', commands: ['check', 'gate', 'diff'] },
  { name: 'pack', type: 'string', multiple: true, value: 'PACK', commands: EVALUATING },
  { name: 'edition', type: 'string', multiple: true, value: 'PACK=EDITION', commands: EVALUATING },
  { name: 'policy', type: 'string', multiple: true, value: 'FILE', commands: WITH_POLICIES },
  { name: 'only-policy', type: 'string', multiple: true, value: 'FILE', commands: WITH_POLICIES },
  { name: 'ismap-registry', type: 'string', value: 'FILE', commands: EVALUATING },
  { name: 'verbose', type: 'boolean', commands: ['check'] },
  { name: 'resolved', type: 'boolean', commands: ['packs'] },
  { name: 'fail-on-change', type: 'boolean', commands: ['diff'] },
  { name: 'coverage-min', type: 'string', value: 'N', commands: ['test'] },
  { name: 'tests', type: 'string', multiple: true, value: 'PATH', commands: ['lint'] },
  { name: 'max-warnings', type: 'string', value: 'N', commands: ['lint'] },
  { name: 'lang', type: 'string', value: 'ja|en' },
  { name: 'help', type: 'boolean', short: 'h' },
  { name: 'version', type: 'boolean', short: 'v' },
];

/** Whether a command takes a flag. */
export function takes(command: Command, flag: FlagSpec): boolean {
  return flag.commands === undefined || flag.commands.includes(command);
}
