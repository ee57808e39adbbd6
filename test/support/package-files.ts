import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CaseFileSystem } from '../../src/authoring/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The package's own files by their path in it (policies/…), as `kanmon test` reads them from an installed package. */
export const bundledFiles: CaseFileSystem = { readFile: (path) => readFileSync(root + path, 'utf8') };
