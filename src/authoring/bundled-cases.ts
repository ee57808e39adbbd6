// The case tables of the bundled packs ship once, as files of the installed package
// (policies/<pack>/tests/), not embedded in the code: `kanmon test` reads them, with the bases and
// fixtures they name, through the package's file system it is given. A test keeps this list equal
// to the tables under policies/.
const TABLES: readonly string[] = [
  'policies/continuity/tests/continuity.cases.yaml',
  'policies/gov-common-platform/tests/gov-common-platform.cases.yaml',
  'policies/gov-common-platform/tests/phase-1.cases.yaml',
  'policies/ismap/tests/ismap-2020-06.cases.yaml',
  'policies/ismap/tests/ismap-2022-11.cases.yaml',
  'policies/ismap/tests/ismap-2023-05.cases.yaml',
  'policies/ismap/tests/ismap.cases.yaml',
  'policies/local-it-governance/tests/local-it-governance.cases.yaml',
  'policies/standard-guideline/tests/standard-guideline.cases.yaml',
  'policies/three-layer/tests/three-layer.cases.yaml',
];

/** Paths of the bundled packs' case tables (policies/<pack>/tests/*.cases.yaml) in the package, in a stable order. */
export function bundledCaseTables(): string[] {
  return [...TABLES].sort();
}

/** The pack a bundled case table belongs to, from its place policies/<pack>/tests/. */
export function bundledTablePack(path: string): string | undefined {
  return /^policies\/([^/]+)\/tests\//.exec(path)?.[1];
}
