import { betaCases, localGovernment, modelCases, sharedThreeLayerCases } from '../../fixtures/local-government.js';
import { definePackCases } from '../tester.js';

export default definePackCases({
  pack: 'three-layer',
  edition: '2020-12',
  base: localGovernment,
  cases: [
    ...sharedThreeLayerCases(true),
    ...betaCases(),
    ...modelCases('2020-12', 'alpha_prime', 'beta_prime'),
  ],
});
