import { describe, it } from 'vitest';
import { bundledPacksModule } from './bundled-packs.js';
import { expectCurrent } from './expect-current.js';

// Apart from the other generated files: the bundled packs module is what every other test loads.
describe('the bundled packs are precompiled', () => {
  it('src/policy/bundled/packs.generated.ts holds every edition and the bibliography, checked', () => {
    expectCurrent('src/policy/bundled/packs.generated.ts', bundledPacksModule());
  });
});
