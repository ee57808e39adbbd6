import { nationalProject } from '../../fixtures/national-project.js';
import { definePackCases } from '../tester.js';
import { reviewsWithoutExemption, standardGuidelineCases } from './standard-guideline.shared.js';

export default definePackCases({
  pack: 'standard-guideline',
  edition: '2020-03',
  base: nationalProject,
  cases: standardGuidelineCases('2020-03', [
    reviewsWithoutExemption,
  ]),
});
