import sg201412 from '../../../policies/standard-guideline/2014-12.yaml?raw';
import sg201902 from '../../../policies/standard-guideline/2019-02.yaml?raw';

/** Embedded editions of the standard-guideline pack. */
export const standardGuideline = [
  { file: 'policies/standard-guideline/2014-12.yaml', text: sg201412 },
  { file: 'policies/standard-guideline/2019-02.yaml', text: sg201902 },
];
