import { betaCases, cloudCases, lawCases, localGovernment, modelCases, sharedThreeLayerCases } from '../../fixtures/local-government.js';
import { definePackCases } from '../tester.js';

export default definePackCases({
  pack: 'three-layer',
  edition: '2024-06',
  base: localGovernment,
  cases: [
    ...sharedThreeLayerCases(true),
    ...betaCases(),
    ...modelCases('2024-06', 'alpha_prime', 'alpha'),
    ...cloudCases(),
    ...lawCases(),
  ],
});
