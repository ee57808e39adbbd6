import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder the kanmon package is installed in (where its policies/ and docs/ are), found from this module. */
export function packageRoot(): string {
  if (root === undefined) {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    root = dir;
  }
  return root;
}

/** A path inside the installed package (e.g. policies/standard-guideline/2019-02.yaml). */
export function packageFile(path: string): string {
  return join(packageRoot(), path);
}
