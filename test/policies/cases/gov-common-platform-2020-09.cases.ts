import { platformProject } from '../../fixtures/platform-project.js';
import { definePackCases } from '../tester.js';
import { sharedPlatformCases } from './gov-common-platform-2019-02.cases.js';

export default definePackCases({
  pack: 'gov-common-platform',
  edition: '2020-09',
  base: platformProject,
  cases: [
    ...sharedPlatformCases,
    {
      description: 'cloud procurement for the platform that follows ISMAP passes PF-SEC-01',
      expect: [{ ruleId: 'PF-SEC-01', status: 'pass' }],
    },
    {
      description: 'cloud procurement for the platform without the ISMAP-based response fails PF-SEC-01',
      patch: (d) => { d.commonPlatform!.cloudProcurementFollowsIsmap = false; },
      expect: [{ ruleId: 'PF-SEC-01', status: 'fail', pointer: '/commonPlatform/cloudProcurementFollowsIsmap' }],
    },
    {
      description: 'cloud procurement that does not say how it follows ISMAP is missing PF-SEC-01',
      patch: (d) => { delete d.commonPlatform!.cloudProcurementFollowsIsmap; },
      expect: [{ ruleId: 'PF-SEC-01', status: 'missing' }],
    },
    {
      description: 'a platform system that procures no cloud service is outside PF-SEC-01',
      patch: (d) => { d.commonPlatform!.procuresCloudServices = false; delete d.commonPlatform!.cloudProcurementFollowsIsmap; },
      expect: [{ ruleId: 'PF-SEC-01', status: 'not_applicable' }],
    },
    {
      description: 'PF-SEC-01 is checked in the pre-budget review',
      phase: 'budget_request',
      patch: (d) => { d.commonPlatform!.cloudProcurementFollowsIsmap = false; },
      expect: [{ ruleId: 'PF-SEC-01', status: 'fail' }],
    },
  ],
});
