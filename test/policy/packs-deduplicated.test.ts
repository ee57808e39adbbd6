import { isAlias, isNode, parse, parseDocument, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { editionFiles } from '../generated/bundled-packs.js';

const BUNDLED_SOURCES = editionFiles().map((file) => ({ file, text: readFileSync(file, 'utf8') }));
import { canonical } from '../../src/shared/messages.js';

// The bundled packs state each rule and each sizeable condition once: a later edition extends its
// predecessor and writes only what changed, and a fragment used in several places is a definition.

type Json = Record<string, unknown>;
interface Written { file: string; edition: Json }

/** Rule ids whose body is written more than once within the files of one pack. */
function repeatedRules(files: readonly Written[]): string[] {
  const seen = new Map<string, string>();
  const repeated: string[] = [];
  for (const { file, edition } of files) {
    for (const section of ['rules', 'replace'] as const) {
      ((edition[section] ?? []) as Json[]).forEach((rule, i) => {
        const key = JSON.stringify(canonical(rule));
        const first = seen.get(key);
        if (first) repeated.push(`${String(rule.id)}: ${first} and ${file} /${section}/${i}`);
        else seen.set(key, `${file} /${section}/${i}`);
      });
    }
  }
  return repeated;
}

/** Condition fragments of at least `min` leaves (a reference counts as one) written more than once within one pack. */
function repeatedFragments(files: readonly Written[], min = 3): string[] {
  const seen = new Map<string, string>();
  const repeated: string[] = [];
  const visitCondition = (node: unknown, where: string): number => {
    if (node === null || typeof node !== 'object') return 0;
    const c = node as Json;
    let leaves = 1;
    if (Array.isArray(c.all) || Array.isArray(c.any)) leaves = ((c.all ?? c.any) as unknown[]).reduce<number>((n, child, i) => n + visitCondition(child, `${where}/${i}`), 0);
    else if (c.not !== undefined) leaves = visitCondition(c.not, `${where}/not`);
    if (leaves >= min) {
      const key = JSON.stringify(canonical(c));
      const first = seen.get(key);
      if (first) repeated.push(`${first} and ${where}: ${key}`);
      else seen.set(key, where);
    }
    return leaves;
  };
  for (const { file, edition } of files) {
    if (edition.appliesTo) visitCondition(edition.appliesTo, `${file} /appliesTo`);
    for (const [name, body] of Object.entries((edition.definitions ?? {}) as Json)) visitCondition(body, `${file} /definitions/${name}`);
    for (const section of ['rules', 'replace'] as const) {
      ((edition[section] ?? []) as Json[]).forEach((rule, i) => {
        if (rule.when !== undefined) visitCondition(rule.when, `${file} /${section}/${i}/when`);
        visitCondition(rule.check, `${file} /${section}/${i}/check`);
      });
    }
  }
  return repeated;
}

const packs = new Map<string, Written[]>();
for (const { file, text } of BUNDLED_SOURCES) {
  const edition = parse(text) as Json;
  packs.set(String(edition.pack), [...(packs.get(String(edition.pack)) ?? []), { file, edition }]);
}

describe('the bundled packs are written without repetition', () => {
  it('the checks find a repeated rule and a repeated fragment when there is one', () => {
    const leaf = (path: string) => ({ fact: 'project', path, operator: 'exists', value: true });
    const rule = { id: 'X-01', check: { all: [leaf('$.a'), leaf('$.b'), { condition: 'c' }] } };
    const files = [{ file: 'a.yaml', edition: { rules: [rule] } }, { file: 'b.yaml', edition: { replace: [{ ...rule }], definitions: { d: { any: [leaf('$.a'), leaf('$.b')] } } } }];
    expect(repeatedRules(files)).toEqual(['X-01: a.yaml /rules/0 and b.yaml /replace/0']);
    expect(repeatedFragments(files)).toHaveLength(1);
    expect(repeatedFragments(files, 2)).toHaveLength(1);
  });

  for (const [pack, files] of packs) {
    it(`${pack}: every edition after the first extends the one before it`, () => {
      const editions = files.map((f) => f.edition).sort((a, b) => String((a.effective as Json).from).localeCompare(String((b.effective as Json).from)));
      expect(editions.map((e) => e.extends ?? null)).toEqual([null, ...editions.slice(0, -1).map((e) => e.edition)]);
    });

    it(`${pack}: no rule body is written twice and no condition of three or more leaves is written twice`, () => {
      expect(repeatedRules(files)).toEqual([]);
      expect(repeatedFragments(files)).toEqual([]);
    });
  }

  it('no pack file uses YAML anchors or aliases', () => {
    for (const { file, text } of BUNDLED_SOURCES) {
      const found: string[] = [];
      visit(parseDocument(text), (_, node) => { if (isAlias(node) || (isNode(node) && node.anchor)) found.push(String(node)); });
      expect(found, file).toEqual([]);
    }
  });
});
