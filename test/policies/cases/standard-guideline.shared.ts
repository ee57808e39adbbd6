import type { KanmonDescriptor } from '../../../src/descriptor/types.generated.js';
import { bundledEditions } from '../../../src/policy/bundled.js';
import { sharedPlatformProject } from '../../fixtures/national-project.js';
import type { PackCase } from '../tester.js';

// Cases shared by every standard-guideline edition that holds the rule: a rule keeps its id and its
// meaning across editions, so it keeps its cases too. Each edition's case file takes the cases of
// the rules it holds and adds what is particular to it (exemptions, edition dates).

const AS_OF = '2024-04-01';
type Phases = NonNullable<KanmonDescriptor['phases']>;

const shared = (d: KanmonDescriptor): void => {
  d.project = structuredClone(sharedPlatformProject.project!);
  d.demand = structuredClone(sharedPlatformProject.demand!);
};
const lastCompleted = (d: KanmonDescriptor): Phases[number] => d.phases![3]!;

const RULE_CASES: Record<string, PackCase[]> = {
  'SG-PLAN-01': [
    { description: 'a project with a plan passes SG-PLAN-01; the exemption is not needed', asOf: AS_OF, expect: [{ ruleId: 'SG-PLAN-01', status: 'pass' }, { ruleId: 'SG-PLAN-02', status: 'not_applicable' }] },
    { description: 'a project started after 2015-04-01 without a plan fails SG-PLAN-01', asOf: AS_OF, patch: (d) => { d.project!.plan = { exists: false }; }, expect: [{ ruleId: 'SG-PLAN-01', status: 'fail', pointer: '/project/plan/exists' }] },
    { description: 'a descriptor that does not say whether a plan exists gets missing, not pass', asOf: AS_OF, patch: (d) => { delete d.project!.plan; }, expect: [{ ruleId: 'SG-PLAN-01', status: 'missing', pointer: '/project/plan/exists' }] },
    {
      description: 'a local government is outside the Standard Guideline: every rule is not applicable', asOf: AS_OF,
      patch: (d) => { d.organisation = { kind: 'municipality', name: '架空市' }; d.project!.plan = { exists: false }; },
      expect: [{ ruleId: 'SG-PLAN-01', status: 'not_applicable' }, { ruleId: 'SG-PLAN-02', status: 'not_applicable' }, { ruleId: 'SG-ODB-01', status: 'not_applicable' }],
    },
  ],
  'SG-PLAN-02': [
    { description: 'a project running before 2015-04-01, never renewed, is covered by the transitional exemption', asOf: '2016-09-01', patch: (d) => { d.project!.runningSince = '2013-03-01'; d.project!.plan = { exists: false }; }, expect: [{ ruleId: 'SG-PLAN-02', status: 'pass' }, { ruleId: 'SG-PLAN-01', status: 'not_applicable' }] },
    { description: 'the exemption lapses once the system is renewed or reviewed after 2015-04-01', asOf: '2018-01-01', patch: (d) => { d.project!.runningSince = '2013-03-01'; d.project!.plan = { exists: false }; d.project!.lastRenewedOrReviewedOn = '2017-06-01'; }, expect: [{ ruleId: 'SG-PLAN-02', status: 'fail' }, { ruleId: 'SG-PLAN-01', status: 'fail' }] },
  ],
  'SG-PLAN-03': [
    { description: 'every work item in the plan passes SG-PLAN-03', asOf: AS_OF, expect: [{ ruleId: 'SG-PLAN-03', status: 'pass', pointer: '/workItems/0' }] },
    {
      description: 'a functional addition left out of the plan fails SG-PLAN-03 even under the transitional exemption', asOf: '2019-10-28',
      patch: (d) => {
        d.project!.runningSince = '2013-03-01';
        d.project!.plan = { exists: false };
        d.workItems = [{ id: 'secure-zone', title: 'セキュアゾーン', kind: 'functional_addition', inProjectPlan: false }];
      },
      expect: [{ ruleId: 'SG-PLAN-02', status: 'pass' }, { ruleId: 'SG-PLAN-01', status: 'not_applicable' }, { ruleId: 'SG-PLAN-03', status: 'fail', pointer: '/workItems/0' }],
    },
    {
      description: 'one SG-PLAN-03 finding per work item, each at its own pointer', asOf: AS_OF,
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
    { description: 'a work item that does not say whether it affects operations is missing, not pass', asOf: AS_OF, patch: (d) => { d.workItems = [{ id: 'x', kind: 'maintenance', inProjectPlan: false }]; }, expect: [{ ruleId: 'SG-PLAN-03', status: 'missing', pointer: '/workItems/0' }] },
  ],
  'SG-PLAN-04': [
    { description: 'the plan refined at the start of every phase after launch passes SG-PLAN-04', asOf: AS_OF, expect: [{ ruleId: 'SG-PLAN-04', status: 'pass', pointer: '/phases/4' }, { ruleId: 'SG-PLAN-04', status: 'not_applicable', pointer: '/phases/0' }] },
    { description: 'a started phase the plan was not refined for fails SG-PLAN-04', asOf: AS_OF, patch: (d) => { d.project!.plan!.refinedForPhases = ['budget_request']; }, expect: [{ ruleId: 'SG-PLAN-04', status: 'fail', pointer: '/phases/2' }, { ruleId: 'SG-PLAN-04', status: 'pass', pointer: '/phases/1' }] },
    { description: 'a phase that has not started yet on the as-of date is not judged by SG-PLAN-04', asOf: '2021-01-01', patch: (d) => { d.project!.plan!.refinedForPhases = ['budget_request']; }, expect: [{ ruleId: 'SG-PLAN-04', status: 'not_applicable', pointer: '/phases/2' }] },
  ],
  'SG-GATE-01': [
    { description: 'self-inspected phases sent to the PMO pass SG-GATE-01; an unfinished phase is not judged', asOf: AS_OF, expect: [{ ruleId: 'SG-GATE-01', status: 'pass', pointer: '/phases/0' }, { ruleId: 'SG-GATE-01', status: 'not_applicable', pointer: '/phases/4' }] },
    { description: 'a completed phase whose self-inspection was not sent to the PMO fails SG-GATE-01', asOf: AS_OF, patch: (d) => { lastCompleted(d).selfInspection = { done: true, sentToPmo: false }; }, expect: [{ ruleId: 'SG-GATE-01', status: 'fail', pointer: '/phases/3' }] },
    { description: 'a completed phase without any self-inspection record is missing for SG-GATE-01', asOf: AS_OF, patch: (d) => { delete lastCompleted(d).selfInspection; }, expect: [{ ruleId: 'SG-GATE-01', status: 'missing', pointer: '/phases/3' }] },
  ],
  'SG-GATE-02': [
    { description: 'PMO-reviewed phases pass SG-GATE-02', asOf: AS_OF, expect: [{ ruleId: 'SG-GATE-02', status: 'pass', pointer: '/phases/3' }] },
    { description: 'a completed phase the PMO did not review fails SG-GATE-02', asOf: AS_OF, patch: (d) => { lastCompleted(d).pmoReview = { done: false }; }, expect: [{ ruleId: 'SG-GATE-02', status: 'fail', pointer: '/phases/3' }] },
    { description: 'a phase completed after the as-of date is not judged by SG-GATE-02', asOf: '2022-01-01', patch: (d) => { lastCompleted(d).pmoReview = { done: false }; }, expect: [{ ruleId: 'SG-GATE-02', status: 'not_applicable', pointer: '/phases/3' }] },
  ],
  'SG-GATE-03': [
    { description: 'a government priority project with central reviews passes SG-GATE-03', asOf: AS_OF, expect: [{ ruleId: 'SG-GATE-03', status: 'pass', pointer: '/phases/0' }] },
    { description: 'a ministry priority project without a central review record is missing for SG-GATE-03', asOf: AS_OF, patch: (d) => { d.project!.priority = 'ministry_priority'; delete lastCompleted(d).centralReview; }, expect: [{ ruleId: 'SG-GATE-03', status: 'missing', pointer: '/phases/3' }, { ruleId: 'SG-GATE-03', status: 'pass', pointer: '/phases/2' }] },
    { description: 'a priority project whose central review did not take place fails SG-GATE-03', asOf: AS_OF, patch: (d) => { lastCompleted(d).centralReview = { done: false }; }, expect: [{ ruleId: 'SG-GATE-03', status: 'fail', pointer: '/phases/3' }] },
    { description: 'a project that is not a priority project needs no central review', asOf: AS_OF, patch: (d) => { d.project!.priority = 'none'; lastCompleted(d).centralReview = { done: false }; }, expect: [{ ruleId: 'SG-GATE-03', status: 'not_applicable', pointer: '/phases/3' }] },
    { description: 'a project that does not state its priority is missing for SG-GATE-03', asOf: AS_OF, patch: (d) => { delete d.project!.priority; }, expect: [{ ruleId: 'SG-GATE-03', status: 'missing', pointer: '/phases/3' }] },
  ],
  'SG-GATE-04': [
    { description: 'a project still in the phase whose gate said rework passes SG-GATE-04', asOf: AS_OF, patch: (d) => { d.project!.phase = 'procurement'; d.phases!.pop(); lastCompleted(d).gateDecision = { decision: 'rework', on: '2022-03-31' }; }, expect: [{ ruleId: 'SG-GATE-04', status: 'pass', pointer: '/phases/3' }, { ruleId: 'SG-GATE-04', status: 'not_applicable', pointer: '/phases/0' }] },
    { description: 'moving on after an unlifted stop decision fails SG-GATE-04', asOf: AS_OF, patch: (d) => { lastCompleted(d).gateDecision = { decision: 'stop', on: '2022-03-31' }; }, expect: [{ ruleId: 'SG-GATE-04', status: 'fail', pointer: '/phases/3' }] },
    { description: 'a stop decision that was lifted does not hold the project back', asOf: AS_OF, patch: (d) => { lastCompleted(d).gateDecision = { decision: 'stop', on: '2022-03-31', liftedOn: '2022-04-01' }; }, expect: [{ ruleId: 'SG-GATE-04', status: 'not_applicable', pointer: '/phases/3' }] },
  ],
  'SG-BUD-01': [
    { description: 'an initial-budget request reviewed before submission passes SG-BUD-01', asOf: AS_OF, phase: 'budget_request', expect: [{ ruleId: 'SG-BUD-01', status: 'pass', pointer: '/budgetRequests/0' }] },
    { description: 'a request reviewed after it was submitted fails SG-BUD-01', asOf: AS_OF, patch: (d) => { d.budgetRequests![0]!.preRequestReview = { done: true, on: '2020-09-05' }; }, expect: [{ ruleId: 'SG-BUD-01', status: 'fail', pointer: '/budgetRequests/0' }] },
    { description: 'a request with no pre-request review fails SG-BUD-01', asOf: AS_OF, phase: 'budget_request', patch: (d) => { d.budgetRequests![0]!.preRequestReview = { done: false }; }, expect: [{ ruleId: 'SG-BUD-01', status: 'fail', pointer: '/budgetRequests/0' }] },
    { description: 'a request not yet submitted passes SG-BUD-01 once it has been reviewed', asOf: AS_OF, patch: (d) => { delete d.budgetRequests![0]!.submittedOn; }, expect: [{ ruleId: 'SG-BUD-01', status: 'pass', pointer: '/budgetRequests/0' }] },
  ],
  'SG-BUD-02': [
    {
      description: 'a supplementary item reviewed and grasped like an initial one passes SG-BUD-02', asOf: AS_OF,
      patch: (d) => { d.budgetRequests!.push({ id: 'fy2021-supp', fiscalYear: 2021, kind: 'supplementary', urgencyClaimed: true, statusGrasped: true, preRequestReview: { done: true, on: '2021-11-20' } }); },
      expect: [{ ruleId: 'SG-BUD-02', status: 'pass', pointer: '/budgetRequests/1' }, { ruleId: 'SG-BUD-02', status: 'not_applicable', pointer: '/budgetRequests/0' }],
    },
    {
      description: 'an urgent supplementary item without review or status grasp fails SG-BUD-02', asOf: AS_OF, phase: 'budget_request',
      patch: (d) => { d.budgetRequests!.push({ id: 'fy2021-supp', fiscalYear: 2021, kind: 'supplementary', urgencyClaimed: true, statusGrasped: false, preRequestReview: { done: false } }); },
      expect: [{ ruleId: 'SG-BUD-02', status: 'fail', pointer: '/budgetRequests/1' }, { ruleId: 'SG-BUD-01', status: 'not_applicable', pointer: '/budgetRequests/1' }],
    },
  ],
  'SG-BUD-03': [
    { description: 'costs recorded by category and year pass SG-BUD-03', asOf: AS_OF, expect: [{ ruleId: 'SG-BUD-03', status: 'pass' }] },
    { description: 'an empty cost list fails SG-BUD-03', asOf: AS_OF, patch: (d) => { d.costs = []; }, expect: [{ ruleId: 'SG-BUD-03', status: 'fail', pointer: '/costs/0/category' }] },
    { description: 'no cost list at all fails SG-BUD-03', asOf: AS_OF, patch: (d) => { delete d.costs; }, expect: [{ ruleId: 'SG-BUD-03', status: 'fail', pointer: '/costs/0/category' }] },
  ],
  'SG-DEM-01': [
    { description: 'a shared platform build with confirmed demand and documented examination passes SG-DEM-01', asOf: AS_OF, patch: shared, expect: [{ ruleId: 'SG-DEM-01', status: 'pass', pointer: '/workItems/0' }] },
    { description: 'a system that is not a shared platform is outside SG-DEM-01', asOf: AS_OF, expect: [{ ruleId: 'SG-DEM-01', status: 'not_applicable', pointer: '/workItems/0' }, { ruleId: 'SG-DEM-03', status: 'not_applicable', pointer: '/workItems/0' }] },
    {
      description: 'wish-only answers and no confirmed user fail SG-DEM-01', asOf: AS_OF, phase: 'budget_request',
      patch: (d) => { shared(d); d.demand!.survey = { conducted: true, on: '2015-08-01', confirmedUsers: 0, wishOnlyAnswers: 2 }; },
      expect: [{ ruleId: 'SG-DEM-01', status: 'fail', pointer: '/workItems/0' }],
    },
    { description: 'cost-effectiveness not examined fails SG-DEM-01', asOf: AS_OF, patch: (d) => { shared(d); d.demand!.costEffectivenessExamined = false; }, expect: [{ ruleId: 'SG-DEM-01', status: 'fail', pointer: '/workItems/0' }] },
    { description: 'a shared platform with no demand record at all is missing for SG-DEM-01', asOf: AS_OF, patch: (d) => { shared(d); delete d.demand; }, expect: [{ ruleId: 'SG-DEM-01', status: 'missing', pointer: '/workItems/0' }] },
    { description: 'maintenance work on a shared platform is outside SG-DEM-01', asOf: AS_OF, patch: (d) => { shared(d); d.workItems![0]!.kind = 'maintenance'; delete d.demand; }, expect: [{ ruleId: 'SG-DEM-01', status: 'not_applicable', pointer: '/workItems/0' }] },
  ],
  'SG-DEM-02': [
    { description: 'demand re-confirmed before the contract passes SG-DEM-02', asOf: AS_OF, patch: shared, expect: [{ ruleId: 'SG-DEM-02', status: 'pass', pointer: '/procurements/0' }] },
    { description: 'no re-confirmation before the contract fails SG-DEM-02', asOf: AS_OF, patch: (d) => { shared(d); d.demand!.reconfirmedBeforeContract = { done: false }; }, expect: [{ ruleId: 'SG-DEM-02', status: 'fail', pointer: '/procurements/0' }] },
    { description: 'a re-confirmation dated after the contract fails SG-DEM-02', asOf: AS_OF, patch: (d) => { shared(d); d.demand!.reconfirmedBeforeContract = { done: true, on: '2022-04-10' }; }, expect: [{ ruleId: 'SG-DEM-02', status: 'fail', pointer: '/procurements/0' }] },
    { description: 'a contract not yet signed is not judged by SG-DEM-02', asOf: AS_OF, patch: (d) => { shared(d); delete d.procurements![0]!.contractSignedOn; }, expect: [{ ruleId: 'SG-DEM-02', status: 'not_applicable', pointer: '/procurements/0' }] },
  ],
  'SG-DEM-03': [
    { description: 'recorded coordination with conditions answered passes SG-DEM-03', asOf: AS_OF, patch: shared, expect: [{ ruleId: 'SG-DEM-03', status: 'pass', pointer: '/workItems/0' }] },
    { description: 'no conditions raised and details confirmed passes SG-DEM-03', asOf: AS_OF, patch: (d) => { shared(d); d.demand!.userCoordination = { recorded: true, conditionsRaised: false, detailsConfirmed: true }; }, expect: [{ ruleId: 'SG-DEM-03', status: 'pass', pointer: '/workItems/0' }] },
    { description: 'a user condition left unanswered fails SG-DEM-03', asOf: AS_OF, phase: 'budget_request', patch: (d) => { shared(d); d.demand!.userCoordination = { recorded: true, conditionsRaised: true, conditionsAnswered: false, detailsConfirmed: true }; }, expect: [{ ruleId: 'SG-DEM-03', status: 'fail', pointer: '/workItems/0' }] },
    { description: 'no coordination record fails SG-DEM-03', asOf: AS_OF, patch: (d) => { shared(d); d.demand!.userCoordination = { recorded: false }; }, expect: [{ ruleId: 'SG-DEM-03', status: 'fail', pointer: '/workItems/0' }] },
  ],
  'SG-VAL-01': [
    { description: 'a plan with quantitative goals passes SG-VAL-01', asOf: AS_OF, expect: [{ ruleId: 'SG-VAL-01', status: 'pass' }] },
    { description: 'a plan without quantitative goals fails SG-VAL-01', asOf: AS_OF, patch: (d) => { d.project!.plan!.quantitativeGoals = false; }, expect: [{ ruleId: 'SG-VAL-01', status: 'fail', pointer: '/project/plan/quantitativeGoals' }] },
  ],
  'SG-ODB-01': [
    { description: 'a system registered in the ODB passes SG-ODB-01', asOf: AS_OF, expect: [{ ruleId: 'SG-ODB-01', status: 'pass' }] },
    { description: 'a system not registered in the ODB fails SG-ODB-01', asOf: AS_OF, patch: (d) => { d.project!.odb = { registered: false }; }, expect: [{ ruleId: 'SG-ODB-01', status: 'fail', pointer: '/project/odb/registered' }] },
  ],
  'SG-PROC-01': [
    { description: 'a negotiated contract with its legal ground passes SG-PROC-01; a competitive one is not judged', asOf: AS_OF, patch: (d) => { d.procurements!.push({ id: 'ext', title: '保守の延長', method: 'negotiated', negotiatedGround: '会計法第29条の3第4項' }); }, expect: [{ ruleId: 'SG-PROC-01', status: 'pass', pointer: '/procurements/1' }, { ruleId: 'SG-PROC-01', status: 'not_applicable', pointer: '/procurements/0' }] },
    { description: 'a negotiated contract without a ground fails SG-PROC-01', asOf: AS_OF, patch: (d) => { d.procurements![0]!.method = 'negotiated'; }, expect: [{ ruleId: 'SG-PROC-01', status: 'fail', pointer: '/procurements/0' }] },
  ],
  'SG-PROC-02': [
    { description: 'requirements defined before the notice pass SG-PROC-02', asOf: AS_OF, expect: [{ ruleId: 'SG-PROC-02', status: 'pass', pointer: '/procurements/0' }] },
    { description: 'a notice before requirements were defined fails SG-PROC-02', asOf: AS_OF, patch: (d) => { d.procurements![0]!.requirementsDefinedOn = '2021-12-01'; }, expect: [{ ruleId: 'SG-PROC-02', status: 'fail', pointer: '/procurements/0' }] },
  ],
  'SG-PROC-04': [
    { description: 'a contract worded with non-conformity liability passes SG-PROC-04', asOf: AS_OF, expect: [{ ruleId: 'SG-PROC-04', status: 'pass', pointer: '/procurements/0' }] },
    { description: 'a new contract still worded as defect warranty fails SG-PROC-04', asOf: AS_OF, patch: (d) => { d.procurements![0]!.liabilityClause = 'defect_warranty'; }, expect: [{ ruleId: 'SG-PROC-04', status: 'fail', pointer: '/procurements/0' }] },
    { description: 'a contract signed before the 2020-03 revision is not judged by SG-PROC-04', asOf: AS_OF, patch: (d) => { d.procurements![0]!.liabilityClause = 'defect_warranty'; d.procurements![0]!.contractSignedOn = '2019-12-01'; }, expect: [{ ruleId: 'SG-PROC-04', status: 'not_applicable', pointer: '/procurements/0' }] },
  ],
  'SG-CLD-01': [
    { description: 'a recorded cloud-first evaluation passes SG-CLD-01', asOf: AS_OF, expect: [{ ruleId: 'SG-CLD-01', status: 'pass', pointer: '/workItems/0' }] },
    { description: 'on-premises with an evaluation and a recorded reason passes SG-CLD-01', asOf: AS_OF, patch: (d) => { d.hosting = { model: 'on_premises', cloudEvaluation: { recorded: true, consideredInOrder: true, onPremisesReason: '専用線接続の制約' } }; }, expect: [{ ruleId: 'SG-CLD-01', status: 'pass', pointer: '/workItems/0' }] },
    { description: 'on-premises without a recorded reason fails SG-CLD-01', asOf: AS_OF, patch: (d) => { d.hosting = { model: 'on_premises', cloudEvaluation: { recorded: true, consideredInOrder: true } }; }, expect: [{ ruleId: 'SG-CLD-01', status: 'fail', pointer: '/workItems/0' }] },
    { description: 'a new build with no cloud evaluation record fails SG-CLD-01', asOf: AS_OF, patch: (d) => { d.hosting = { model: 'public_cloud', cloudEvaluation: { recorded: false } }; }, expect: [{ ruleId: 'SG-CLD-01', status: 'fail', pointer: '/workItems/0' }] },
    { description: 'a build started before the 2018-06 cloud policy is not judged by SG-CLD-01', asOf: AS_OF, patch: (d) => { d.workItems![0]!.startedOn = '2017-04-01'; delete d.hosting; }, expect: [{ ruleId: 'SG-CLD-01', status: 'not_applicable', pointer: '/workItems/0' }] },
  ],
  'SG-CLD-02': [
    { description: 'a build on the Government Cloud passes SG-CLD-02', asOf: AS_OF, expect: [{ ruleId: 'SG-CLD-02', status: 'pass', pointer: '/workItems/0' }] },
    { description: 'a public-cloud build that never considered the Government Cloud fails SG-CLD-02', asOf: AS_OF, patch: (d) => { d.hosting = { model: 'public_cloud', cloudEvaluation: { recorded: true, consideredInOrder: true }, govCloudConsidered: false }; }, expect: [{ ruleId: 'SG-CLD-02', status: 'fail', pointer: '/workItems/0' }] },
    { description: 'a build started before the Digital Agency is not judged by SG-CLD-02', asOf: AS_OF, patch: (d) => { d.workItems![0]!.startedOn = '2021-04-01'; d.hosting!.model = 'public_cloud'; d.hosting!.govCloudConsidered = false; }, expect: [{ ruleId: 'SG-CLD-02', status: 'not_applicable', pointer: '/workItems/0' }] },
  ],
  'SG-CLD-03': [
    { description: 'top-secret information kept on premises passes SG-CLD-03', asOf: AS_OF, patch: (d) => { d.hosting = { model: 'on_premises', highestInformationClass: 'top_secret', cloudEvaluation: { recorded: true, consideredInOrder: true, onPremisesReason: '極秘情報' } }; }, expect: [{ ruleId: 'SG-CLD-03', status: 'pass' }] },
    { description: 'specially designated secrets on a public cloud fail SG-CLD-03', asOf: AS_OF, patch: (d) => { d.hosting!.highestInformationClass = 'top_secret_specified'; }, expect: [{ ruleId: 'SG-CLD-03', status: 'fail', pointer: '/hosting/model' }] },
    { description: 'ordinary information is outside SG-CLD-03', asOf: AS_OF, expect: [{ ruleId: 'SG-CLD-03', status: 'not_applicable' }] },
  ],
  'SG-BCP-01': [
    { description: 'RTO, RPO, backup, restore and drills pass SG-BCP-01', asOf: AS_OF, expect: [{ ruleId: 'SG-BCP-01', status: 'pass' }] },
    { description: 'no drills planned fails SG-BCP-01', asOf: AS_OF, patch: (d) => { d.nonFunctional!.drills = { planned: false }; }, expect: [{ ruleId: 'SG-BCP-01', status: 'fail', pointer: '/nonFunctional/drills/planned' }] },
    { description: 'a project still in its launch phase is not yet judged by SG-BCP-01', asOf: AS_OF, patch: (d) => { d.project!.phase = 'launch'; delete d.nonFunctional; }, expect: [{ ruleId: 'SG-BCP-01', status: 'not_applicable' }] },
    { description: 'no RPO stated is missing for SG-BCP-01', asOf: AS_OF, patch: (d) => { delete d.nonFunctional!.rpoHours; }, expect: [{ ruleId: 'SG-BCP-01', status: 'missing', pointer: '/nonFunctional/rpoHours' }] },
  ],
};

/** The shared cases of every rule the bundled edition holds, followed by the edition's own cases. */
export function standardGuidelineCases(edition: string, own: readonly PackCase[] = []): PackCase[] {
  const compiled = bundledEditions().find((e) => e.pack === 'standard-guideline' && e.edition === edition);
  const ids = new Set(compiled?.rules.map((r) => r.id) ?? []);
  const common = Object.entries(RULE_CASES).filter(([id]) => ids.has(id)).flatMap(([, cases]) => cases);
  // A case that looks at a rule this edition does not hold would test nothing: keep only expectations it can meet.
  return [...common.map((c) => ({ ...c, expect: c.expect.filter((e) => ids.has(e.ruleId)) })).filter((c) => c.expect.length > 0), ...own];
}

/** From 2019-02 on (every edition that drops SG-GATE's exemption): the phase reviews apply to an exempted project. */
export const reviewsWithoutExemption: PackCase = {
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
};
