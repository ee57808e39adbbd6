import { msg } from '../diagnostics/catalogue/index.js';
import { withHint } from '../options.js';
import type { Severity } from '../engine/compiled.js';
import type { Bilingual } from '../shared/messages.js';
import { SEVERITIES } from '../shared/vocabulary.js';
import { COMMANDS, FLAGS, FORMATS, takes, type Command, type FlagName, type FlagSpec } from './flags.js';

/** A usage error: a message in both languages, printed as `kanmon: …` with exit status 2. */
export class UsageError extends Error {
  constructor(readonly text: Bilingual) { super(text.en); }
}

/** The command line taken apart: the command, its arguments and the flags given. */
export interface ParsedArgs {
  command: string | undefined;
  args: string[];
  flags: Flags;
  /** The first problem found (an unknown flag, a missing value …), reported once the language is known. */
  problem?: Bilingual;
}

/** The flags given, read by name. */
export class Flags {
  constructor(private readonly values: ReadonlyMap<FlagName, string | string[] | true>, readonly given: readonly FlagName[]) {}
  /** A string flag's value. */
  string(name: FlagName): string | undefined {
    const v = this.values.get(name);
    return typeof v === 'string' ? v : undefined;
  }
  /** A repeatable flag's values, in order (empty when not given). */
  list(name: FlagName): string[] {
    const v = this.values.get(name);
    return Array.isArray(v) ? v : [];
  }
  /** Whether a boolean flag was given. */
  on(name: FlagName): boolean {
    return this.values.get(name) === true;
  }
}

const byName = new Map<string, FlagSpec>(FLAGS.map((f) => [f.name, f]));
const byShort = new Map(FLAGS.filter((f) => f.short).map((f) => [f.short!, f]));

/**
 * Take argv apart (without node and script): `--name value`, `--name=value`, `-h`, `-v`, `--` (the
 * rest are arguments), `-` (standard input, an argument). Unknown flags and missing values are
 * recorded as the problem, with the closest flag as a suggestion.
 */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  const values = new Map<FlagName, string | string[] | true>();
  const given: FlagName[] = [];
  const positionals: string[] = [];
  let problem: Bilingual | undefined;
  const fail = (text: Bilingual): void => { problem ??= text; };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') { positionals.push(...argv.slice(i + 1)); break; }
    if (arg === '-' || !arg.startsWith('-')) { positionals.push(arg); continue; }
    const long = arg.startsWith('--');
    const eq = long ? arg.indexOf('=') : -1;
    const name = long ? arg.slice(2, eq === -1 ? undefined : eq) : arg.slice(1);
    const spec = long ? byName.get(name) : byShort.get(name);
    const shown = long ? `--${name}` : arg;
    if (!spec) { fail(withHint('cli.unknown-flag', { flag: shown }, shown, FLAGS.map((f) => `--${f.name}`))); continue; }
    given.push(spec.name);
    if (spec.type === 'boolean') {
      if (eq !== -1) fail(msg('cli.flag-takes-no-value', { flag: `--${spec.name}`, value: arg.slice(eq + 1) }));
      values.set(spec.name, true);
      continue;
    }
    let value: string | undefined = eq !== -1 ? arg.slice(eq + 1) : undefined;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next !== undefined && (next === '-' || !next.startsWith('-'))) { value = next; i++; }
    }
    if (value === undefined) { fail(msg('cli.flag-needs-value', { flag: `--${spec.name}`, value: spec.value ?? '' })); continue; }
    store(values, spec, value, fail);
  }
  const [command, ...args] = positionals;
  return { command, args, flags: new Flags(values, given), ...(problem ? { problem } : {}) };
}

function store(values: Map<FlagName, string | string[] | true>, spec: FlagSpec, value: string, fail: (text: Bilingual) => void): void {
  if (spec.multiple) { values.set(spec.name, [...((values.get(spec.name) as string[] | undefined) ?? []), value]); return; }
  if (values.has(spec.name) && values.get(spec.name) !== value) fail(msg('cli.flag-repeated', { flag: `--${spec.name}` }));
  values.set(spec.name, value);
}

/** The command named, or a usage error with the closest command. */
export function commandOf(name: string): Command {
  if ((COMMANDS as readonly string[]).includes(name)) return name as Command;
  throw new UsageError(withHint('cli.unknown-command', { command: name }, name, COMMANDS));
}

/** Refuse flags the command does not take, naming the commands that do. */
export function checkFlagsFor(command: Command, flags: Flags): void {
  for (const name of flags.given) {
    const spec = byName.get(name)!;
    if (!takes(command, spec)) throw new UsageError(msg('cli.flag-not-for-command', { flag: `--${name}`, command, commands: (spec.commands ?? []).join(', ') }));
  }
}

/** The format asked for (or the command's default), or a usage error listing the formats with the closest one. */
export function formatFor(command: Command, flags: Flags): string {
  const formats = FORMATS[command];
  const format = flags.string('format') ?? formats[0]!;
  if (!formats.includes(format)) throw new UsageError(withHint('cli.unknown-format', { command, format, formats: formats.join(', ') }, format, formats));
  return format;
}

/** --fail-on's severity (undefined when not given), or a usage error with the closest severity. */
export function failOnFlag(flags: Flags): Severity | undefined {
  const value = flags.string('fail-on');
  if (value === undefined || (SEVERITIES as readonly string[]).includes(value)) return value as Severity | undefined;
  throw new UsageError(withHint('cli.invalid-fail-on', { value }, value, SEVERITIES));
}
