import { it } from 'vitest';
import { runSlice, SLICE_PARTS, SLICE_RUNS, SLICE_TIMEOUT } from './slice.js';

it(`fuzz slice, part 3 of ${SLICE_PARTS} (${SLICE_RUNS / SLICE_PARTS} cases): every invariant of the campaign holds`, () => runSlice(3), SLICE_TIMEOUT);
