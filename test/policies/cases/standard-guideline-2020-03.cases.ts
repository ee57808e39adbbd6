import { nationalProject } from '../../fixtures/national-project.js';
import { definePackCases } from '../tester.js';
import { standardGuidelineCases } from './standard-guideline.shared.js';

export default definePackCases({
  pack: 'standard-guideline',
  edition: '2020-03',
  base: nationalProject,
  cases: standardGuidelineCases('2020-03', [
    {
      description: 'from 2019-02 the transitional exemption no longer spares the phase reviews',
      asOf: '2019-10-28',
      patch: (d) => {
        d.project!.runningSince = '2013-03-01';
        d.project!.plan = { exists: false };
        d.phases = [{ phase: 'design_development', startedOn: '2016-04-01', completedOn: '2017-03-01', selfInspection: { done: false }, pmoReview: { done: false } }];
      },
      expect: [
        { ruleId: 'SG-PLAN-02', status: 'pass' },
        { ruleId: 'SG-PLAN-01', status: 'not_applicable' },
        { ruleId: 'SG-GATE-01', status: 'fail', pointer: '/phases/0' },
        { ruleId: 'SG-GATE-02', status: 'fail', pointer: '/phases/0' },
      ],
    },
  ]),
});
