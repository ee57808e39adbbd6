import tl201511 from '../../../policies/three-layer/2015-11.yaml?raw';
import tl202012 from '../../../policies/three-layer/2020-12.yaml?raw';
import tl202203 from '../../../policies/three-layer/2022-03.yaml?raw';
import tl202406 from '../../../policies/three-layer/2024-06.yaml?raw';
import tl202410 from '../../../policies/three-layer/2024-10.yaml?raw';

/** Embedded editions of the three-layer pack (local governments' network separation). */
export const threeLayer = [
  { file: 'policies/three-layer/2015-11.yaml', text: tl201511 },
  { file: 'policies/three-layer/2020-12.yaml', text: tl202012 },
  { file: 'policies/three-layer/2022-03.yaml', text: tl202203 },
  { file: 'policies/three-layer/2024-06.yaml', text: tl202406 },
  { file: 'policies/three-layer/2024-10.yaml', text: tl202410 },
];
