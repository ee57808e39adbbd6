import { betaCases, cloudCases, localGovernment, modelCases, sharedThreeLayerCases } from '../../fixtures/local-government.js';
import { definePackCases } from '../tester.js';

export default definePackCases({
  pack: 'three-layer',
  edition: '2022-03',
  base: localGovernment,
  cases: [
    ...sharedThreeLayerCases(true),
    ...betaCases(),
    ...modelCases('2022-03', 'alpha_prime', 'beta'),
    ...cloudCases(),
  ],
});
