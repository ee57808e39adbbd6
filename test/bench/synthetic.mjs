// T3's synthetic pack: N rules × 5 conditions on one synthetic descriptor, generated from a seed
// both as a kanmon pack edition (YAML) and as the equivalent Cedar policies (one permit policy per
// rule, its five conditions joined by &&). A rule passes in kanmon exactly when its Cedar policy is
// satisfied, so both sides must find the same set of passing rules.
import YAML from 'yaml';
import { seededRandom } from './corpus.mjs';

/** The synthetic descriptor: valid for kanmon, integers only and no nulls, so it is also a Cedar context as it is. */
export const SYNTHETIC_DESCRIPTOR = {
  schemaVersion: 1,
  id: 'synthetic',
  evaluatedOn: '2024-04-01',
  organisation: { kind: 'national_ministry', name: '架空省' },
  project: {
    name: '合成プロジェクト', phase: 'design_development', priority: 'government_priority', sharedPlatform: true,
    plan: { exists: true, managementProcedure: true, quantitativeGoals: false, refinedForPhases: ['budget_request', 'requirements', 'procurement'] },
    odb: { registered: true },
  },
  demand: { survey: { conducted: true, respondents: 12, confirmedUsers: 5, wishOnlyAnswers: 2 }, scaleExamined: true, costEffectivenessExamined: false, documentsKept: true },
  hosting: { model: 'gov_cloud', govCloudConsidered: true, highestInformationClass: 'other' },
  nonFunctional: { rtoHours: 24, rpoHours: 12, backupDefined: true, restoreProcedure: false },
  continuity: { switchoverProcedure: true, switchbackProcedure: false },
};

const PHASES = ['launch', 'budget_request', 'service_business_planning', 'requirements', 'procurement', 'design_development', 'operation_maintenance'];

// Every place a condition may look at: [fact, path below it, kind, other values of the same type].
const SLOTS = [
  ['organisation', ['kind'], 'enum', ['national_ministry', 'national_agency', 'prefecture', 'municipality']],
  ['project', ['phase'], 'enum', PHASES],
  ['project', ['priority'], 'enum', ['government_priority', 'ministry_priority', 'none']],
  ['hosting', ['model'], 'enum', ['on_premises', 'gov_cloud', 'public_cloud', 'hybrid']],
  ['hosting', ['highestInformationClass'], 'enum', ['secret', 'other']],
  ['project', ['plan', 'refinedForPhases'], 'list', PHASES],
  ...[['nonFunctional', ['rtoHours']], ['nonFunctional', ['rpoHours']], ['demand', ['survey', 'respondents']], ['demand', ['survey', 'confirmedUsers']], ['demand', ['survey', 'wishOnlyAnswers']]]
    .map(([fact, path]) => [fact, path, 'number']),
  ...[['project', ['sharedPlatform']], ['project', ['plan', 'exists']], ['project', ['plan', 'managementProcedure']], ['project', ['plan', 'quantitativeGoals']],
    ['project', ['odb', 'registered']], ['demand', ['survey', 'conducted']], ['demand', ['scaleExamined']], ['demand', ['costEffectivenessExamined']],
    ['demand', ['documentsKept']], ['hosting', ['govCloudConsidered']], ['nonFunctional', ['backupDefined']], ['nonFunctional', ['restoreProcedure']],
    ['continuity', ['switchoverProcedure']], ['continuity', ['switchbackProcedure']]].map(([fact, path]) => [fact, path, 'boolean']),
];

const at = (fact, path) => path.reduce((v, k) => v[k], SYNTHETIC_DESCRIPTOR[fact]);
const pick = (random, list) => list[Math.floor(random() * list.length)];

/** `count` distinct entries of a list, chosen at random (a partial Fisher–Yates shuffle). */
function distinct(list, count, random) {
  const copy = [...list];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, count);
}

