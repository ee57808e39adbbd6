// T1's baseline: what a developer would write by hand instead of kanmon for the Standard Guideline
// edition 2021-09 — ajv validation of the descriptor, then one closure per rule, written from the
// rule's YAML (policies/standard-guideline/2021-09.yaml and the editions it extends). A closure
// returns the rule's status for the descriptor (or for one item of its forEach list) with kanmon's
// meaning: a `when` that is false → not_applicable, a fact the rule needs that is absent → missing
// (null states "none" and is not absent), a rule whose own start date is after as-of →
// not_applicable, a failure whose exemption cannot be told → missing.
//
// When a rule of the edition changes, change its closure here: the bench compares these statuses
// with kanmon's on every example descriptor and on the generated corpus, and marks T1 invalid
// when they differ.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { applyExemptions, F, japanToday, statusOf, T, U } from '../statuses.mjs';

// Only a missing key is absent (unknown); null is a statement ("none") and compares like any value.
const absent = (v) => v === undefined;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isDate = (v) => {
  const m = typeof v === 'string' ? DATE.exec(v) : null;
  if (!m) return false;
  const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return day.getUTCFullYear() === +m[1] && day.getUTCMonth() === +m[2] - 1 && day.getUTCDate() === +m[3];
};

// One helper per operator the edition uses; each answers true / false / unknown.
const eq = (a, b) => (absent(a) || absent(b) ? U : a === b ? T : F);
const ne = (a, b) => (absent(a) || absent(b) ? U : a !== b ? T : F);
const oneOf = (a, list) => (absent(a) ? U : list.indexOf(a) > -1 ? T : F);
const noneOf = (a, list) => (absent(a) ? U : list.indexOf(a) === -1 ? T : F);
const stated = (a) => (absent(a) ? U : a !== null ? T : F);
const statedNone = (a) => (absent(a) ? U : a === null ? T : F);
const before = (a, b) => (absent(a) || absent(b) ? U : isDate(a) && isDate(b) && a < b ? T : F);
const onOrBefore = (a, b) => (absent(a) || absent(b) ? U : isDate(a) && isDate(b) && a <= b ? T : F);
const onOrAfter = (a, b) => (absent(a) || absent(b) ? U : isDate(a) && isDate(b) && a >= b ? T : F);
const atLeast = (a, n) => (absent(a) ? U : typeof a === 'number' && Number.isFinite(a) && a >= n ? T : F);
const countAtLeast = (list, n) => (absent(list) ? U : Array.isArray(list) && list.length >= n ? T : F);
const contains = (list, x) => (absent(list) || absent(x) ? U : Array.isArray(list) && list.indexOf(x) > -1 ? T : F);
const and = (...ts) => (ts.includes(F) ? F : ts.includes(U) ? U : T);
const or = (...ts) => (ts.includes(T) ? T : ts.includes(U) ? U : F);

const NATIONAL = ['national_ministry', 'national_agency'];
const BUILD = ['new_build', 'renewal'];
const BUILD_OR_ADD = ['new_build', 'renewal', 'functional_addition'];
const STOP = ['stop', 'rework'];
const TOP_SECRET = ['top_secret_specified', 'top_secret'];
const CLOUD = ['public_cloud', 'gov_cloud'];
const REQUIREMENTS_ON = ['requirements', 'procurement', 'design_development', 'service_operation_improvement', 'operation_maintenance', 'system_audit'];
const BOARD_OF_AUDIT = '2019-10-28';

const planExists = (d) => eq(d.project?.plan?.exists, true);
const phaseDone = (ph, asOf) => onOrBefore(ph.completedOn, asOf);
const platformOperator = (d) => and(eq(d.project?.sharedPlatform, true), eq(d.project?.sharedPlatformRole, 'operator'));
const platformBuild = (d, w) => and(platformOperator(d), oneOf(w.kind, BUILD_OR_ADD));
const bcpPhase = (d) => oneOf(d.project?.phase, REQUIREMENTS_ON);

