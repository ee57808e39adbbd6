import { nationalProject } from '../../fixtures/national-project.js';
import { definePackCases } from '../tester.js';
import { standardGuidelineCases } from './standard-guideline.shared.js';

export default definePackCases({
  pack: 'standard-guideline',
  edition: '2014-12',
  base: nationalProject,
  cases: standardGuidelineCases('2014-12', [
    {
      description: 'under the transitional exemption the phase reviews are not required either (2014-12 only)',
      asOf: '2017-06-01',
      patch: (d) => {
        d.project!.runningSince = '2013-03-01';
        d.project!.plan = { exists: false };
        d.phases = [{ phase: 'design_development', startedOn: '2016-04-01', completedOn: '2017-03-01', selfInspection: { done: false }, pmoReview: { done: false } }];
      },
      expect: [
        { ruleId: 'SG-PLAN-02', status: 'pass' },
        { ruleId: 'SG-GATE-01', status: 'not_applicable', pointer: '/phases/0' },
        { ruleId: 'SG-GATE-02', status: 'not_applicable', pointer: '/phases/0' },
      ],
    },
    {
      description: 'a functional addition outside the plan is not yet a finding in 2014-12 (SG-PLAN-03 starts in 2019-02)',
      asOf: '2016-09-01',
      patch: (d) => {
        d.project!.runningSince = '2013-03-01';
        d.project!.plan = { exists: false };
        d.workItems = [{ id: 'secure-zone', kind: 'functional_addition', inProjectPlan: false }];
      },
      expect: [{ ruleId: 'SG-PLAN-01', status: 'not_applicable' }, { ruleId: 'SG-PLAN-02', status: 'pass' }],
    },
  ]),
});
