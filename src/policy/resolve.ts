import type { Bilingual } from '../shared/messages.js';
import { msg, msgWith, same } from '../diagnostics/catalogue/index.js';
import { expandCondition, type Definition, type DefinitionTable } from './definitions.js';
import type { PolicyError, PolicyErrorCode } from './errors.js';
import type { Origins } from './origins.js';
import type { ParsedEdition, RawEdition, RawRule } from './written.js';

/** An edition resolved to its full form: every rule written out, definitions expanded. */
export interface ResolvedEdition {
  parsed: ParsedEdition;
  raw: RawEdition;
  definitions: DefinitionTable;
}

const keyOf = (pack: string, edition: string): string => `${pack}@${edition}`;

/**
 * Resolve a set of editions: each one that `extends` another starts from that edition's resolved
 * rules, replaces, removes and adds rules by id, and inherits its definitions. `bases` may be
 * extended but give way to an edition of `editions` with the same pack and edition.
 */
export function resolveEditions(
  editions: readonly ParsedEdition[], bases: readonly ParsedEdition[], origins: Origins,
): { resolved: Map<ParsedEdition, ResolvedEdition>; errors: PolicyError[] } {
  const errors: PolicyError[] = [];
  const fail = (p: ParsedEdition, pointer: string, code: PolicyErrorCode, message: Bilingual, target: 'key' | 'value' = 'value'): void => {
    errors.push(origins.error({ doc: p.doc, pointer }, { code, message, target }));
  };
  const index = new Map<string, ParsedEdition>(bases.map((b) => [keyOf(b.written.pack, b.written.edition), b]));
  const own = new Map<string, ParsedEdition>();
  for (const p of editions) {
    const key = keyOf(p.written.pack, p.written.edition);
    const first = own.get(key);
    if (first) {
      fail(p, '/edition', 'duplicate-edition', msgWith('policy.duplicate-edition', { key }, { file: first.doc.file !== undefined ? same(first.doc.file) : msg('policy.another-file') }));
      continue;
    }
    const sameStart = [...own.values()].find((o) => o.written.pack === p.written.pack && o.written.effective.from === p.written.effective.from);
    if (sameStart) {
      // The edition whose name sorts later is refused, whatever order the files came in.
      const [kept, refused] = sameStart.written.edition < p.written.edition ? [sameStart, p] : [p, sameStart];
      const refusedKey = keyOf(refused.written.pack, refused.written.edition);
      fail(refused, '/effective/from', 'same-start-date', msgWith('policy.same-start-date', { key: refusedKey, other: keyOf(kept.written.pack, kept.written.edition), from: p.written.effective.from }, { file: kept.doc.file !== undefined ? same(kept.doc.file) : msg('policy.another-file') }));
      if (refused === p) continue;
      own.delete(refusedKey);
      index.delete(refusedKey);
    }
    own.set(key, p);
    index.set(key, p);
  }

  const memo = new Map<ParsedEdition, ResolvedEdition | null>();
  const resolve = (p: ParsedEdition, visiting: readonly ParsedEdition[]): ResolvedEdition | null => {
    const known = memo.get(p);
    if (known !== undefined) return known;
    if (visiting.includes(p)) {
      const closing = visiting[visiting.length - 1]!;
      const loop = [...visiting.slice(visiting.indexOf(p)), p].map((e) => e.written.edition).join(' → ');
      fail(closing, '/extends', 'extends-cycle', msg('policy.extends-cycle', { loop }));
      return null;
    }
    const base = p.written.extends === undefined ? undefined : findBase(p, [...visiting, p]);
    const result = base === null ? null : inherit(p, base);
    memo.set(p, result);
    return result;
  };

  const findBase = (p: ParsedEdition, visiting: readonly ParsedEdition[]): ResolvedEdition | null => {
    const { pack } = p.written;
    const [, named, edition] = /^(?:([^@]+)@)?(.+)$/.exec(p.written.extends!)!;
    if (named !== undefined && named !== pack) {
      fail(p, '/extends', 'base-in-other-pack', msg('policy.base-in-other-pack', { pack, named }));
      return null;
    }
    const target = index.get(keyOf(pack, edition!));
    if (!target) {
      const loaded = [...index.values()].filter((e) => e.written.pack === pack && e !== p).map((e) => e.written.edition).sort();
      fail(p, '/extends', 'unknown-base-edition', msgWith('policy.unknown-base-edition', { pack, edition }, { loaded: loaded.length ? msg('policy.loaded-editions', { pack, editions: loaded.join(', ') }) : msg('policy.no-other-edition', { pack }) }));
      return null;
    }
    const base = resolve(target, visiting);
    if (base && !(base.raw.effective.from < p.written.effective.from)) {
      fail(p, '/extends', 'base-not-earlier', msg('policy.base-not-earlier', { edition, from: base.raw.effective.from, from2: p.written.effective.from }));
    }
    return base;
  };

  const inherit = (p: ParsedEdition, base: ResolvedEdition | undefined): ResolvedEdition | null => {
    const before = errors.length;
    const w = p.written;
    const definitions = new Map<string, Definition>(base?.definitions ?? []);
    for (const [name, body] of Object.entries(w.definitions ?? {})) {
      if (definitions.has(name)) {
        const where = definitions.get(name)!.origin;
        fail(p, `/definitions/${name}`, 'redefined-definition', msgWith('policy.redefined-definition', { name }, { file: where.doc.file !== undefined ? same(where.doc.file) : msg('policy.another-file') }), 'key');
      } else definitions.set(name, { body, origin: { doc: p.doc, pointer: `/definitions/${name}` } });
    }
    // Definitions nobody uses yet are checked too, so a broken one never waits for its first use.
    for (const [name, body] of Object.entries(w.definitions ?? {})) expandCondition(body, definitions, origins, errors, [name]);
    const expand = (rule: RawRule): RawRule => {
      const out: RawRule = { ...rule };
      if (rule.when !== undefined) out.when = expandCondition(rule.when, definitions, origins, errors);
      out.check = expandCondition(rule.check, definitions, origins, errors);
      return origins.mark(out, origins.of(rule));
    };
    const rules = applyChanges(p, base?.raw.rules ?? [], expand, fail);
    const appliesTo = w.appliesTo !== undefined ? expandCondition(w.appliesTo, definitions, origins, errors) : base?.raw.appliesTo;
    const appliesToNote = w.appliesToNote ?? base?.raw.appliesToNote;
    const extensions = Object.fromEntries(Object.entries(w).filter(([k]) => k.startsWith('x-')));
    const descriptorExtensions = { ...(base?.raw.descriptorExtensions ?? {}), ...(w.descriptorExtensions ?? {}) };
    // An edition's own documents stay with it, and with the editions that extend it.
    const sources = [...(base?.raw.sources ?? []), ...(w.sources ?? []).filter((s) => !(base?.raw.sources ?? []).some((b) => b.id === s.id))];
    const raw: RawEdition = {
      schemaVersion: w.schemaVersion, pack: w.pack, edition: w.edition, title: w.title, ...(w.description ? { description: w.description } : {}),
      effective: w.effective, source: w.source, ...(sources.length ? { sources } : {}), ...(appliesTo !== undefined ? { appliesTo } : {}), ...(appliesToNote ? { appliesToNote } : {}),
      ...(Object.keys(descriptorExtensions).length ? { descriptorExtensions } : {}),
      rules: origins.mark(rules, origins.of(w.rules ?? w)), ...extensions,
    };
    if (errors.length > before) return null;
    return { parsed: p, raw: origins.mark(raw, origins.of(w)), definitions };
  };

  for (const p of own.values()) resolve(p, []);
  const resolved = new Map<ParsedEdition, ResolvedEdition>();
  for (const [p, r] of memo) if (r) resolved.set(p, r);
  return { resolved, errors };
}

