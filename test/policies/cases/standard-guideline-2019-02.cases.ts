import { nationalProject } from '../../fixtures/national-project.js';
import { definePackCases } from '../tester.js';

export default definePackCases({
  pack: 'standard-guideline',
  edition: '2019-02',
  base: nationalProject,
  cases: [
    {
      description: 'plan and every work item in it: all project-plan rules pass',
      expect: [{ ruleId: 'SG-PLAN-01', status: 'pass' }, { ruleId: 'SG-PLAN-03', status: 'pass', pointer: '/workItems/0' }],
    },
    {
      description: 'no plan and started after 2015-04-01 fails SG-PLAN-01',
      patch: (d) => { d.project!.plan = { exists: false }; },
      expect: [{ ruleId: 'SG-PLAN-01', status: 'fail' }],
    },
    {
      description: 'a functional addition left out of the plan fails SG-PLAN-03 even under the transitional exemption',
      asOf: '2019-10-28',
      patch: (d) => {
        d.project!.runningSince = '2013-03-01';
        d.project!.plan = { exists: false };
        d.workItems = [{ id: 'secure-zone', title: 'セキュアゾーン', kind: 'functional_addition', inProjectPlan: false }];
      },
      expect: [
        { ruleId: 'SG-PLAN-02', status: 'pass' },
        { ruleId: 'SG-PLAN-01', status: 'not_applicable' },
        { ruleId: 'SG-PLAN-03', status: 'fail', pointer: '/workItems/0' },
      ],
    },
    {
      description: 'the transitional exemption lapses after a renewal',
      patch: (d) => { d.project!.runningSince = '2014-01-01'; d.project!.plan = { exists: false }; d.project!.lastRenewedOrReviewedOn = '2019-01-10'; },
      expect: [{ ruleId: 'SG-PLAN-02', status: 'fail' }, { ruleId: 'SG-PLAN-01', status: 'fail' }],
    },
    {
      description: 'one finding per work item, each at its own pointer',
      patch: (d) => {
        d.workItems = [
          { id: 'a', kind: 'modification', affectsOperations: true, inProjectPlan: true },
          { id: 'b', kind: 'functional_addition', inProjectPlan: false },
          { id: 'c', kind: 'maintenance', affectsOperations: false, inProjectPlan: false },
        ];
      },
      expect: [
        { ruleId: 'SG-PLAN-03', status: 'pass', pointer: '/workItems/0' },
        { ruleId: 'SG-PLAN-03', status: 'fail', pointer: '/workItems/1' },
        { ruleId: 'SG-PLAN-03', status: 'not_applicable', pointer: '/workItems/2' },
      ],
    },
    {
      description: 'a work item that does not say whether it affects operations is missing, not pass',
      patch: (d) => { d.workItems = [{ id: 'x', kind: 'maintenance', inProjectPlan: false }]; },
      expect: [{ ruleId: 'SG-PLAN-03', status: 'missing', pointer: '/workItems/0' }],
    },
  ],
});
