import pf201303 from '../../../policies/gov-common-platform/2013-03.yaml?raw';
import pf201902 from '../../../policies/gov-common-platform/2019-02.yaml?raw';
import pf202009 from '../../../policies/gov-common-platform/2020-09.yaml?raw';

/** Embedded editions of the gov-common-platform pack. */
export const govCommonPlatform = [
  { file: 'policies/gov-common-platform/2013-03.yaml', text: pf201303 },
  { file: 'policies/gov-common-platform/2019-02.yaml', text: pf201902 },
  { file: 'policies/gov-common-platform/2020-09.yaml', text: pf202009 },
];
