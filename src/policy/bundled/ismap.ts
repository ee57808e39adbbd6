import is202006 from '../../../policies/ismap/2020-06.yaml?raw';
import is202211 from '../../../policies/ismap/2022-11.yaml?raw';
import is202305 from '../../../policies/ismap/2023-05.yaml?raw';

/** Embedded editions of the ismap pack. */
export const ismap = [
  { file: 'policies/ismap/2020-06.yaml', text: is202006 },
  { file: 'policies/ismap/2022-11.yaml', text: is202211 },
  { file: 'policies/ismap/2023-05.yaml', text: is202305 },
];
