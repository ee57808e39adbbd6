import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KanmonDescriptor } from '../../src/descriptor/types.generated.js';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { run } from '../../src/cli/run.js';
import { evaluate } from '../../src/evaluate.js';
import type { Report } from '../../src/report/types.js';
import { findings, kanmon, lineOf, problems, statusOf } from './cli.js';

// The local-it-governance worked examples, checked as docs/examples/README.md says:
// `kanmon check <file> --pack local-it-governance`. A local descriptor is also in scope of the
// three-layer pack, which needs the network a system descriptor does not describe; --pack keeps
// the examples to the pack they demonstrate.

const PACK = ['--pack', 'local-it-governance'];
const check = (name: string, ...extra: string[]) => kanmon(['check', `docs/examples/${name}.yaml`, ...PACK, ...extra]);
const lg = (report: Report) => report.findings.filter((f) => f.pack === 'local-it-governance');

function load(name: string): Record<string, unknown> {
  const parsed = parseDescriptor(readFileSync(`docs/examples/${name}.yaml`, 'utf8'), name);
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.descriptor as unknown as Record<string, unknown>;
}

describe('local-it-governance worked examples', () => {
  it('local-gates-passed: a prefecture system through every gate is allowed with nothing failing or missing at any severity', () => {
    const { status, report } = check('local-gates-passed', '--fail-on', 'info');
    expect(status).toBe(0);
    expect(problems(report)).toEqual([]);
    expect(lg(report).filter((f) => f.status === 'pass').length).toBe(24);
    // The descriptor describes one system (itGovernance: null): the organisation-wide rules do not apply.
    expect(statusOf(report, 'LG-BCP-01')).toEqual(['not_applicable']);
    expect(statusOf(report, 'LG-GATE-01')).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('local-gate-checklist-missing: exactly two errors, the gate without a checklist and the unregistered end form, each at its line', () => {
    const file = 'docs/examples/local-gate-checklist-missing.yaml';
    const { status, report } = check('local-gate-checklist-missing', '--fail-on', 'info');
    expect(status).toBe(1);
    expect(problems(report)).toEqual([
      { ruleId: 'LG-FORM-01', status: 'fail', severity: 'error', pointer: '/itProcurements/0', line: lineOf(file, '- id: build-2023') },
      { ruleId: 'LG-GATE-01', status: 'fail', severity: 'error', pointer: '/procurementGates/1', line: lineOf(file, '- id: build-procurement') },
    ]);
    // Without a checklist there is nothing to submit: LG-GATE-02 does not apply to that gate.
    expect(statusOf(report, 'LG-GATE-02', '/procurementGates/1')).toEqual(['not_applicable']);
  });

  it('local-gate-checklist-missing: the text report cites the audit by title, issuer, date and the finding\'s own number and title', () => {
    const en = check('local-gate-checklist-missing', '--format', 'text');
    expect(en.stdout).toContain('source: "FY2020 comprehensive external audit report — the conduct of affairs relating to information systems" (Akita Prefecture comprehensive external auditor, 2021-03), 指摘事項9「関門検査点検シートの未作成について」');
    const ja = check('local-gate-checklist-missing', '--format', 'text', '--lang', 'ja');
    expect(ja.stdout).toContain('出典: 「令和2年度包括外部監査結果報告書「情報システムに関する事務の執行について」」（秋田県包括外部監査人、2021-03）指摘事項16「契約・開発着手連絡票及び契約・開発終了連絡票の未登録について」');
    expect(ja.stdout).toContain('関門「調達」（build-procurement、調達 build-2023）は 2023-06-02 に、そのための関門検査点検シートなしに通過しています');
  });

  it('an error resting on the prefecture\'s own manual cites it next to the audit; its act is judged by the edition of its date', () => {
    const { report } = check('local-gate-checklist-missing');
    const [gate] = findings(report, 'LG-GATE-01', '/procurementGates/1');
    expect(gate!.basis).toBe('audit');
    expect(gate!.seeAlso?.map((s) => s.source.title)).toContain('Akita Prefecture information system procurement manual');
    expect(gate!.judgedBy).toEqual({ by: 'act-date', date: '2023-06-02', pointer: '/procurementGates/1/passedOn' });
  });

  it('local-acceptance-unplanned: the overdue ID review is an error, the acceptance test planned after it started a warning', () => {
    const file = 'docs/examples/local-acceptance-unplanned.yaml';
    const { status, report } = check('local-acceptance-unplanned');
    expect(status).toBe(1);
    expect(problems(report)).toEqual([
      { ruleId: 'LG-ACC-01', status: 'fail', severity: 'error', pointer: '/itSystem/accounts/idReview/nextDueOn', line: lineOf(file, 'nextDueOn: "2024-05-31"') },
      { ruleId: 'LG-ACPT-01', status: 'fail', severity: 'warning', pointer: '/itProcurements/0', line: lineOf(file, '- id: modification-2024') },
    ]);
    expect(findings(report, 'LG-ACC-01')[0]!.message).toBe('The review of the user IDs of system "架空県道路維持管理システム" is overdue (due 2024-05-31; last review: 2023-05-12, where null means never). The external audit made the absence of periodic reviews of issued IDs a finding to be corrected.');
  });

  it('local-bcp-training-outdated: a municipality organisation whose ICT-BCP training plan ran out is denied on LG-BCP-01 alone', () => {
    const file = 'docs/examples/local-bcp-training-outdated.yaml';
    const { status, report } = check('local-bcp-training-outdated', '--fail-on', 'info');
    expect(status).toBe(1);
    expect(problems(report)).toEqual([
      { ruleId: 'LG-BCP-01', status: 'fail', severity: 'error', pointer: '/itGovernance/ictBcp/trainingPlan/coversUntil', line: lineOf(file, 'coversUntil: "2024-03-31"') },
    ]);
    expect(lg(report).filter((f) => f.status === 'pass').map((f) => f.ruleId)).toEqual(
      ['LG-GOV-01', 'LG-GOV-02', 'LG-GOV-03', 'LG-SEC-01', 'LG-SEC-02', 'LG-SEC-03', 'LG-SEC-04', 'LG-SEC-05', 'LG-SEC-06', 'LG-SEC-07'],
    );
    // An organisation descriptor states that it describes no system: the per-system rules do not apply.
    expect(statusOf(report, 'LG-GATE-01')).toEqual(['not_applicable']);
    expect(statusOf(report, 'LG-SYS-01')).toEqual(['not_applicable']);
  });
});

describe('local-it-governance: scope and absence', () => {
  const asOf = '2025-06-01';

  it('a national ministry gets the pack not applicable, with the reason', () => {
    const descriptor: Record<string, unknown> = { ...load('local-gates-passed'), organisation: { kind: 'national_ministry', name: '架空省' } };
    const report = evaluate(descriptor, { asOf, packs: ['local-it-governance'], lang: 'en' });
    const pack = report.packs[0]!;
    expect(pack.applicable).toBe(false);
    expect(pack.reason).toContain('local government');
    expect(new Set(report.findings.map((f) => f.ruleId)).size).toBe(24);
    expect(report.findings.every((f) => f.status === 'not_applicable')).toBe(true);
    expect(report.decision).toBe('allow');
  });

  it('a prefecture descriptor with no procurement or governance data is missing on every rule, never passing, and denied', () => {
    const descriptor: KanmonDescriptor = { schemaVersion: 1, id: 'bare-prefecture', organisation: { kind: 'prefecture', name: '架空県' }, project: { name: '架空県システム' } };
    const report = evaluate(descriptor, { asOf, packs: ['local-it-governance'], lang: 'en' });
    expect(report.findings.map((f) => f.status)).toEqual(Array(24).fill('missing'));
    expect(report.decision).toBe('deny');
    expect(findings(report, 'LG-GATE-01')[0]!.message).toContain('/procurementGates');
  });

  it('a gate passed before the audit report predates the pack; judged retroactively it fails', () => {
    const descriptor = load('local-gate-checklist-missing');
    (descriptor.procurementGates as { passedOn: string }[])[1]!.passedOn = '2020-06-02';
    const dated = evaluate(descriptor, { asOf, packs: ['local-it-governance'], lang: 'en' });
    const [gate] = findings(dated, 'LG-GATE-01', '/procurementGates/1');
    expect(gate!.status).toBe('not_applicable');
    expect(gate!.reason).toContain('predates the first edition of local-it-governance');
    const retro = evaluate(descriptor, { asOf, packs: ['local-it-governance'], lang: 'en', retroactive: true });
    expect(statusOf(retro, 'LG-GATE-01', '/procurementGates/1')).toEqual(['fail']);
  });

  it('a gate or a contract whose date is not stated is missing: which edition judges it cannot be told', () => {
    const descriptor = load('local-gates-passed');
    delete (descriptor.procurementGates as Record<string, unknown>[])[0]!.passedOn;
    delete (descriptor.itProcurements as Record<string, unknown>[])[1]!.contractSignedOn;
    const report = evaluate(descriptor, { asOf, packs: ['local-it-governance'], lang: 'en' });
    expect(statusOf(report, 'LG-GATE-01', '/procurementGates/0')).toEqual(['missing']);
    expect(statusOf(report, 'LG-GATE-02', '/procurementGates/0')).toEqual(['missing']);
    for (const rule of ['LG-FORM-01', 'LG-PROC-01', 'LG-PROC-02', 'LG-ACPT-01', 'LG-ACPT-02']) {
      expect(statusOf(report, rule, '/itProcurements/1'), rule).toEqual(['missing']);
    }
    // LG-NFR-01 and LG-EVAL-01 cover new builds and renewals only: for a modification no edition's rule
    // applies, so the missing date decides nothing.
    expect(statusOf(report, 'LG-EVAL-01', '/itProcurements/1')).toEqual(['not_applicable']);
    expect(statusOf(report, 'LG-NFR-01', '/itProcurements/1')).toEqual(['not_applicable']);
    expect(report.decision).toBe('deny');
  });
});

describe('adapting the pack: an organisation\'s own pack beside it (docs/examples/own-pack)', () => {
  const BOTH = ['--policy', 'policies/local-it-governance/2021-03.yaml', '--policy', 'docs/examples/own-pack/2025-04.yaml'];

  it('kanmon test runs the own pack\'s case table: every case passes, every outcome covered', () => {
    const { status, stdout } = kanmon(['test', 'docs/examples/own-pack/tests/kaku-pref-it.cases.yaml', '--coverage-min', '100', '--format', 'text']);
    expect(status).toBe(0);
    expect(stdout).toContain('7 passed, 0 failed');
    expect(stdout).toContain('kaku-pref-it@2025-04  rules pass+fail 2/2');
  });

  it('--policy runs both packs together on one descriptor; acts before the own pack\'s first edition are not judged by it', () => {
    const { status, report } = kanmon(['check', 'docs/examples/local-gates-passed.yaml', ...BOTH, '--fail-on', 'info']);
    expect(status).toBe(0);
    expect(report.packs.map((p) => `${p.pack}@${p.edition}`)).toEqual(['kaku-pref-it@2025-04', 'local-it-governance@2021-03']);
    expect(statusOf(report, 'KAKU-IT-01')).toEqual(['not_applicable', 'pass']);
    expect(statusOf(report, 'KAKU-IT-02')).toEqual(['not_applicable', 'pass']);
    expect(findings(report, 'KAKU-IT-02', '/itProcurements/1')[0]!.source.title).toBe('Example Prefecture information system procurement manual (revised April 2025)');
  });

  it('the same late acceptance-test plan is the audit\'s warning and the prefecture\'s own error', () => {
    const text = readFileSync('docs/examples/local-gates-passed.yaml', 'utf8').replace('planDecidedOn: "2025-05-09"', 'planDecidedOn: "2025-05-28"');
    let stdout = '';
    const status = run(['check', 'late.yaml', ...BOTH, '--format', 'json'], {
      stdout: (s) => { stdout += s; }, stderr: () => undefined, env: { LANG: 'C' }, now: () => Date.UTC(2026, 0, 1),
      readFile: (p) => (p === 'late.yaml' ? text : readFileSync(p, 'utf8')),
    });
    const report = (JSON.parse(stdout) as { results: { report: Report }[] }).results[0]!.report;
    expect(status).toBe(1);
    expect(problems(report).map((f) => [f.ruleId, f.severity, f.pointer])).toEqual([
      ['KAKU-IT-01', 'error', '/itProcurements/1'],
      ['LG-ACPT-01', 'warning', '/itProcurements/1'],
    ]);
  });
});
