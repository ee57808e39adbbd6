import type { CaseFileSystem } from '../../src/authoring/types.js';

/** A small hand-made pack, two editions: a plan rule, a review rule that applies in operation, and (2021-01) one per work item. */
export const PACK_2020 = `schemaVersion: 1
pack: demo
edition: "2020-01"
title: {ja: デモ, en: Demo}
effective: {from: "2020-01-01", until: "2020-12-31"}
source: DEMO-SOURCE
sources: [{ id: DEMO-SOURCE, kind: primary, title: { ja: Demo rules, en: Demo rules }, issuer: { ja: Demo office, en: Demo office }, date: "2020-01" }]
rules:
  - id: DEMO-PLAN
    title: {ja: 計画, en: Plan}
    severity: error
    basis: primary
    source: DEMO-SOURCE
    section: "Demo rules 1"
    message: {ja: "{project.name} に計画がありません", en: "{project.name} has no plan"}
    remediation: {ja: 作る, en: Make one}
    check: {fact: project, path: $.plan.exists, operator: equal, value: true}
  - id: DEMO-REVIEW
    title: {ja: 見直し, en: Review}
    severity: warning
    basis: primary
    source: DEMO-SOURCE
    section: "Demo rules 2"
    message: {ja: 見直し日がありません, en: No review date}
    remediation: {ja: 記録する, en: Record it}
    when: {fact: project, path: $.phase, operator: equal, value: operation_maintenance}
    check: {fact: project, path: $.lastRenewedOrReviewedOn, operator: exists, value: true}
`;

/** A rule judged per work item, which the 2021-01 edition adds. */
export const ITEM_RULE = `  - id: DEMO-ITEM
    title: {ja: 作業, en: Work item}
    severity: error
    basis: primary
    source: DEMO-SOURCE
    section: "Demo rules 3"
    forEach: $.workItems
    message: {ja: 計画外の作業, en: "Work item {item.id} is not in the plan"}
    remediation: {ja: 計画に入れる, en: Put it in the plan}
    check: {fact: item, path: $.inProjectPlan, operator: equal, value: true}
`;

/**
 * The next edition: the same two rules and one more. It cites the document the 2020-01 file lists
 * (editions of a table are loaded together, and a source is listed once).
 */
export const PACK_2021 = `${PACK_2020.replace('edition: "2020-01"', 'edition: "2021-01"').replace('effective: {from: "2020-01-01", until: "2020-12-31"}', 'effective: {from: "2021-01-01"}').replace(/^sources: .*\n/m, '')}${ITEM_RULE}`;

/** A project in good order for every demo rule. */
export const GOOD = `schemaVersion: 1
id: demo-good
organisation: {kind: national_ministry, name: 架空省}
project:
  name: 架空システム
  phase: operation_maintenance
  lastRenewedOrReviewedOn: "2019-04-01"
  plan: {exists: true}
workItems:
  - {id: a, kind: new_build, inProjectPlan: true}
`;

/** The head of a case table for the demo pack, with its two editions and the base `good`. */
export const HEAD = `schemaVersion: 1
pack: demo
editions: ["2020-01", "2021-01"]
policies: [../pack-2020.yaml, ../pack-2021.yaml]
bases:
  good: {file: bases/good.yaml}
cases:
`;

/** An in-memory file system (folders are the prefixes of its paths). */
export function memoryFiles(files: Record<string, string>): CaseFileSystem {
  return {
    readFile(path) {
      if (!(path in files)) throw Object.assign(new Error(`no ${path}`), { code: 'ENOENT' });
      return files[path]!;
    },
    listDir(path) {
      const prefix = path === '' || path.endsWith('/') ? path : `${path}/`;
      const names = new Set(Object.keys(files).filter((f) => f.startsWith(prefix)).map((f) => {
        const rest = f.slice(prefix.length);
        return rest.includes('/') ? `${rest.slice(0, rest.indexOf('/'))}/` : rest;
      }));
      if (names.size === 0) throw Object.assign(new Error(`not a folder: ${path}`), { code: 'ENOTDIR' });
      return [...names];
    },
  };
}

/** The demo pack, its base and one case table (`tests/demo.cases.yaml`) holding `cases` after HEAD. */
export function demoFiles(cases: string, extra: Record<string, string> = {}): CaseFileSystem {
  return memoryFiles({ 'pack-2020.yaml': PACK_2020, 'pack-2021.yaml': PACK_2021, 'tests/bases/good.yaml': GOOD, 'tests/demo.cases.yaml': `${HEAD}${cases}`, ...extra });
}
