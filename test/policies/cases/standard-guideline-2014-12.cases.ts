import { nationalProject } from '../../fixtures/national-project.js';
import { definePackCases } from '../tester.js';

export default definePackCases({
  pack: 'standard-guideline',
  edition: '2014-12',
  base: nationalProject,
  cases: [
    {
      description: 'a project with a plan passes SG-PLAN-01; the exemption is not needed',
      expect: [{ ruleId: 'SG-PLAN-01', status: 'pass' }, { ruleId: 'SG-PLAN-02', status: 'not_applicable' }],
    },
    {
      description: 'a project started after 2015-04-01 without a plan fails SG-PLAN-01',
      patch: (d) => { d.project!.plan = { exists: false }; },
      expect: [{ ruleId: 'SG-PLAN-01', status: 'fail', pointer: '/project/plan/exists' }],
    },
    {
      description: 'a project running before 2015-04-01, never renewed, is covered by the transitional exemption',
      asOf: '2016-09-01',
      patch: (d) => { d.project!.runningSince = '2013-03-01'; d.project!.plan = { exists: false }; },
      expect: [{ ruleId: 'SG-PLAN-02', status: 'pass' }, { ruleId: 'SG-PLAN-01', status: 'not_applicable' }],
    },
    {
      description: 'the exemption lapses once the system is renewed or reviewed after 2015-04-01',
      asOf: '2018-01-01',
      patch: (d) => { d.project!.runningSince = '2013-03-01'; d.project!.plan = { exists: false }; d.project!.lastRenewedOrReviewedOn = '2017-06-01'; },
      expect: [{ ruleId: 'SG-PLAN-02', status: 'fail' }, { ruleId: 'SG-PLAN-01', status: 'fail' }],
    },
    {
      description: 'a descriptor that does not say whether a plan exists gets missing, not pass',
      patch: (d) => { delete d.project!.plan; },
      expect: [{ ruleId: 'SG-PLAN-01', status: 'missing', pointer: '/project/plan/exists' }],
    },
    {
      description: 'a local government is outside the Standard Guideline',
      patch: (d) => { d.organisation = { kind: 'municipality', name: '架空市' }; d.project!.plan = { exists: false }; },
      expect: [{ ruleId: 'SG-PLAN-01', status: 'not_applicable' }],
    },
  ],
});
