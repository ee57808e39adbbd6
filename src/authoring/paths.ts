// Paths inside case tables are joined here rather than with node:path: the runner also serves the
// embedded case tables, with no file system (and in a browser).

/** The folder part of a path ('' for a bare file name); both / and \ separate. */
export function folderOf(file: string): string {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return cut < 0 ? '' : file.slice(0, cut + 1);
}

/** `relative` as seen from `folder`, with `.` and `..` steps folded; an absolute path stays as it is. */
export function joinPath(folder: string, relative: string): string {
  if (/^([/\\]|[A-Za-z]:[/\\])/.test(relative)) return relative;
  const joined = `${folder}${folder === '' || /[/\\]$/.test(folder) ? '' : '/'}${relative}`;
  const absolute = /^[/\\]/.test(joined);
  const out: string[] = [];
  for (const step of joined.split(/[/\\]/)) {
    if (step === '' || step === '.') continue;
    if (step === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(step);
  }
  return `${absolute ? '/' : ''}${out.join('/')}`;
}
