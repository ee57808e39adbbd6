// Deterministic descriptors for the bench: a corpus of variations of the example descriptors (T5,
// and the status cross-checks of T1 and T2) and descriptors with many work items (T6). The same
// seed gives the same files on every machine; nothing here reads the clock or Math.random.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

/** A small seeded PRNG (mulberry32): numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The example descriptors (docs/examples/*.yaml) as plain objects, in file-name order. */
export function exampleDescriptors(dir = 'docs/examples') {
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((file) => ({ file: join(dir, file), value: YAML.parse(readFileSync(join(dir, file), 'utf8')) }));
}

const clone = (value) => JSON.parse(JSON.stringify(value));
const KEEP = new Set(['/schemaVersion', '/id', '/organisation', '/organisation/kind', '/organisation/name', '/project', '/project/name']);
const DAY = 86_400_000;

function leaves(value, pointer = '', out = []) {
  if (value !== null && typeof value === 'object') {
    if (pointer !== '' && !KEEP.has(pointer)) out.push({ pointer, value });
    for (const [key, child] of Object.entries(value)) leaves(child, `${pointer}/${key}`, out);
  } else if (!KEEP.has(pointer)) out.push({ pointer, value });
  return out;
}

function parentOf(root, pointer) {
  const steps = pointer.split('/').slice(1);
  let at = root;
  for (const step of steps.slice(0, -1)) at = at[step];
  return { parent: at, key: steps[steps.length - 1] };
}

/** One random change at one place: delete it, empty a list, flip a boolean, move a date, change a number. */
function mutate(root, random) {
  const all = leaves(root);
  if (all.length === 0) return;
  const { pointer, value } = all[Math.floor(random() * all.length)];
  const { parent, key } = parentOf(root, pointer);
  const roll = random();
  if (Array.isArray(value)) {
    if (roll < 0.5) parent[key] = [];
    else delete parent[key];
  } else if (Array.isArray(parent)) {
    if (roll < 0.5) parent.splice(Number(key), 1);
  } else if (roll < 0.4) delete parent[key];
  else if (typeof value === 'boolean') parent[key] = !value;
  else if (typeof value === 'number') parent[key] = roll < 0.7 ? 0 : value + 1;
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const shift = Math.round((random() - 0.5) * 4000) * DAY;
    parent[key] = new Date(Date.parse(`${value}T00:00:00Z`) + shift).toISOString().slice(0, 10);
  }
}

/**
 * `count` valid descriptors: example k mod n, changed one to five times at random places (a change
 * that makes it invalid is undone), with id `corpus-<k>`. `isValid` is kanmon's validation.
 */
export function corpusDescriptors(count, isValid, seed = 11) {
  const bases = exampleDescriptors().map((e) => e.value);
  const out = [];
  for (let k = 0; k < count; k++) {
    const random = seededRandom(seed * 100_003 + k);
    let descriptor = clone(bases[k % bases.length]);
    descriptor.id = `corpus-${k}`;
    const changes = 1 + Math.floor(random() * 5);
    for (let c = 0; c < changes; c++) {
      const candidate = clone(descriptor);
      mutate(candidate, random);
      if (isValid(candidate)) descriptor = candidate;
    }
    out.push(descriptor);
  }
  return out;
}

/** Write descriptors as YAML files `corpus-<k>.yaml` into a folder; returns the paths in order. */
export function writeCorpus(descriptors, dir) {
  mkdirSync(dir, { recursive: true });
  return descriptors.map((d, k) => {
    const file = join(dir, `corpus-${String(k).padStart(4, '0')}.yaml`);
    writeFileSync(file, YAML.stringify(d));
    return file;
  });
}

const WORK_KINDS = ['new_build', 'renewal', 'functional_addition', 'modification', 'operation', 'maintenance'];

/** The national-compliant example with `count` work items, varied so every work-item rule is exercised. */
export function scaledDescriptor(count, base = YAML.parse(readFileSync('docs/examples/national-compliant.yaml', 'utf8'))) {
  const workItems = new Array(count);
  for (let i = 0; i < count; i++) {
    workItems[i] = {
      id: `w-${i}`, title: `作業項目 ${i}`, kind: WORK_KINDS[i % WORK_KINDS.length], affectsOperations: i % 3 !== 0,
      inProjectPlan: i % 7 !== 0, ...(i % 4 === 0 ? {} : { startedOn: `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}` }),
    };
  }
  return { ...base, id: `scale-${count}`, workItems };
}
