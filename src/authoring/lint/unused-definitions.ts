import { toPointer } from '../../shared/json-pointer.js';
import { referencedNames } from './conditions.js';
import { editionName, findingIn, type EditionFile } from './edition-file.js';
import type { LintFinding } from './types.js';

/** The edition an edition file extends, as `pack@edition`. */
const baseName = (e: EditionFile): string | undefined => {
  const ext = e.written.extends;
  return ext === undefined ? undefined : ext.includes('@') ? ext : `${e.written.pack}@${ext}`;
};

/** Whether `e` extends `base`, directly or through other editions of the family. */
function extendsEdition(e: EditionFile, base: EditionFile, family: readonly EditionFile[]): boolean {
  const byName = new Map(family.map((f) => [editionName(f.written), f]));
  const seen = new Set<EditionFile>();
  for (let at = byName.get(baseName(e) ?? ''); at && !seen.has(at); at = byName.get(baseName(at) ?? '')) {
    if (at === base) return true;
    seen.add(at);
  }
  return false;
}

/** Definitions no condition refers to: not in their own file, nor in an edition of the family that inherits them. */
export function unusedDefinitions(edition: EditionFile, family: readonly EditionFile[]): LintFinding[] {
  const names = Object.keys(edition.written.definitions ?? {});
  if (names.length === 0) return [];
  const users = family.filter((f) => f === edition || extendsEdition(f, edition, family));
  const used = new Set(users.flatMap((f) => [...referencedNames(f.written)]));
  return names.filter((name) => !used.has(name)).map((name) => findingIn(edition, {
    code: 'unused-definition', pointer: toPointer(['definitions', name]), target: 'key', params: { name, edition: editionName(edition.written) },
  }));
}
