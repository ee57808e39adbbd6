import sg201412 from '../../../policies/standard-guideline/2014-12.yaml?raw';
import sg201902 from '../../../policies/standard-guideline/2019-02.yaml?raw';
import sg201906 from '../../../policies/standard-guideline/2019-06.yaml?raw';
import sg202003 from '../../../policies/standard-guideline/2020-03.yaml?raw';
import sg202109 from '../../../policies/standard-guideline/2021-09.yaml?raw';

/** Embedded editions of the standard-guideline pack. */
export const standardGuideline = [
  { file: 'policies/standard-guideline/2014-12.yaml', text: sg201412 },
  { file: 'policies/standard-guideline/2019-02.yaml', text: sg201902 },
  { file: 'policies/standard-guideline/2019-06.yaml', text: sg201906 },
  { file: 'policies/standard-guideline/2020-03.yaml', text: sg202003 },
  { file: 'policies/standard-guideline/2021-09.yaml', text: sg202109 },
];
