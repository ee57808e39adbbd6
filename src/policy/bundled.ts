import type { CompiledEdition } from '../engine/compiled.js';
import { BUNDLED_EDITIONS, BUNDLED_HASHES } from './bundled/packs.generated.js';
import { bundledCompiler } from './load.js';
import type { EditionData } from './written.js';

let editions: readonly CompiledEdition[] | undefined;
/** Per pack, its editions resolved together (an edition extends an earlier one of its pack), each compiled on demand. */
const packCompilers = new Map<string, (data: EditionData) => CompiledEdition>();

/**
 * The bundled editions, each compiled on first use of its rules. Choosing the edition in force needs
 * only an edition's pack, name, dates and hash, which the data gives as they are, so a call compiles
 * the editions it judges by, not every edition of every pack.
 */
export function bundledEditions(): readonly CompiledEdition[] {
  editions ??= BUNDLED_EDITIONS.map((data, i) => lazyEdition(data, BUNDLED_HASHES[i]!));
  return editions;
}

/** The fields compiling adds, in the order a compiled edition holds them (`hash` and `file` follow). */
const COMPILED_FIELDS = ['source', 'appliesTo', 'appliesToNote', 'rules'] as const;

/**
 * An edition whose compiled fields are filled in on first read. Its keys, their order and its JSON are
 * those of the compiled edition from the start, so no reader can tell it from an eagerly compiled one.
 */
function lazyEdition(data: EditionData, hash: string): CompiledEdition {
  const { pack, edition, title, effective } = data.value;
  const lazy = { pack, edition, title, effective } as CompiledEdition;
  const compile = (): CompiledEdition => {
    const compiled = packCompiler(data.value.pack)(data);
    for (const key of COMPILED_FIELDS) {
      if (key in compiled) Object.defineProperty(lazy, key, { value: compiled[key], enumerable: true, writable: true, configurable: true });
      else Reflect.deleteProperty(lazy, key);
    }
    return compiled;
  };
  for (const key of COMPILED_FIELDS) {
    if (has(data, key)) Object.defineProperty(lazy, key, { get: () => compile()[key], enumerable: true, configurable: true });
  }
  lazy.hash = hash;
  if (data.file !== undefined) lazy.file = data.file;
  return lazy;
}

/** The compiler of a pack's bundled editions, which resolves them together once. */
function packCompiler(pack: string): (data: EditionData) => CompiledEdition {
  let compiler = packCompilers.get(pack);
  if (!compiler) {
    compiler = bundledCompiler(BUNDLED_EDITIONS.filter((e) => e.value.pack === pack));
    packCompilers.set(pack, compiler);
  }
  return compiler;
}

/** Whether the compiled edition has the field: appliesTo and its note may be the edition's own or inherited from its base. */
function has(data: EditionData, key: (typeof COMPILED_FIELDS)[number]): boolean {
  if (key !== 'appliesTo' && key !== 'appliesToNote') return true;
  for (let w: EditionData['value'] | undefined = data.value; w; w = baseOf(w)) if (w[key] !== undefined) return true;
  return false;
}

/** The bundled edition an edition extends (`edition` or `pack@edition`, always of its own pack). */
function baseOf(written: EditionData['value']): EditionData['value'] | undefined {
  if (written.extends === undefined) return undefined;
  const name = written.extends.slice(written.extends.indexOf('@') + 1);
  return BUNDLED_EDITIONS.find((e) => e.value.pack === written.pack && e.value.edition === name)?.value;
}