/** One entry per rule: id, forEach list (a top-level key), its own start date, exemption, and the closure giving its status. */
export const RULES = [
  { id: 'SG-PLAN-01', exemptedBy: 'SG-PLAN-02', status: (d) => statusOf(undefined, planExists(d)) },
  {
    id: 'SG-PLAN-02',
    status: (d) => statusOf(and(before(d.project?.runningSince, '2015-04-01'), eq(d.project?.plan?.exists, false)),
      () => or(statedNone(d.project?.lastRenewedOrReviewedOn), before(d.project?.lastRenewedOrReviewedOn, '2015-04-01'))),
  },
  {
    id: 'SG-PLAN-03', forEach: 'workItems',
    status: (d, w) => statusOf(or(eq(w.affectsOperations, true), eq(w.kind, 'functional_addition')), () => eq(w.inProjectPlan, true)),
  },
  {
    id: 'SG-PLAN-04', forEach: 'phases',
    status: (d, ph, asOf) => statusOf(and(planExists(d), ne(ph.phase, 'launch'), onOrBefore(ph.startedOn, asOf)),
      () => contains(d.project?.plan?.refinedForPhases, ph.phase)),
  },
  {
    id: 'SG-GATE-01', forEach: 'phases',
    status: (d, ph, asOf) => statusOf(phaseDone(ph, asOf), () => and(eq(ph.selfInspection?.done, true), eq(ph.selfInspection?.sentToPmo, true))),
  },
  { id: 'SG-GATE-02', forEach: 'phases', status: (d, ph, asOf) => statusOf(phaseDone(ph, asOf), () => eq(ph.pmoReview?.done, true)) },
  {
    id: 'SG-GATE-03', forEach: 'phases',
    status: (d, ph, asOf) => statusOf(and(phaseDone(ph, asOf), eq(d.project?.priority, 'government_priority')), () => eq(ph.centralReview?.done, true)),
  },
  {
    id: 'SG-GATE-04', forEach: 'phases',
    status: (d, ph) => statusOf(and(stated(ph.gateDecision), oneOf(ph.gateDecision?.decision, STOP), statedNone(ph.gateDecision?.liftedOn)),
      () => eq(ph.phase, d.project?.phase)),
  },
  {
    id: 'SG-BUD-01', forEach: 'budgetRequests',
    status: (d, b) => statusOf(eq(b.kind, 'initial'), () => and(eq(b.preRequestReview?.done, true), onOrBefore(b.preRequestReview?.on, b.submittedOn))),
  },
  {
    id: 'SG-BUD-02', forEach: 'budgetRequests', from: BOARD_OF_AUDIT,
    status: (d, b) => statusOf(eq(b.kind, 'supplementary'), () => and(eq(b.statusGrasped, true), eq(b.projectManaged, true))),
  },
  { id: 'SG-BUD-03', status: (d) => statusOf(undefined, countAtLeast(d.costs, 1)) },
  {
    id: 'SG-DEM-01', forEach: 'workItems', from: BOARD_OF_AUDIT,
    status: (d, w) => statusOf(platformBuild(d, w), () => {
      const m = d.demand;
      return and(eq(m?.survey?.conducted, true), atLeast(m?.survey?.confirmedUsers, 1), eq(m?.scaleExamined, true),
        eq(m?.costEffectivenessExamined, true), eq(m?.sensitivityOptionsWeighed, true), eq(m?.documentsKept, true));
    }),
  },
  {
    id: 'SG-DEM-02', forEach: 'procurements', from: BOARD_OF_AUDIT,
    status: (d, p) => statusOf(platformOperator(d),
      () => and(eq(d.demand?.reconfirmedBeforeContract?.done, true), onOrBefore(d.demand?.reconfirmedBeforeContract?.on, p.contractSignedOn))),
  },
  {
    id: 'SG-DEM-03', forEach: 'workItems', from: BOARD_OF_AUDIT,
    status: (d, w) => statusOf(platformBuild(d, w), () => {
      const c = d.demand?.userCoordination;
      return and(eq(c?.recorded, true), or(eq(c?.conditionsRaised, false), eq(c?.conditionsAnswered, true)), eq(c?.detailsConfirmed, true));
    }),
  },
  { id: 'SG-VAL-01', status: (d) => statusOf(planExists(d), () => eq(d.project?.plan?.quantitativeGoals, true)) },
  { id: 'SG-ODB-01', status: (d) => statusOf(undefined, eq(d.project?.odb?.registered, true)) },
  { id: 'SG-PROC-01', forEach: 'procurements', status: (d, p) => statusOf(eq(p.method, 'negotiated'), () => stated(p.negotiatedGround)) },
  { id: 'SG-PROC-02', forEach: 'procurements', status: (d, p) => statusOf(stated(p.noticeOn), () => onOrBefore(p.requirementsDefinedOn, p.noticeOn)) },
  {
    id: 'SG-PROC-04', forEach: 'procurements',
    status: (d, p) => statusOf(onOrAfter(p.contractSignedOn, '2020-03-31'), () => eq(p.liabilityClause, 'nonconformity')),
  },
  {
    id: 'SG-CLD-01', forEach: 'workItems', from: '2018-06-07',
    status: (d, w) => statusOf(and(oneOf(w.kind, BUILD), onOrAfter(w.startedOn, '2018-06-07')), () => {
      const h = d.hosting;
      return and(eq(h?.cloudEvaluation?.recorded, true), eq(h?.cloudEvaluation?.consideredInOrder, true),
        or(ne(h?.model, 'on_premises'), stated(h?.cloudEvaluation?.onPremisesReason)));
    }),
  },
  {
    id: 'SG-CLD-02', forEach: 'workItems',
    status: (d, w) => statusOf(and(eq(w.newCloudUse, true), onOrAfter(w.startedOn, '2022-04-01')),
      () => or(eq(d.hosting?.model, 'gov_cloud'), eq(d.hosting?.govCloudConsidered, true))),
  },
  {
    id: 'SG-CLD-03', from: '2021-03-01',
    status: (d) => statusOf(oneOf(d.hosting?.highestInformationClass, TOP_SECRET), () => noneOf(d.hosting?.model, CLOUD)),
  },
  {
    id: 'SG-BCP-01',
    status: (d) => statusOf(bcpPhase(d), () => {
      const n = d.nonFunctional;
      return and(atLeast(n?.rpoHours, 0), eq(n?.backupDefined, true), eq(n?.restoreProcedure, true), eq(n?.drills?.planned, true));
    }),
  },
  { id: 'SG-BCP-02', status: (d) => statusOf(bcpPhase(d), () => atLeast(d.nonFunctional?.rtoHours, 0)) },
];

