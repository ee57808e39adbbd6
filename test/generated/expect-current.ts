import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

const update = process.env.KANMON_UPDATE === '1';

/** A generated file must equal what its generator makes now; with KANMON_UPDATE=1 (npm run generate) it is rewritten. */
export function expectCurrent(file: string, content: string): void {
  if (update) {
    mkdirSync(file.replace(/\/[^/]+$/, ''), { recursive: true });
    writeFileSync(file, content);
    return;
  }
  const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
  expect(committed === content, `${file} is stale: run npm run generate`).toBe(true);
}
