import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kanmon, problems } from './cli.js';

// Every worked example's verdict through a plain `kanmon check` (all bundled packs, the default
// --fail-on error), as docs/examples/README.md states it. The pack test files check the findings.

const REGISTRY = 'test/fixtures/ismap-registry.csv';
const VERDICTS: [file: string, extra: string[], exit: 0 | 1][] = [
  ['national-compliant', [], 0],
  ['national-compliant', ['--fail-on', 'info'], 0],
  ['national-compliant', ['--ismap-registry', REGISTRY, '--fail-on', 'info'], 0],
  ['ismap-unlisted-saas-c2', [], 1],
  ['ismap-liu-c3', [], 1],
  ['ismap-expiring', [], 0],
  ['ismap-expiring', ['--fail-on', 'warning'], 1],
  ['ismap-c1-public-site', [], 0],
  ['ismap-c1-public-site', ['--fail-on', 'info'], 0],
  ['ismap-registry-check', [], 0],
  ['ismap-registry-check', ['--ismap-registry', REGISTRY], 0],
  ['ismap-registry-check', ['--ismap-registry', REGISTRY, '--fail-on', 'warning'], 1],
  ['platform-compliant', [], 0],
  ['platform-compliant', ['--fail-on', 'info'], 0],
  ['platform-compliant', ['--as-of', '2024-04-01'], 0],
  ['platform-migration', [], 1],
  ['platform-phase1-migration', [], 0],
  ['platform-phase1-migration', ['--fail-on', 'warning'], 1],
  ['continuity-backup-unknown', [], 0],
  ['continuity-backup-unknown', ['--fail-on', 'warning'], 1],
  ['continuity-backup-region-west', [], 0],
  ['continuity-backup-region-west', ['--fail-on', 'warning'], 1],
  ['continuity-backup-region-capital', [], 0],
  ['continuity-backup-region-capital', ['--fail-on', 'warning'], 1],
  ['continuity-backup-distance-200km', [], 0],
  ['continuity-backup-distance-200km', ['--fail-on', 'warning'], 1],
  ['continuity-backup-distance-30km', [], 0],
  ['continuity-backup-distance-30km', ['--fail-on', 'warning'], 1],
  ['continuity-file-backup-only', [], 0],
  ['continuity-file-backup-only', ['--fail-on', 'warning'], 1],
  ['secure-zone', ['--as-of', '2016-09-01'], 0],
  ['secure-zone', [], 1],
  ['secure-zone', ['--phase', 'budget_request'], 1],
  ['secure-zone', ['--as-of', '2020-04-01'], 1],
  ['secure-zone', ['--as-of', '2020-04-01', '--retroactive'], 1],
  ['three-layer-alpha-pass', [], 0],
  ['three-layer-alpha-pass', ['--fail-on', 'info'], 0],
  ['three-layer-beta-no-edr', [], 1],
  ['three-layer-beta-no-edr', ['--fail-on', 'warning'], 1],
  ['three-layer-mynumber-internet', [], 1],
  ['local-gates-passed', ['--pack', 'local-it-governance'], 0],
  ['local-gates-passed', ['--pack', 'local-it-governance', '--fail-on', 'info'], 0],
  ['local-gate-checklist-missing', ['--pack', 'local-it-governance'], 1],
  ['local-acceptance-unplanned', ['--pack', 'local-it-governance'], 1],
  ['local-bcp-training-outdated', ['--pack', 'local-it-governance'], 1],
];

describe('worked examples: verdict of a plain kanmon check', () => {
  it.each(VERDICTS)('%s %j → exit %i', (name, extra, exit) => {
    const { status, report } = kanmon(['check', `docs/examples/${name}.yaml`, ...extra]);
    expect(status).toBe(exit);
    expect(report.decision).toBe(exit === 0 ? 'allow' : 'deny');
  });

  it('every example in docs/examples has a verdict here', () => {
    const files = readdirSync('docs/examples').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    expect(new Set(VERDICTS.map(([name]) => name))).toEqual(new Set(files));
  });

  it.each(['national-compliant', 'platform-compliant', 'three-layer-alpha-pass', 'ismap-c1-public-site', 'ismap-registry-check'])(
    '%s: nothing fails or is missing at any severity', (name) => {
      expect(problems(kanmon(['check', `docs/examples/${name}.yaml`]).report)).toEqual([]);
    });
});
