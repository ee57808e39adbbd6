import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/parse/line-index.js';
import { parseSource } from '../../src/parse/source.js';
import { parseSource as parseSourceV1 } from '../../src/parse/source-document.js';

// Issue 13, item 2: a line index built once per text; locate() follows a pointer in O(depth) and
// gives the end of the node too.

describe('LineIndex', () => {
  it('maps offsets to line:column, with \\n and \\r\\n line ends', () => {
    const index = new LineIndex('ab\r\ncd\nef');
    expect([0, 1, 2, 4, 6, 7, 9].map((o) => index.position(o))).toEqual([
      { line: 1, column: 1 }, { line: 1, column: 2 }, { line: 1, column: 3 }, { line: 2, column: 1 }, { line: 2, column: 3 }, { line: 3, column: 1 }, { line: 3, column: 3 },
    ]);
  });

  it('clamps offsets past either end', () => {
    const index = new LineIndex('a\nb');
    expect(index.position(-5)).toEqual({ line: 1, column: 1 });
    expect(index.position(99)).toEqual({ line: 2, column: 2 });
  });
});

function documentOf(text: string, file: string) {
  const result = parseSource(text, { kind: 'descriptor', file });
  if (!('document' in result)) throw new Error('expected a document');
  return result.document;
}

describe('locate', () => {
  const yamlText = 'project:\n  name: 申請\n  plan:\n    exists: true\nitems:\n  - id: a\n  - id: b\n';
  const jsonText = '{\n  "project": {"name": "申請", "plan": {"exists": true}},\n  "items": [{"id": "a"}, {"id": "b"}]\n}';

  it('YAML: start and end of a value or of its key', () => {
    const doc = documentOf(yamlText, 'd.yaml');
    expect(doc.locate('/project/name')).toEqual({ line: 2, column: 9, endLine: 2, endColumn: 11 });
    expect(doc.locate('/project/name', 'key')).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 7 });
    expect(doc.locate('/items/1/id')).toEqual({ line: 7, column: 9, endLine: 7, endColumn: 10 });
  });

  it('JSON: the same pointers, the same kind of answer', () => {
    const doc = documentOf(jsonText, 'd.json');
    expect(doc.locate('/project/name')).toEqual({ line: 2, column: 23, endLine: 2, endColumn: 27 });
    expect(doc.locate('/project/name', 'key')).toEqual({ line: 2, column: 15, endLine: 2, endColumn: 21 });
    expect(doc.locate('/project/plan')).toEqual({ line: 2, column: 37, endLine: 2, endColumn: 53 });
    expect(doc.locate('/items/1/id')).toEqual({ line: 3, column: 33, endLine: 3, endColumn: 36 });
  });

  it('a pointer to something absent gives its nearest existing ancestor', () => {
    expect(documentOf(yamlText, 'd.yaml').locate('/project/plan/missing/deeper')).toMatchObject({ line: 4, column: 5 });
    expect(documentOf(jsonText, 'd.json').locate('/items/7/id')).toMatchObject({ line: 3, column: 12 });
    expect(documentOf(jsonText, 'd.json').locate('')).toMatchObject({ line: 1, column: 1 });
  });

  it('a pointer through an alias continues in the anchored node', () => {
    const doc = documentOf('base: &b\n  kind: x\nother: *b\n', 'd.yaml');
    expect(doc.locate('/other/kind')).toMatchObject({ line: 2, column: 9 });
  });

  it('the first API answers with line and column only, as before', () => {
    const result = parseSourceV1(yamlText, 'd.yaml');
    if (!('document' in result)) throw new Error('expected a document');
    expect(result.document.locate('/project/name')).toEqual({ line: 2, column: 9 });
  });
});
