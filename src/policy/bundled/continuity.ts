import bcp201902 from '../../../policies/continuity/2019-02.yaml?raw';

/** Embedded editions of the continuity pack. */
export const continuity = [
  { file: 'policies/continuity/2019-02.yaml', text: bcp201902 },
];
