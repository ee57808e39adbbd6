import lg202103 from '../../../policies/local-it-governance/2021-03.yaml?raw';

/** Embedded editions of the local-it-governance pack (a local government's own procurement and security governance). */
export const localItGovernance = [
  { file: 'policies/local-it-governance/2021-03.yaml', text: lg202103 },
];
