import { it } from 'vitest';
import { runSlice, SLICE_PARTS, SLICE_RUNS, SLICE_TIMEOUT } from './slice.js';

it(`fuzz slice, part 4 of ${SLICE_PARTS} (${SLICE_RUNS / SLICE_PARTS} cases): every invariant of the campaign holds`, () => runSlice(4), SLICE_TIMEOUT);
