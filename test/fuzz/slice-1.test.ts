import { it } from 'vitest';
import { runSlice, SLICE_PARTS, SLICE_RUNS, SLICE_TIMEOUT } from './slice.js';

it(`fuzz slice, part 1 of ${SLICE_PARTS} (${SLICE_RUNS / SLICE_PARTS} cases): every invariant of the campaign holds`, () => runSlice(1), SLICE_TIMEOUT);
