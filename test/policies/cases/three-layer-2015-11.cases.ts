import { localGovernment, modelCases, sharedThreeLayerCases } from '../../fixtures/local-government.js';
import { definePackCases } from '../tester.js';

export default definePackCases({
  pack: 'three-layer',
  edition: '2015-11',
  base: localGovernment,
  cases: [
    ...sharedThreeLayerCases(false),
    ...modelCases('2015-11', 'beta', 'alpha'),
  ],
});
