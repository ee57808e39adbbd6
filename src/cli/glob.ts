// A small glob matcher for file arguments (Node 20 has no fs.glob): `*` any characters within a
// path segment, `?` one character, `**` any number of folders. A name starting with `.` is matched
// only by a pattern segment that starts with `.`, as shells do.

/** Whether a path argument is a pattern rather than a plain path. */
export function isGlob(arg: string): boolean {
  return /[*?]/.test(arg);
}

/** A regular expression for one path segment of a pattern (`*`, `?`; everything else literal). */
function segmentRegExp(segment: string): RegExp {
  const body = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

/** Lists a folder's entries, folders marked with a trailing `/`; throws when it is not a folder. */
export type ListDir = (path: string) => readonly string[];

/**
 * Every path that matches a pattern, sorted. Folders are listed through `listDir` from the longest
 * literal prefix of the pattern; a folder that matches the last segment is returned with a trailing `/`.
 */
export function expandGlob(pattern: string, listDir: ListDir): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  if (absolute) segments.shift();
  let fixed = 0;
  while (fixed < segments.length - 1 && !isGlob(segments[fixed]!)) fixed++;
  const base = (absolute ? '/' : '') + segments.slice(0, fixed).join('/');
  const found = new Set<string>();
  walk(base, segments.slice(fixed), listDir, found);
  return [...found].sort();
}

const join = (dir: string, name: string): string => (dir === '' ? name : dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`);

function entries(dir: string, listDir: ListDir): readonly string[] {
  try {
    return listDir(dir === '' ? '.' : dir);
  } catch {
    return [];
  }
}

function walk(dir: string, rest: readonly string[], listDir: ListDir, found: Set<string>): void {
  const [segment, ...more] = rest;
  if (segment === undefined) return;
  if (segment === '**') {
    walk(dir, more, listDir, found);
    for (const entry of entries(dir, listDir)) {
      if (entry.endsWith('/') && !entry.startsWith('.')) walk(join(dir, entry.slice(0, -1)), rest, listDir, found);
    }
    return;
  }
  const match = segmentRegExp(segment);
  for (const entry of entries(dir, listDir)) {
    const folder = entry.endsWith('/');
    const name = folder ? entry.slice(0, -1) : entry;
    if (name.startsWith('.') && !segment.startsWith('.')) continue;
    if (!match.test(name)) continue;
    if (more.length === 0) found.add(folder ? `${join(dir, name)}/` : join(dir, name));
    else if (folder) walk(join(dir, name), more, listDir, found);
  }
}
