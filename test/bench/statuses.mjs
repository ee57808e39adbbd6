// Statuses as the baselines compute them, and the check that two contestants agree before their
// times are compared. A status belongs to a rule (rules without forEach) or to a rule × list item
// (`SG-PLAN-03 /workItems/0`); a forEach rule on an absent or empty list has one status at the list.

/** Three-valued truth of a condition: true, false, or unknown (a fact it needs is absent). */
export const T = 'true';
export const F = 'false';
export const U = 'unknown';

/** Today's date in Japan (YYYY-MM-DD): kanmon's default as-of date when a descriptor has no evaluatedOn. */
export function japanToday() {
  return new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** The status of one rule × item from the truth of its `when` (undefined: none) and of its `check`. */
export function statusOf(when, check) {
  if (when !== undefined && when !== T) return when === F ? 'not_applicable' : 'missing';
  const truth = typeof check === 'function' ? check() : check;
  return truth === T ? 'pass' : truth === F ? 'fail' : 'missing';
}

/** The pointer of a forEach list path such as `$.workItems` (dot steps and [index] only). */
export function listPointer(path) {
  return path.slice(1).replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean).map((s) => `/${s}`).join('');
}

/** The list a forEach path points at in a descriptor (undefined when a step is absent). */
export function readList(descriptor, path) {
  let value = descriptor;
  for (const step of listPointer(path).split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = value[step];
  }
  return value;
}

/**
 * Turn fail and missing into not_applicable where an exempting rule passed (for the same item
 * when the exempting rule runs per item), and a fail into missing where an exempting rule is
 * missing (whether it is exempt cannot be told). `exemptions`: [{ ruleId, by, byForEach }].
 */
export function applyExemptions(results, exemptions) {
  if (exemptions.length === 0) return results;
  const statusAt = new Map(results.map((r) => [`${r.ruleId} ${r.pointer}`, r.status]));
  return results.map((r) => {
    if (r.status !== 'fail' && r.status !== 'missing') return r;
    const by = exemptions.filter((e) => e.ruleId === r.ruleId).map((e) => statusAt.get(`${e.by} ${e.byForEach ? r.pointer : ''}`));
    if (by.includes('pass')) return { ...r, status: 'not_applicable' };
    if (r.status === 'fail' && by.includes('missing')) return { ...r, status: 'missing' };
    return r;
  });
}

/**
 * One key per status: the rule id, plus the pointer for a forEach rule's item or list. `forEachLists`
 * maps rule id → list pointer; a kanmon finding of a rule that did not run per item (its pack did not
 * apply) is keyed by the rule id alone, as the baselines key it.
 */
export function statusMap(results, forEachLists) {
  const map = new Map();
  for (const { ruleId, pointer, status } of results) {
    const list = forEachLists.get(ruleId);
    const perItem = list !== undefined && (pointer === list || pointer.startsWith(`${list}/`));
    map.set(perItem ? `${ruleId} ${pointer}` : ruleId, status);
  }
  return map;
}

/** Compare two status maps: how many keys agree, out of all keys either has, and the first differences. */
export function compareStatuses(expected, actual) {
  const keys = new Set([...expected.keys(), ...actual.keys()]);
  const differences = [];
  let equal = 0;
  for (const key of [...keys].sort()) {
    if (expected.get(key) === actual.get(key)) equal++;
    else differences.push(`${key}: ${expected.get(key) ?? 'none'} ≠ ${actual.get(key) ?? 'none'}`);
  }
  return { equal, total: keys.size, differences };
}
