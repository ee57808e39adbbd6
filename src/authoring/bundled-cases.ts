import bcpContinuityCases from '../../policies/continuity/tests/continuity.cases.yaml?raw';
import gcpBasesPlatform from '../../policies/gov-common-platform/tests/bases/platform.yaml?raw';
import gcpGovCommonPlatformCases from '../../policies/gov-common-platform/tests/gov-common-platform.cases.yaml?raw';
import gcpPhase1Cases from '../../policies/gov-common-platform/tests/phase-1.cases.yaml?raw';
import ismapBasesCloud from '../../policies/ismap/tests/bases/cloud.yaml?raw';
import ismapBasesLiu from '../../policies/ismap/tests/bases/liu.yaml?raw';
import ismapFixturesIsmapRegistry from '../../policies/ismap/tests/fixtures/ismap-registry.csv?raw';
import ismapIsmap202006Cases from '../../policies/ismap/tests/ismap-2020-06.cases.yaml?raw';
import ismapIsmap202211Cases from '../../policies/ismap/tests/ismap-2022-11.cases.yaml?raw';
import ismapIsmap202305Cases from '../../policies/ismap/tests/ismap-2023-05.cases.yaml?raw';
import ismapIsmapCases from '../../policies/ismap/tests/ismap.cases.yaml?raw';
import lgBasesOrganisation from '../../policies/local-it-governance/tests/bases/organisation.yaml?raw';
import lgBasesSystem from '../../policies/local-it-governance/tests/bases/system.yaml?raw';
import lgLocalItGovernanceCases from '../../policies/local-it-governance/tests/local-it-governance.cases.yaml?raw';
import sgBasesNational from '../../policies/standard-guideline/tests/bases/national.yaml?raw';
import sgBasesSharedPlatform from '../../policies/standard-guideline/tests/bases/shared-platform.yaml?raw';
import sgStandardGuidelineCases from '../../policies/standard-guideline/tests/standard-guideline.cases.yaml?raw';
import tlBasesAlpha from '../../policies/three-layer/tests/bases/alpha.yaml?raw';
import tlBasesBeta from '../../policies/three-layer/tests/bases/beta.yaml?raw';
import tlThreeLayerCases from '../../policies/three-layer/tests/three-layer.cases.yaml?raw';
import type { CaseFileSystem } from './types.js';

// The case tables of the bundled packs, embedded like the packs themselves so `kanmon test` with no
// argument checks exactly what is shipped, with no file system.
const FILES: Readonly<Record<string, string>> = {
  'policies/continuity/tests/continuity.cases.yaml': bcpContinuityCases,
  'policies/gov-common-platform/tests/bases/platform.yaml': gcpBasesPlatform,
  'policies/gov-common-platform/tests/gov-common-platform.cases.yaml': gcpGovCommonPlatformCases,
  'policies/gov-common-platform/tests/phase-1.cases.yaml': gcpPhase1Cases,
  'policies/ismap/tests/bases/cloud.yaml': ismapBasesCloud,
  'policies/ismap/tests/bases/liu.yaml': ismapBasesLiu,
  'policies/ismap/tests/fixtures/ismap-registry.csv': ismapFixturesIsmapRegistry,
  'policies/ismap/tests/ismap-2020-06.cases.yaml': ismapIsmap202006Cases,
  'policies/ismap/tests/ismap-2022-11.cases.yaml': ismapIsmap202211Cases,
  'policies/ismap/tests/ismap-2023-05.cases.yaml': ismapIsmap202305Cases,
  'policies/ismap/tests/ismap.cases.yaml': ismapIsmapCases,
  'policies/local-it-governance/tests/bases/organisation.yaml': lgBasesOrganisation,
  'policies/local-it-governance/tests/bases/system.yaml': lgBasesSystem,
  'policies/local-it-governance/tests/local-it-governance.cases.yaml': lgLocalItGovernanceCases,
  'policies/standard-guideline/tests/bases/national.yaml': sgBasesNational,
  'policies/standard-guideline/tests/bases/shared-platform.yaml': sgBasesSharedPlatform,
  'policies/standard-guideline/tests/standard-guideline.cases.yaml': sgStandardGuidelineCases,
  'policies/three-layer/tests/bases/alpha.yaml': tlBasesAlpha,
  'policies/three-layer/tests/bases/beta.yaml': tlBasesBeta,
  'policies/three-layer/tests/three-layer.cases.yaml': tlThreeLayerCases,
};

/** Paths of the bundled packs' case tables (policies/<pack>/tests/*.cases.yaml), in a stable order. */
export function bundledCaseTables(): string[] {
  return Object.keys(FILES).filter((path) => /\.cases\.ya?ml$/.test(path)).sort();
}

/** The pack a bundled case table belongs to, from its place policies/<pack>/tests/. */
export function bundledTablePack(path: string): string | undefined {
  return /^policies\/([^/]+)\/tests\//.exec(path)?.[1];
}

/** The embedded files (case tables, their bases and fixtures) as a read-only file system. */
export const bundledCaseFiles: CaseFileSystem = {
  readFile(path) {
    const text = FILES[path];
    if (text === undefined) throw Object.assign(new Error(`${path} is not a bundled case file`), { code: 'ENOENT' });
    return text;
  },
};