const EXEMPTIONS = RULES.filter((r) => r.exemptedBy).map((r) => ({ ruleId: r.id, by: r.exemptedBy, byForEach: RULES.find((x) => x.id === r.exemptedBy).forEach !== undefined }));

/** The statuses of every rule × item of the edition for a descriptor already validated. */
export function closureStatuses(d, asOf = d.evaluatedOn ?? japanToday()) {
  const applies = oneOf(d.organisation?.kind, NATIONAL);
  const out = [];
  for (const rule of RULES) {
    const list = rule.forEach ? `/${rule.forEach}` : '';
    // A rule whose own start date is after as-of is not in force: one finding, before anything else is asked.
    if (rule.from !== undefined && asOf < rule.from) { out.push({ ruleId: rule.id, pointer: list, status: 'not_applicable' }); continue; }
    if (applies !== T) { out.push({ ruleId: rule.id, pointer: '', status: applies === F ? 'not_applicable' : 'missing' }); continue; }
    if (!rule.forEach) { out.push({ ruleId: rule.id, pointer: '', status: rule.status(d, undefined, asOf) }); continue; }
    const items = d[rule.forEach];
    if (!Array.isArray(items) || items.length === 0) {
      out.push({ ruleId: rule.id, pointer: list, status: Array.isArray(items) ? 'not_applicable' : 'missing' });
      continue;
    }
    for (let i = 0; i < items.length; i++) out.push({ ruleId: rule.id, pointer: `${list}/${i}`, status: rule.status(d, items[i], asOf) });
  }
  return applyExemptions(out, EXEMPTIONS);
}

/** The baseline as timed: ajv validation with kanmon's settings and schema, then the closures. */
export function createClosureBaseline(schemaFile = 'schemas/descriptor.schema.json') {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
  ajv.addFormat('date', { type: 'string', validate: isDate });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
  return (descriptor) => {
    if (!validate(descriptor)) throw new Error(`invalid descriptor: ${ajv.errorsText(validate.errors)}`);
    return closureStatuses(descriptor);
  };
}
