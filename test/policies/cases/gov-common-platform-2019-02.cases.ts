import { platformProject } from '../../fixtures/platform-project.js';
import { definePackCases, type PackCase } from '../tester.js';

/** Cases for the rules both editions share; the 2020-09 file runs them again under its edition. */
export const sharedPlatformCases: PackCase[] = [
  {
    description: 'a platform migration in good order passes every network and migration rule',
    expect: [
      { ruleId: 'PF-NW-01', status: 'pass', pointer: '/sites/0' },
      { ruleId: 'PF-NW-02', status: 'pass', pointer: '/sites/1' },
      { ruleId: 'PF-NW-03', status: 'pass', pointer: '/sites/2' },
      { ruleId: 'PF-MIG-01', status: 'pass' },
      { ruleId: 'PF-MIG-02', status: 'pass' },
      { ruleId: 'PF-MIG-03', status: 'pass' },
      { ruleId: 'PF-MIG-04', status: 'pass' },
    ],
  },
  {
    description: 'a user site whose G-net traffic is not encrypted fails PF-NW-01 at that site only',
    patch: (d) => { d.sites![2]!.gnet!.encrypted = false; },
    expect: [
      { ruleId: 'PF-NW-01', status: 'fail', pointer: '/sites/2' },
      { ruleId: 'PF-NW-01', status: 'pass', pointer: '/sites/0' },
    ],
  },
  {
    description: 'a G-net site that does not say whether its line is closed is missing, not pass',
    patch: (d) => { delete d.sites![0]!.gnet!.closedNetwork; },
    expect: [{ ruleId: 'PF-NW-01', status: 'missing', pointer: '/sites/0' }],
  },
  {
    description: 'a site without a G-net connection is outside the network rules',
    patch: (d) => { delete d.sites![2]!.gnet; d.sites![1]!.gnet = { connected: false }; },
    expect: [
      { ruleId: 'PF-NW-01', status: 'not_applicable', pointer: '/sites/2' },
      { ruleId: 'PF-NW-02', status: 'not_applicable', pointer: '/sites/1' },
      { ruleId: 'PF-NW-03', status: 'not_applicable', pointer: '/sites/2' },
    ],
  },
  {
    description: 'user-site equipment that is not duplicated fails PF-NW-02',
    patch: (d) => { d.sites![2]!.gnet!.equipmentDuplicated = false; },
    expect: [{ ruleId: 'PF-NW-02', status: 'fail', pointer: '/sites/2' }],
  },
  {
    description: 'a G-net site without IPv6 fails PF-NW-03',
    patch: (d) => { d.sites![2]!.gnet!.ipv6 = false; },
    expect: [{ ruleId: 'PF-NW-03', status: 'fail', pointer: '/sites/2' }],
  },
  {
    description: 'a migration that cuts running cost by only 25 % misses the 30 % target',
    patch: (d) => { d.commonPlatform!.migration = { currentAnnualCostJpy: 100_000_000, projectedAnnualCostJpy: 75_000_000, costReductionPct: 25 }; },
    expect: [{ ruleId: 'PF-MIG-01', status: 'fail', pointer: '/commonPlatform/migration/costReductionPct' }],
  },
  {
    description: 'exactly 30 % meets the migration target',
    patch: (d) => { d.commonPlatform!.migration = { currentAnnualCostJpy: 100_000_000, projectedAnnualCostJpy: 70_000_000, costReductionPct: 30 }; },
    expect: [{ ruleId: 'PF-MIG-01', status: 'pass' }],
  },
  {
    description: 'a migration whose cost reduction is not worked out is missing, not pass',
    patch: (d) => { d.commonPlatform!.migration = { currentAnnualCostJpy: 100_000_000 }; },
    expect: [{ ruleId: 'PF-MIG-01', status: 'missing', pointer: '/commonPlatform/migration/costReductionPct' }],
  },
  {
    description: 'a system built new on the platform has no current cost to cut',
    patch: (d) => { d.commonPlatform!.migratesExistingSystem = false; delete d.commonPlatform!.migration; },
    expect: [{ ruleId: 'PF-MIG-01', status: 'not_applicable' }],
  },
  {
    description: 'a platform system that does not say whether it migrates an existing system is missing for the 30 % target',
    patch: (d) => { delete d.commonPlatform!.migratesExistingSystem; },
    expect: [{ ruleId: 'PF-MIG-01', status: 'missing' }],
  },
  {
    description: 'a very-high-availability system without a suitability review fails PF-MIG-02',
    patch: (d) => { d.commonPlatform!.suitabilityReview = { done: false }; },
    expect: [{ ruleId: 'PF-MIG-02', status: 'fail' }],
  },
  {
    description: 'a standard-availability system needs no suitability review',
    patch: (d) => { d.commonPlatform!.availabilityTarget = 'standard'; delete d.commonPlatform!.suitabilityReview; },
    expect: [{ ruleId: 'PF-MIG-02', status: 'not_applicable' }],
  },
  {
    description: 'bespoke customisation against platform standardisation fails PF-MIG-03',
    patch: (d) => { d.commonPlatform!.individualCustomisation = true; },
    expect: [{ ruleId: 'PF-MIG-03', status: 'fail' }],
  },
  {
    description: 'a platform decision without return-on-investment verification fails PF-MIG-04',
    patch: (d) => { d.commonPlatform!.decision!.roiVerified = false; },
    expect: [{ ruleId: 'PF-MIG-04', status: 'fail', pointer: '/commonPlatform/decision/roiVerified' }],
  },
  {
    description: 'a system hosted on the platform that records no platform decision is missing PF-MIG-04',
    patch: (d) => { delete d.commonPlatform; },
    expect: [{ ruleId: 'PF-MIG-04', status: 'missing' }, { ruleId: 'PF-MIG-03', status: 'missing' }],
  },
  {
    description: 'a system that does not use the platform is outside the migration rules',
    patch: (d) => { d.commonPlatform = { uses: false }; d.hosting = { model: 'on_premises' }; },
    expect: [
      { ruleId: 'PF-MIG-01', status: 'not_applicable' },
      { ruleId: 'PF-MIG-02', status: 'not_applicable' },
      { ruleId: 'PF-MIG-03', status: 'not_applicable' },
      { ruleId: 'PF-MIG-04', status: 'not_applicable' },
    ],
  },
  {
    description: 'a descriptor that mentions neither the platform nor its hosting is outside the migration rules',
    patch: (d) => { delete d.commonPlatform; delete d.hosting; },
    expect: [{ ruleId: 'PF-MIG-04', status: 'not_applicable' }],
  },
  {
    description: 'the pre-budget review (phase budget_request) still checks the ROI and the 30 % target',
    phase: 'budget_request',
    patch: (d) => { d.commonPlatform!.decision!.roiVerified = false; d.commonPlatform!.migration!.costReductionPct = 10; },
    expect: [{ ruleId: 'PF-MIG-04', status: 'fail' }, { ruleId: 'PF-MIG-01', status: 'fail' }],
  },
  {
    description: 'a local government system is outside the platform plan',
    patch: (d) => { d.organisation = { kind: 'municipality', name: '架空市' }; d.commonPlatform!.decision!.roiVerified = false; },
    expect: [{ ruleId: 'PF-MIG-04', status: 'not_applicable' }, { ruleId: 'PF-NW-01', status: 'not_applicable' }],
  },
];

export default definePackCases({
  pack: 'gov-common-platform',
  edition: '2019-02',
  base: platformProject,
  cases: sharedPlatformCases,
});