/** One condition on a slot that holds on the synthetic descriptor when `holds` is true: { fact, path, operator, value }. */
function condition([fact, path, kind, values], holds, random) {
  const actual = at(fact, path);
  const others = (list) => list.filter((v) => v !== actual);
  switch (kind) {
    case 'enum': {
      const roll = random();
      if (roll < 0.4) return { fact, path, operator: 'equal', value: holds ? actual : pick(random, others(values)) };
      if (roll < 0.6) return { fact, path, operator: 'notEqual', value: holds ? pick(random, others(values)) : actual };
      const set = others(values).filter(() => random() < 0.5);
      return { fact, path, operator: 'in', value: holds ? [...set, actual] : set.length ? set : [pick(random, others(values))] };
    }
    case 'list': {
      const value = holds ? pick(random, actual) : pick(random, values.filter((v) => !actual.includes(v)));
      return { fact, path, operator: 'contains', value };
    }
    case 'number': {
      const delta = 1 + Math.floor(random() * 5);
      return random() < 0.5
        ? { fact, path, operator: 'numberAtLeast', value: holds ? actual - delta : actual + delta }
        : { fact, path, operator: 'numberAtMost', value: holds ? actual + delta : actual - delta };
    }
    default:
      return { fact, path, operator: 'equal', value: holds ? actual : !actual };
  }
}

const cedarValue = (v) => (typeof v === 'string' ? JSON.stringify(v) : String(v));

function cedarCondition({ fact, path, operator, value }) {
  const ref = ['context', fact, ...path].join('.');
  switch (operator) {
    case 'equal': return `${ref} == ${cedarValue(value)}`;
    case 'notEqual': return `${ref} != ${cedarValue(value)}`;
    case 'in': return `[${value.map(cedarValue).join(', ')}].contains(${ref})`;
    case 'contains': return `${ref}.contains(${cedarValue(value)})`;
    case 'numberAtLeast': return `${ref} >= ${value}`;
    case 'numberAtMost': return `${ref} <= ${value}`;
    default: throw new Error(`no Cedar form for ${operator}`);
  }
}

/**
 * The synthetic pack with `ruleCount` rules: { yaml (a kanmon edition), cedar (policy id → text),
 * expectedPasses (rule ids whose five conditions all hold, by construction) }.
 */
export function syntheticPack(ruleCount, seed = 3) {
  const random = seededRandom(seed * 7919 + ruleCount);
  const rules = [];
  const cedar = {};
  const expectedPasses = [];
  for (let r = 0; r < ruleCount; r++) {
    const id = `SYN-${String(r + 1).padStart(4, '0')}`;
    const slots = distinct(SLOTS, 5, random);
    const conditions = slots.map((slot) => condition(slot, random() < 0.88, random));
    if (conditions.every((c) => holdsOn(c))) expectedPasses.push(id);
    rules.push({
      id, title: { ja: `合成ルール ${r + 1}`, en: `Synthetic rule ${r + 1}` }, severity: 'info', basis: 'unverified', source: 'SYNTHETIC', section: String(r + 1),
      check: { all: conditions.map(({ fact, path, operator, value }) => ({ fact, path: `$.${path.join('.')}`, operator, value })) },
      message: { ja: `合成ルール ${r + 1} を満たしていません。`, en: `Synthetic rule ${r + 1} does not hold.` },
      remediation: { ja: '記述子を見直してください。', en: 'Review the descriptor.' },
    });
    cedar[id] = `permit (principal, action, resource) when { ${conditions.map(cedarCondition).join(' && ')} };`;
  }
  const edition = {
    schemaVersion: 1, pack: 'synthetic', edition: '2024-01', title: { ja: '合成パック', en: 'Synthetic pack' }, effective: { from: '2024-01-01' },
    source: 'SYNTHETIC', sources: [{ id: 'SYNTHETIC', kind: 'study', title: { ja: '合成パック', en: 'Synthetic benchmark pack' }, issuer: { ja: 'kanmon', en: 'kanmon' }, date: '2024-01' }], rules,
  };
  return { yaml: YAML.stringify(edition), cedar, expectedPasses };
}

function holdsOn({ fact, path, operator, value }) {
  const actual = at(fact, path);
  switch (operator) {
    case 'equal': return actual === value;
    case 'notEqual': return actual !== value;
    case 'in': return value.includes(actual);
    case 'contains': return actual.includes(value);
    case 'numberAtLeast': return actual >= value;
    default: return actual <= value;
  }
}
