import { describe, expect, it } from 'vitest';
import { bundledEditions } from '../../src/policy/bundled.js';
import { decodeFragment, encodeFragment, MAX_EXPANDED_BYTES } from '../../src/playground/share.js';
import { defaultState, packEditions, restoreState } from '../../src/playground/state.js';

// A shared link is data from anyone: what it restores must be what the page offers, and a link
// that is not one of ours, or that would inflate without end, restores nothing.

const packs = packEditions(bundledEditions());
const base = defaultState({ file: 'secure-zone.yaml', text: 'schemaVersion: 1\n' }, 'en', packs);

describe('the state of a first visit', () => {
  it('checks every bundled pack at the edition in force and compares the first two standard-guideline editions', () => {
    expect(base.packs).toEqual([...packs.keys()]);
    expect(base.editions).toEqual({});
    expect(base.diff).toEqual({ pack: 'standard-guideline', from: '2014-12', to: '2019-02' });
    expect(packs.get('standard-guideline')).toEqual([...packs.get('standard-guideline')!].sort());
  });
});

describe('restoreState', () => {
  it('takes every field that fits', () => {
    const restored = restoreState({
      text: 'x: 1', example: '', lang: 'ja', asOf: '2020-04-01', phase: 'procurement', failOn: 'warning', retroactive: true,
      packs: ['standard-guideline', 'ismap'], editions: { 'standard-guideline': '2019-02' }, view: 'diff',
      diff: { pack: 'standard-guideline', from: '2019-02', to: '2014-12' },
    }, base, packs);
    expect(restored).toEqual({
      text: 'x: 1', example: '', lang: 'ja', asOf: '2020-04-01', phase: 'procurement', failOn: 'warning', retroactive: true,
      packs: [...packs.keys()].filter((p) => p === 'ismap' || p === 'standard-guideline'), // in the bundle's order
      editions: { 'standard-guideline': '2019-02' }, view: 'diff', diff: { pack: 'standard-guideline', from: '2019-02', to: '2014-12' },
    });
  });

  it('keeps the first visit\'s value for every field that does not fit', () => {
    const restored = restoreState({
      text: 42, lang: 'fr', asOf: '2020-02-30', phase: 'lunch', failOn: 'fatal', retroactive: 'yes',
      packs: ['no-such-pack', 'ismap'], editions: { 'standard-guideline': '1999-01', nope: '2019-02', ismap: 7 }, view: 'admin',
      diff: { pack: 'standard-guideline', from: '2014-12', to: '2099-01' },
    }, base, packs);
    expect(restored).toEqual({ ...base, example: '', packs: ['ismap'], editions: {} });
    expect(restoreState('not an object', base, packs)).toBe(base);
    expect(restoreState(null, base, packs)).toBe(base);
  });
});

describe('the URL fragment', () => {
  it('carries a state there and back, compressed', async () => {
    const state = { ...base, text: 'あ'.repeat(5000), lang: 'ja' as const };
    const fragment = await encodeFragment(state);
    expect(fragment).toMatch(/^v1=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(1000);
    expect(await decodeFragment(`#${fragment}`)).toEqual(state);
  });

  it('reads nothing from a fragment that is not ours, is corrupt, or would inflate past the limit', async () => {
    expect(await decodeFragment('#section-2')).toBeUndefined();
    expect(await decodeFragment('#v1=not-deflated')).toBeUndefined();
    expect(await decodeFragment('#v1=***')).toBeUndefined();
    const bomb = await encodeFragment('x'.repeat(MAX_EXPANDED_BYTES + 10));
    expect(bomb.length).toBeLessThan(10_000);
    expect(await decodeFragment(bomb)).toBeUndefined();
  });
});
