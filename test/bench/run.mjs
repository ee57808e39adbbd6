// npm run bench — a benchmark, not a test. Measures the built package (dist/) on the example
// descriptors in docs/examples/, against baselines measured in the same process:
//   1. json-rules-engine's Engine evaluating the same conditions (plain Engine use, kanmon's
//      operators registered with addOperator), and
//   2. hand-written TypeScript-style checks of the project-plan rules (SG-PLAN-01..03).
// It prints time per descriptor and ratios. Numbers vary by machine; compare ratios, not times.
import { readdirSync, readFileSync } from 'node:fs';
import { Engine } from 'json-rules-engine';
import { bundledEditions, evaluate, OPERATORS, parseDescriptor, selectEditions } from '../../dist/index.js';

const dir = 'docs/examples';
const descriptors = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).flatMap((f) => {
  const r = parseDescriptor(readFileSync(`${dir}/${f}`, 'utf8'), f);
  return r.ok ? [{ file: f, descriptor: r.descriptor }] : [];
});
const asOfOf = (d) => d.evaluatedOn ?? '2026-04-01';

// Rebuild json-rules-engine conditions from kanmon's compiled form.
const toRaw = (node) => {
  if (node.kind === 'all' || node.kind === 'any') return { [node.kind]: node.children.map(toRaw) };
  if (node.kind === 'not') return { not: toRaw(node.child) };
  return { fact: node.fact, path: node.path, operator: node.operator.name, value: node.valueRef ? { fact: node.valueRef.fact, path: node.valueRef.path } : node.value };
};
const conditionsOf = (edition, rule) => ({ all: [edition.appliesTo, rule.when, rule.check].filter(Boolean).map(toRaw) });

function engineFor(rules, asOf) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const op of OPERATORS.values()) if (op.origin === 'kanmon') engine.addOperator(op.name, (a, b) => op.test(a, b, { asOf }));
  rules.forEach(({ edition, rule }) => engine.addRule({ name: rule.id, conditions: conditionsOf(edition, rule), event: { type: rule.id } }));
  return engine;
}

// Per descriptor: the editions in force at its date, engines prepared once (as an integrator would).
const prepared = descriptors.map(({ file, descriptor }) => {
  const asOf = asOfOf(descriptor);
  const choices = selectEditions(bundledEditions(), asOf).filter((c) => c.edition);
  const flat = choices.flatMap((c) => c.edition.rules.map((rule) => ({ edition: c.edition, rule })));
  const project = engineFor(flat.filter((x) => !x.rule.forEach), asOf);
  const perItem = flat.filter((x) => x.rule.forEach).map((x) => ({ path: x.rule.forEach.segments, engine: engineFor([x], asOf) }));
  return { file, descriptor, asOf, project, perItem };
});

async function runJre(p) {
  const facts = { ...p.descriptor, asOf: p.asOf };
  await p.project.run(facts);
  for (const { path, engine } of p.perItem) {
    let items = p.descriptor;
    for (const s of path) items = items?.[s];
    for (const item of Array.isArray(items) ? items : []) await engine.run({ ...facts, item });
  }
}

function handWritten(d) {
  const findings = [];
  const national = d.organisation.kind === 'national_ministry' || d.organisation.kind === 'national_agency';
  const plan = d.project?.plan?.exists;
  const exempt = d.project?.runningSince !== undefined && d.project.runningSince < '2015-04-01' && plan === false &&
    (d.project.lastRenewedOrReviewedOn === undefined || d.project.lastRenewedOrReviewedOn < '2015-04-01');
  findings.push({ ruleId: 'SG-PLAN-01', status: !national ? 'not_applicable' : plan === true ? 'pass' : exempt ? 'not_applicable' : plan === false ? 'fail' : 'missing' });
  findings.push({ ruleId: 'SG-PLAN-02', status: exempt ? 'pass' : 'not_applicable' });
  for (const [i, w] of (d.workItems ?? []).entries()) {
    const applies = w.affectsOperations === true || w.kind === 'functional_addition';
    findings.push({ ruleId: 'SG-PLAN-03', pointer: `/workItems/${i}`, status: !national || !applies ? 'not_applicable' : w.inProjectPlan ? 'pass' : 'fail' });
  }
  return findings;
}

async function measure(label, fn, { minMs = 1500 } = {}) {
  for (let i = 0; i < 20; i++) await fn(); // warm-up
  let rounds = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) { await fn(); rounds++; }
  const perRound = (performance.now() - start) / rounds;
  return { label, perDescriptorUs: (perRound * 1000) / descriptors.length, rounds };
}

// Exactly the rules the hand-written baseline implements, so the comparison is like for like.
const PLAN_RULES = ['SG-PLAN-01', 'SG-PLAN-02', 'SG-PLAN-03'];
const sg201902 = bundledEditions().find((e) => e.pack === 'standard-guideline' && e.edition === '2019-02');
const sgOnly = { policies: [{ ...sg201902, rules: sg201902.rules.filter((r) => PLAN_RULES.includes(r.id)) }], editions: { 'standard-guideline': '2019-02' } };
const results = [
  await measure('kanmon evaluate() — all bundled packs in force', () => { for (const p of prepared) evaluate(p.descriptor, { asOf: p.asOf }); }),
  await measure('json-rules-engine Engine — same conditions', async () => { for (const p of prepared) await runJre(p); }),
  await measure('kanmon evaluate() — SG-PLAN-01..03 only (validation + full report)', () => { for (const p of prepared) evaluate(p.descriptor, { asOf: p.asOf, ...sgOnly }); }),
  await measure('hand-written checks — SG-PLAN-01..03 (statuses only)', () => { for (const p of prepared) handWritten(p.descriptor); }),
];

const rules = prepared.reduce((n, p) => n + p.perItem.length, 0);
console.log(`kanmon bench: ${descriptors.length} example descriptors from ${dir}/, node ${process.version}`);
console.log(`(${rules} forEach rule engines, the rest in one Engine per descriptor; each figure is a mean over ≥ 1.5 s)\n`);
for (const r of results) console.log(`${r.label.padEnd(72)} ${r.perDescriptorUs.toFixed(1).padStart(9)} µs/descriptor  (${r.rounds} rounds)`);
const [k, j, ks, h] = results;
console.log('');
console.log(`ratio kanmon / json-rules-engine (all packs):   ${(k.perDescriptorUs / j.perDescriptorUs).toFixed(2)}  (< 1 means kanmon is faster)`);
console.log(`ratio kanmon / hand-written (SG-PLAN subset):   ${(ks.perDescriptorUs / h.perDescriptorUs).toFixed(1)}  (the price of evidence, messages and a full report)`);