type Fail = (p: ParsedEdition, pointer: string, code: PolicyErrorCode, message: Bilingual) => void;

/** The base's rules in their order, replaced ones in place, removed ones dropped, added ones appended. */
function applyChanges(p: ParsedEdition, inherited: readonly RawRule[], expand: (rule: RawRule) => RawRule, fail: Fail): RawRule[] {
  const w = p.written;
  const position = new Map(inherited.map((r, i) => [r.id, i]));
  const rules: (RawRule | undefined)[] = [...inherited];
  const touched = new Map<string, string>();
  const once = (id: string, pointer: string): boolean => {
    const earlier = touched.get(id);
    if (earlier !== undefined) {
      fail(p, pointer, 'duplicate-rule-id', msg('policy.rule-changed-twice', { id, earlier }));
      return false;
    }
    touched.set(id, pointer);
    return true;
  };
  const noBase = !w.extends;
  (w.remove ?? []).forEach(({ id }, i) => {
    const at = position.get(id);
    if (at === undefined) {
      fail(p, `/remove/${i}/id`, 'remove-unknown-rule', noBase
        ? msg('policy.remove-without-base')
        : msg('policy.remove-unknown-rule', { id }));
    } else if (once(id, `/remove/${i}`)) rules[at] = undefined;
  });
  (w.replace ?? []).forEach((rule, i) => {
    const at = position.get(rule.id);
    if (at === undefined) {
      fail(p, `/replace/${i}/id`, 'replace-unknown-rule', noBase
        ? msg('policy.replace-without-base')
        : msg('policy.replace-unknown-rule', { id: rule.id }));
    } else if (once(rule.id, `/replace/${i}`)) rules[at] = expand(rule);
  });
  (w.rules ?? []).forEach((rule, i) => {
    if (position.has(rule.id)) {
      fail(p, `/rules/${i}/id`, 'rule-already-in-base', msg('policy.rule-already-in-base', { id: rule.id }));
    } else rules.push(expand(rule));
  });
  return rules.filter((r): r is RawRule => r !== undefined);
}
