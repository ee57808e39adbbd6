import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { version } from '../../package.json';
import { parseDescriptor } from '../../src/descriptor/validate.js';
import { evaluate } from '../../src/evaluate.js';
import { loadEdition } from '../../src/policy/load.js';
import { formatJUnit, junitXml } from '../../src/report/formatters/junit.js';
import type { Report } from '../../src/report/types.js';
import { runCli } from '../cli/harness.js';

// JUnit XML read by a strict XML parser (saxes: well-formedness errors throw), with the counts a CI
// shows checked against the cases themselves and against the reports.

interface Element { name: string; attributes: Record<string, string>; children: Element[]; text: string }

/** The document as a tree; any well-formedness error throws. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser();
  const root: Element = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('error', (error) => { throw error; });
  parser.on('opentag', (tag) => {
    const element: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => { stack.at(-1)!.text += text; });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(xml).close();
  return root.children[0]!;
}

const kids = (e: Element, name: string): Element[] => e.children.filter((c) => c.name === name);
const outcome = (testcase: Element): string => testcase.children.find((c) => ['failure', 'error', 'skipped'].includes(c.name))?.name ?? 'passed';

/** Every count attribute equals what the elements under it hold. */
function expectCountsAgree(suites: Element): void {
  const all = kids(suites, 'testsuite').flatMap((s) => {
    const cases = kids(s, 'testcase');
    const count = (o: string): string => String(cases.filter((c) => outcome(c) === o).length);
    expect(s.attributes).toMatchObject({ tests: String(cases.length), failures: count('failure'), errors: count('error'), skipped: count('skipped') });
    return cases;
  });
  const count = (o: string): string => String(all.filter((c) => outcome(c) === o).length);
  expect(suites.attributes).toMatchObject({ tests: String(all.length), failures: count('failure'), errors: count('error'), skipped: count('skipped') });
}

const PACK = loadEdition(readFileSync('test/fixtures/cli/packs/demo.yaml', 'utf8'), 'demo.yaml');
function report(file: string): Report {
  const parsed = parseDescriptor(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return evaluate(parsed.descriptor, { policies: [PACK], ...(parsed.source ? { source: parsed.source } : {}) });
}

describe('JUnit XML', () => {
  it('the parser is strict: a stray & or an unclosed tag is an error', () => {
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a><b></a>')).toThrow();
  });

  it('a test case per rule and item: fail and missing fail, waived and not applicable are skipped, and every count agrees', () => {
    const reports = ['denied', 'waived', 'allowed'].map((n) => report(`test/fixtures/cli/descriptors/${n}.yaml`));
    const suites = parseXml(formatJUnit(reports.map((r) => ({ file: r.descriptor.file!, report: r })), { lang: 'en', toolVersion: version }));
    expectCountsAgree(suites);
    kids(suites, 'testsuite').forEach((suite, i) => {
      const s = reports[i]!.summary;
      const cases = kids(suite, 'testcase');
      expect(cases.length).toBe(s.total);
      expect(cases.filter((c) => outcome(c) === 'failure').length).toBe(s.fail + s.missing);
      expect(cases.filter((c) => outcome(c) === 'skipped').length).toBe(s.waived + s.not_applicable);
      expect(cases.filter((c) => outcome(c) === 'passed').length).toBe(s.pass);
    });
    expect(suites.attributes).toMatchObject({ tests: '13', failures: '4', errors: '0', skipped: '2' });
  });

  it('a file that was not evaluated is one test case in error, listing its problems', () => {
    const r = runCli(['check', 'test/fixtures/cli/descriptors/allowed.yaml', 'bad.yaml', '--only-policy', 'test/fixtures/cli/packs/demo.yaml', '--format', 'junit'], { files: { 'bad.yaml': 'schemaVersion: 1\nid: bad\nfoo: 1\n' } });
    expect(r.status).toBe(2);
    const suites = parseXml(r.stdout);
    expectCountsAgree(suites);
    const bad = kids(suites, 'testsuite').find((s) => s.attributes.name === 'bad.yaml')!;
    const error = kids(kids(bad, 'testcase')[0]!, 'error')[0]!;
    expect(error.attributes.type).toBe('invalid-descriptor');
    expect(error.text).toContain('bad.yaml:3:1  unknown-property  /foo');
  });

  it('keeps the document well-formed whatever the text holds: markup characters, quotes, control characters, lone surrogates', () => {
    const nasty = 'a < b && c > "d" \'e\' \u0001 \uD800 end ]]> 漢字';
    const xml = junitXml(nasty, [{ name: nasty, cases: [{ name: nasty, classname: nasty, outcome: 'failure', message: nasty, type: nasty, detail: `${nasty}\n${nasty}` }], properties: [[nasty, nasty]], systemErr: nasty }]);
    const suites = parseXml(xml);
    const clean = nasty.replace('\u0001', '\uFFFD').replace('\uD800', '\uFFFD');
    expect(suites.attributes.name).toBe(clean);
    const failure = kids(kids(kids(suites, 'testsuite')[0]!, 'testcase')[0]!, 'failure')[0]!;
    expect(failure.attributes.message).toBe(clean);
    expect(failure.text).toBe(`${clean}\n${clean}`);
  });

  it('kanmon test --format junit: a case per case and edition, the failing one failed, counts agreeing', () => {
    // The case table of the scenario: one case that passes, one whose expectation is wrong.
    const scenario = parse(readFileSync('test/cli/scenarios/format-test-junit.yaml', 'utf8')) as { argv: string[]; files: Record<string, string> };
    const r = runCli(scenario.argv, { files: scenario.files });
    expect(r.status).toBe(1);
    const suites = parseXml(r.stdout);
    expectCountsAgree(suites);
    expect(suites.attributes).toMatchObject({ tests: '2', failures: '1' });
  });
});
